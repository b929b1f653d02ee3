package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.store.ReminderDao;
import com.partnerbot.testing.TextObjects;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verdict post never says two opposite things, and every answer the questionnaire asks shows up in it: each
 * case a partner manager met, from signed requests to the message that landed in the channel.
 */
class VerdictEndToEndTest {
    private static final String TEAM = "T0STUB";

    @TempDir
    Path dir;

    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.http(dir);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /** Delivers the outbox and returns the blocks of the one message that landed in the channel. */
    private String postIn(String channel) {
        app.work.runAll();
        List<JsonNode> messages = app.slack.messagesIn(channel);
        assertThat(messages).isNotEmpty();
        return messages.get(messages.size() - 1).path("blocks").toString();
    }

    private String status(String name) throws Exception {
        return app.json(app.command("status " + name).body()).path("blocks").toString();
    }

    private String partnershipId(String name) {
        return app.partnerships().findByName(TEAM, name).orElseThrow().id();
    }

    @Test
    void aHandshakeWithRequirementLeverageIsNotToldToInvest() throws Exception {
        QuestionnaireDriver.open(app, "new Webinar Co")
                .basics("Webinar Co", "C11", "U1")
                .qualification("nothing", "nothing", "x")
                .value("Reach", "Logos", "A webinar")
                .leverageAndTier("requirement", Map.of("self_serve", "yes"))
                .exit("End after one webinar");

        String post = postIn("C11");
        assertThat(post)
                .contains("Webinar Co: Handshake, not a partnership")
                .contains("*Investment:* Don't invest until a side commits.")
                .contains("Requirement (strongest) → neither side loses anything if it fails")
                .contains("*Recommended tier:* none, neither side loses anything if it fails")
                .contains("Do not pursue this as a partnership")
                .doesNotContain("Full partnership investment")
                .doesNotContain("Invest fully")
                .doesNotContain("Evaluate for Tier 2");
        assertThat(app.wiring
                        .database()
                        .jdbi()
                        .onDemand(ReminderDao.class)
                        .scheduled(TEAM, partnershipId("Webinar Co")))
                .isEmpty();
    }

    @Test
    void aOneSidedPartnershipGetsAtMostALightTestAndWhatWouldMakeItReal() throws Exception {
        QuestionnaireDriver.open(app, "new Solo Corp")
                .basics("Solo Corp", "C12", "U1")
                .qualification("dedicated_engineering", "nothing", "x")
                .value("Reach", "Certification", "One setup")
                .leverageAndTier("requirement", Map.of("self_serve", "yes"))
                .exit("End after Crawl without 5 deals");

        String post = postIn("C12");
        assertThat(post)
                .contains("Solo Corp: One-sided, at risk")
                .contains(":large_yellow_circle:")
                .contains("*Investment:* Light partnership, test first")
                .contains("What would make it real: a commitment from The partner")
                .doesNotContain("Full partnership investment")
                .doesNotContain("Moderate leverage");
    }

    @Test
    void anotherCommitmentWithoutANoteIsAFieldErrorAndCountsOnceDescribed() throws Exception {
        var q = QuestionnaireDriver.open(app, "new Vague Inc").basics("Vague Inc", "C13", "U1");
        q.submit(s -> s.option(SlackIds.OUR_KIND_BLOCK, "other")
                .option(SlackIds.PARTNER_KIND_BLOCK, "other")
                .text(SlackIds.PARTNER_NOTE_BLOCK, "TBD")
                .option(SlackIds.DEPENDENCY_KIND_BLOCK, "loses_money"));
        JsonNode errors = q.lastBody().path("errors");
        assertThat(errors.path(SlackIds.OUR_NOTE_BLOCK).asText()).contains("counts only when described");
        assertThat(errors.path(SlackIds.PARTNER_NOTE_BLOCK).asText()).contains("counts only when described");
        assertThat(q.view().toString()).contains("Step 2 of 5");

        q.qualification("other", "other", "x").value("a", "b", "c");
        q.leverageAndTier("economic", Map.of("self_serve", "yes")).exit("x");
        assertThat(postIn("C13"))
                .contains("Vague Inc: Real partnership")
                .contains("Another real commitment (describe it in the note), our side: other");
    }

    @Test
    void nothingChangesForThePartnerIsShownWarnedAndBoundsTheInvestment() throws Exception {
        String said = "We have *three* other vendors <!here>";
        QuestionnaireDriver.open(app, "new Indifferent")
                .basics("Indifferent", "C14", "U1")
                .qualification("spend_commitment", "dedicated_engineering", "nothing_changes", said)
                .value("Reach", "A connector", "One setup")
                .leverageAndTier("economic", Map.of("self_serve", "yes"))
                .exit("End after Crawl without 5 deals");

        String post = postIn("C14");
        assertThat(post)
                .contains("Indifferent: Real partnership — at risk: the partner does not need us")
                .contains("If we don't do this partnership, what happens to you?\\nNothing changes for them: " + said)
                .contains("*Pitching on our benefit, not theirs*")
                .contains("*Investment:* Light partnership, test first")
                .contains("Find out what the partner loses without us")
                .doesNotContain(":large_green_circle:");
        TextObjects.assertShownAsTyped(
                app.slack.messagesIn("C14").get(0).path("blocks"), "Nothing changes for them: " + said);
        assertThat(status("Indifferent"))
                .contains("Nothing changes for them")
                .contains("at risk: the partner does not need us");
    }

    @Test
    void aPlaceholderValueAndExitPutTheVerdictAtRisk() throws Exception {
        QuestionnaireDriver.open(app, "new Fuzzy Ltd")
                .basics("Fuzzy Ltd", "C15", "U1")
                .qualification("spend_commitment", "dedicated_engineering", "x")
                .value("Reach", "n/a", "-")
                .leverageAndTier("economic", Map.of("self_serve", "yes"))
                .exit("TBD");

        String post = postIn("C15");
        assertThat(post)
                .contains("Fuzzy Ltd: Real partnership — at risk: value not named for every side")
                .contains(":large_yellow_circle:")
                .doesNotContain(":large_green_circle:")
                .contains("Value is missing for The partner, Shared customers")
                .contains("*No clear exit criteria*");
        assertThat(status("Fuzzy Ltd")).contains("at risk: value not named for every side");
    }

    @Test
    void theTiersAdviceWhatItGivesAndRequiresAreShownInThePostAndTheStatus() throws Exception {
        QuestionnaireDriver.assessNew(
                app, "Builder Co", "C16", "spend_commitment", "dedicated_engineering", "economic", "yes");

        for (String shown : List.of(postIn("C16"), status("Builder Co"))) {
            assertThat(shown)
                    .contains("*Recommended tier:* Tier 1: Integration Partner (self-serve)")
                    .contains("Give them docs, APIs and a sandbox")
                    .contains("*It gives the partner:*")
                    .contains("Public API access, docs and a sandbox")
                    .contains("*It requires:*")
                    .contains("Engineering resources to build and maintain the integration alone")
                    .contains("Don't treat all partners equally")
                    .contains("Evaluate for Tier 2 on 2027-02-28");
        }
    }

    @Test
    void aReassessmentThatKeepsTierOneKeepsItsEvaluationDate() throws Exception {
        QuestionnaireDriver.assessNew(
                app, "Steady Co", "C17", "spend_commitment", "dedicated_engineering", "economic", "yes");
        assertThat(postIn("C17")).contains("Evaluate for Tier 2 on 2027-02-28");

        app.clock.advance(Duration.ofDays(70));
        QuestionnaireDriver.open(app, "qualify Steady Co")
                .qualification("spend_commitment", "dedicated_engineering", "x")
                .value("a", "b", "c")
                .leverageAndTier("requirement", Map.of("self_serve", "yes"))
                .exit("x");

        assertThat(postIn("C17")).contains("Evaluate for Tier 2 on 2027-02-28").contains("Since assessment #1");
        assertThat(app.wiring.database().jdbi().onDemand(ReminderDao.class).scheduled(TEAM, partnershipId("Steady Co")))
                .singleElement()
                .satisfies(f -> assertThat(f.dueDate()).hasToString("2027-02-28"));
    }
}
