package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.store.AssessmentDao;
import com.partnerbot.store.AssessmentRow;
import com.partnerbot.store.Partnership;
import com.partnerbot.testing.Payloads;
import com.partnerbot.testing.RecordedCall;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The qualification questionnaire end to end: signed requests in, the verdict in the channel, history kept. */
class QuestionnaireEndToEndTest {
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

    private AssessmentDao assessments() {
        return app.wiring.database().jdbi().onDemand(AssessmentDao.class);
    }

    private Partnership partnership(String name) {
        return app.partnerships().findByName(TEAM, name).orElseThrow();
    }

    /** Runs background work and returns the one channel post it made. */
    private RecordedCall channelPost() {
        int before = app.slack.calls("chat.postMessage").size();
        app.work.runAll();
        List<RecordedCall> posts = app.slack.calls("chat.postMessage");
        assertThat(posts).hasSize(before + 1);
        return posts.get(before);
    }

    @Test
    void bothSidesCommitWithRequirementLeverageAndEngineering_realFullTier1WithReviewInSixMonths() throws Exception {
        var q = QuestionnaireDriver.open(app, "new Acme Cloud");
        q.basics("Acme Cloud", "C42", "U7");
        assertThat(q.view().toString()).contains("Step 2 of 5").contains("If this partnership fails");
        q.qualification("spend_commitment", "dedicated_engineering", "They lose their cloud certification");
        assertThat(q.view().toString()).contains("Step 3 of 5");
        q.value("Certified-stack revenue", "Keeps certification", "One supported stack");
        q.leverageAndTier("requirement", Map.of("self_serve", "yes"));
        q.exit("End if fewer than 5 joint deals after Crawl");
        assertThat(q.lastBody().path("response_action").asText()).isEqualTo("clear");

        Partnership p = partnership("acme cloud");
        assertThat(p.channelId()).isEqualTo("C42");
        assertThat(p.ownerUserId()).isEqualTo("U7");
        AssessmentRow row = assessments().latest(TEAM, p.id()).orElseThrow();
        assertThat(row.verdict()).isEqualTo("real");
        assertThat(row.investment()).isEqualTo("full");
        assertThat(row.tier()).isEqualTo("tier_1");
        assertThat(row.answeredBy()).isEqualTo("U1");
        assertThat(row.playbookVersion()).isEqualTo(PlaybookLoader.loadDefault().version());
        assertThat(row.answersJson()).contains("They lose their cloud certification");
        assertThat(row.resultJson()).contains("Requirement");

        RecordedCall post = channelPost();
        assertThat(post.arg("channel")).isEqualTo("C42");
        String blocks = post.args().get("blocks").toString();
        LocalDate review = LocalDate.of(2027, 2, 28); // six months after 2026-08-31, the app's clock
        assertThat(blocks)
                .contains("Real partnership")
                .contains("Full partnership investment")
                .contains("Tier 1")
                .contains("Evaluate for Tier 2 on " + review)
                .contains("the partner can self-serve → Start at Tier 1")
                .contains("Next step")
                .contains(SlackIds.REASSESS_ACTION);
    }

    @Test
    void nothingLostOnEitherSideWithCoMarketing_handshakeSaidPlainlyNotToPursue() throws Exception {
        QuestionnaireDriver.open(app, "new Logo Swap Inc")
                .basics("Logo Swap Inc", "C1", "U1")
                .qualification("nothing", "nothing", "Nothing really")
                .value("Buzz", "Buzz", "")
                .leverageAndTier("co_marketing", Map.of("self_serve", "no", "marquee", "no"))
                .exit("");
        AssessmentRow row =
                assessments().latest(TEAM, partnership("Logo Swap Inc").id()).orElseThrow();
        assertThat(row.verdict()).isEqualTo("handshake");
        // A handshake gets no investment level at all, whatever the leverage would earn.
        assertThat(row.investment()).isNull();
        String blocks = channelPost().args().get("blocks").toString();
        assertThat(blocks)
                .contains("Handshake, not a partnership")
                .contains("Do not pursue this as a partnership")
                .contains("Don't invest until a side commits")
                .contains("Shared customers");
    }

    @Test
    void marqueeLogoWithoutEngineeringAndCompetitiveLeverage_tier3LightTestedFirst() throws Exception {
        QuestionnaireDriver.open(app, "new Globex")
                .basics("Globex", "C1", "U1")
                .qualification("revenue_guarantee", "exclusivity", "Their competitor integrates with us first")
                .value("Enterprise logos", "A differentiator", "A supported integration")
                .leverageAndTier("competitive", Map.of("self_serve", "no", "marquee", "yes"))
                .exit("End if no executive sponsor by week 4");
        AssessmentRow row =
                assessments().latest(TEAM, partnership("Globex").id()).orElseThrow();
        assertThat(row.verdict()).isEqualTo("real");
        assertThat(row.investment()).isEqualTo("light");
        assertThat(row.tier()).isEqualTo("tier_3");
        assertThat(channelPost().args().get("blocks").toString())
                .contains("Tier 3")
                .contains("Light partnership, test first");
    }

    @Test
    void theHomeTabShowsEachPartnershipWithItsVerdictAndTier() throws Exception {
        QuestionnaireDriver.assessNew(
                app, "Acme", "C1", "spend_commitment", "dedicated_engineering", "economic", "yes");
        app.signed.postEvent(app.events, Payloads.appHomeOpened("U1"));
        app.work.runAll();
        assertThat(app.slack.calls("views.publish").get(0).args().get("view").toString())
                .contains("Acme")
                .contains("Real partnership")
                .contains("Tier 1");
    }

    @Test
    void missingAnswersAreFieldErrorsOnTheRightBlockAndNothingIsStored() throws Exception {
        var q = QuestionnaireDriver.open(app, "new Initech").basics("Initech", "C1", "U1");
        q.submit(s -> s.option(SlackIds.OUR_KIND_BLOCK, null).text(SlackIds.DEPENDENCY_BLOCK, "x"));
        JsonNode errors = q.lastBody().path("errors");
        assertThat(errors.has(SlackIds.OUR_KIND_BLOCK)).isTrue();
        assertThat(errors.has(SlackIds.PARTNER_KIND_BLOCK)).isTrue();

        q.qualification("spend_commitment", "spend_commitment", "x").value("a", "b", "c");
        q.leverageAndTier("economic", Map.of("self_serve", "no"));
        assertThat(q.lastBody()
                        .path("errors")
                        .path(SlackIds.TIER_BLOCK_PREFIX + "marquee")
                        .asText())
                .contains("earlier answers lead here");
        assertThat(app.partnerships().countByTeam(TEAM)).isZero();
    }

    @Test
    void aDuplicateNameIsAFieldErrorOnTheFirstStep() throws Exception {
        QuestionnaireDriver.assessNew(app, "Acme", "C1", "spend_commitment", "spend_commitment", "economic", "yes");
        var second = QuestionnaireDriver.open(app, "new ACME").basics("ACME", "C1", "U1");
        assertThat(second.lastBody().path("errors").path(SlackIds.NAME_BLOCK).asText())
                .contains("already exists");
        assertThat(app.partnerships().countByTeam(TEAM)).isEqualTo(1);
    }

    @Test
    void backKeepsEarlierAnswersAndWhatWasTypedOnTheCurrentStep() throws Exception {
        var q = QuestionnaireDriver.open(app, "new Hooli")
                .basics("Hooli", "C1", "U1")
                .qualification("dedicated_engineering", "revenue_guarantee", "They miss their launch");
        // On step 3 the user types a value for us, then presses Back.
        String onScreen = q.view().toString();
        String withState = Payloads.viewSubmission(SlackIds.QUESTIONNAIRE_VIEW, q.metadata(), "U1")
                .text(SlackIds.VALUE_BLOCK_PREFIX + "us", "typed before going back")
                .json();
        String view = app.json(withState).get("view").toString();
        assertThat(onScreen).contains("Step 3 of 5");
        app.interaction(Payloads.buttonAction(SlackIds.BACK_ACTION, "QUALIFICATION", "U1", view, null, null));
        app.work.runAll();
        RecordedCall update = app.slack.calls("views.update").get(0);
        String previous = update.args().get("view").toString();
        assertThat(previous)
                .contains("Step 2 of 5")
                .contains("\"value\":\"dedicated_engineering\"")
                .contains("They miss their launch");
        // Forward again: the value typed before going back is still there.
        q.showing(update.args().get("view"));
        q.submit(s -> s.option(SlackIds.OUR_KIND_BLOCK, "dedicated_engineering")
                .option(SlackIds.PARTNER_KIND_BLOCK, "revenue_guarantee")
                .option(SlackIds.DEPENDENCY_KIND_BLOCK, "loses_money")
                .text(SlackIds.DEPENDENCY_BLOCK, "They miss their launch"));
        assertThat(q.view().toString()).contains("Step 3 of 5").contains("typed before going back");
    }

    @Test
    void reassessingKeepsHistoryAndTheChannelHearsWhatChanged() throws Exception {
        QuestionnaireDriver.assessNew(
                app, "Acme", "C5", "spend_commitment", "dedicated_engineering", "economic", "yes");
        channelPost();

        var again = QuestionnaireDriver.open(app, "qualify acme");
        assertThat(again.view().toString())
                .contains("Step 1 of 4")
                .contains("Acme")
                .contains("\"value\":\"dedicated_engineering\"");
        again.qualification("spend_commitment", "nothing", "x")
                .value("a", "b", "c")
                .leverageAndTier("economic", Map.of("self_serve", "yes"))
                .exit("x");
        String id = partnership("Acme").id();
        assertThat(assessments().history(TEAM, id))
                .extracting(AssessmentRow::seq, AssessmentRow::verdict)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "real"),
                        org.assertj.core.groups.Tuple.tuple(2, "one_sided"));
        RecordedCall post = channelPost();
        assertThat(post.arg("channel")).isEqualTo("C5");
        assertThat(post.args().get("blocks").toString())
                .contains("Since assessment #1")
                .contains("Verdict: Real partnership → One-sided, at risk");
    }

    @Test
    void listAndStatusStillShowTheAssessmentAfterARestart() throws Exception {
        QuestionnaireDriver.open(app, "new Acme Cloud")
                .basics("Acme Cloud", "C3", "U7")
                .qualification("spend_commitment", "dedicated_engineering", "x")
                .value("a", "b", "c")
                .leverageAndTier("requirement", Map.of("self_serve", "yes"))
                .exit("x");
        try (RunningApp restarted = app.restart()) {
            String list = restarted.command("list").body();
            assertThat(list).contains("Acme Cloud").contains("Real partnership").contains("Tier 1");
            String status = restarted.command("status ACME CLOUD").body();
            assertThat(status)
                    .contains("Acme Cloud: Real partnership")
                    .contains("Full partnership investment")
                    .contains("Next step");
        }
    }

    @Test
    void unknownPartnershipForQualifyGetsTheClosestNames() throws Exception {
        JsonNode none = app.json(app.command("qualify Nobody").body());
        assertThat(none.path("blocks").toString())
                .contains("No partnership here is named")
                .contains("/partner list");
        QuestionnaireDriver.assessNew(app, "Acme Cloud", "C1", "nothing", "nothing", "economic", "yes");
        int opened = app.slack.calls("views.open").size();
        JsonNode close = app.json(app.command("qualify acme clod").body());
        assertThat(close.path("blocks").toString()).contains("/partner qualify Acme Cloud");
        assertThat(app.slack.calls("views.open")).hasSize(opened);
    }

    @Test
    void submittingTheLastStepTwiceStoresOneAssessmentAndAnswersClearly() throws Exception {
        var q = QuestionnaireDriver.open(app, "new Acme")
                .basics("Acme", "C1", "U1")
                .qualification("spend_commitment", "spend_commitment", "x")
                .value("a", "b", "c")
                .leverageAndTier("economic", Map.of("self_serve", "yes"));
        String lastStep = q.metadata();
        q.exit("x");
        var replay = app.interaction(Payloads.viewSubmission(SlackIds.QUESTIONNAIRE_VIEW, lastStep, "U1")
                .text(SlackIds.EXIT_BLOCK, "x")
                .json());
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("no longer open");
        assertThat(assessments().history(TEAM, partnership("Acme").id())).hasSize(1);
    }

    @Test
    void aForgedOrForeignViewGetsAClearAnswerNotAServerError() throws Exception {
        var response = app.interaction(Payloads.viewSubmission(SlackIds.QUESTIONNAIRE_VIEW, "{not json", "U1")
                .text(SlackIds.NAME_BLOCK, "X")
                .json());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("no longer open");
        assertThat(app.partnerships().countByTeam(TEAM)).isZero();
    }

    @Test
    void aPrivateChannelTheBotIsNotInIsToldToTheUserAndTheAssessmentIsSaved() throws Exception {
        app.slack.channel("G9", "secret-deals", true, false);
        QuestionnaireDriver.assessNew(app, "Umbrella", "G9", "spend_commitment", "spend_commitment", "economic", "yes");
        app.work.runAll();
        assertThat(assessments().latest(TEAM, partnership("Umbrella").id())).isPresent();
        RecordedCall told = app.slack.calls("response_url").get(0);
        assertThat(told.arg("response_type")).isEqualTo("ephemeral");
        assertThat(told.arg("text")).contains("/invite @Partnerbot");
    }

    @Test
    void withoutAResponseUrlTheUserIsToldByDirectMessage() throws Exception {
        app.slack.channel("G9", "secret-deals", true, false);
        app.interaction(Payloads.globalShortcut(SlackIds.ASSESS_SHORTCUT, "U3"));
        var q = new QuestionnaireDriver(
                app, "U3", app.slack.calls("views.open").get(0).args().get("view"));
        q.basics("Umbrella", "G9", "U3")
                .qualification("spend_commitment", "spend_commitment", "x")
                .value("a", "b", "c")
                .leverageAndTier("economic", Map.of("self_serve", "yes"))
                .exit("x");
        app.work.runAll();
        assertThat(app.slack.calls("chat.postMessage"))
                .filteredOn(c -> "U3".equals(c.arg("channel")))
                .singleElement()
                .satisfies(c -> assertThat(c.arg("text")).contains("/invite @Partnerbot"));
    }

    @Test
    void aPublicChannelTheBotIsNotInIsJoinedThenPosted() throws Exception {
        app.slack.chatWritePublic(false).channel("C8", "partners-public", false, false);
        QuestionnaireDriver.assessNew(app, "Stark", "C8", "spend_commitment", "spend_commitment", "economic", "yes");
        app.work.runAll();
        assertThat(app.slack.calls("conversations.join"))
                .extracting(c -> c.arg("channel"))
                .containsExactly("C8");
        assertThat(app.slack.calls("chat.postMessage"))
                .filteredOn(c -> "C8".equals(c.arg("channel")))
                .hasSize(2);
    }

    @Test
    void aPassingSlackErrorIsRetriedAndAFinalOneIsToldToTheUser() throws Exception {
        app.slack.failNext("chat.postMessage", "service_unavailable");
        QuestionnaireDriver.assessNew(app, "Acme", "C1", "spend_commitment", "spend_commitment", "economic", "yes");
        app.work.runAll();
        assertThat(app.slack.calls("chat.postMessage")).hasSize(1);
        assertThat(app.slack.messagesIn("C1")).isEmpty();
        // The outbox's poll tries again once the backoff has passed.
        app.clock.advance(Duration.ofMinutes(1));
        app.work.tick();
        assertThat(app.slack.messagesIn("C1")).hasSize(1);

        app.slack.failNext("chat.postMessage", "is_archived");
        QuestionnaireDriver.assessNew(app, "Beta", "C1", "spend_commitment", "spend_commitment", "economic", "yes");
        app.work.runAll();
        assertThat(app.slack.calls("response_url"))
                .extracting(c -> c.arg("text"))
                .anySatisfy(t -> assertThat(t).contains("archived"));
        assertThat(assessments().latest(TEAM, partnership("Beta").id())).isPresent();
    }

    @Test
    void aModalThatCannotOpenLeavesNoDraftAndNoErrorForSlack() throws Exception {
        app.slack.failNext("views.open", "expired_trigger_id");
        assertThat(app.interaction(Payloads.globalShortcut(SlackIds.ASSESS_SHORTCUT, "U3"))
                        .statusCode())
                .isEqualTo(200);
        app.slack.rateLimitNext("views.open", 3);
        assertThat(app.interaction(Payloads.globalShortcut(SlackIds.ASSESS_SHORTCUT, "U3"))
                        .statusCode())
                .isEqualTo(200);
        app.slack.failNext("views.open", "expired_trigger_id");
        assertThat(app.json(app.command("new Acme").body()).path("text").asText())
                .contains("couldn't open the form");
        assertThat(app.interaction(Payloads.globalShortcut("retired_shortcut", "U3"))
                        .statusCode())
                .isEqualTo(200);
        int drafts = app.wiring.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM questionnaire_draft")
                .mapTo(Integer.class)
                .one());
        assertThat(drafts).isZero();
    }

    @Test
    void aPartnerNameCannotPingTheChannel() throws Exception {
        QuestionnaireDriver.assessNew(
                app, "<!channel> Acme", "C1", "spend_commitment", "spend_commitment", "economic", "yes");
        RecordedCall post = channelPost();
        assertThat(post.arg("text")).doesNotContain("<!channel>").contains("&lt;!channel&gt; Acme");
        // Plain text shows the name as typed; every mrkdwn text carries it escaped.
        assertThat(post.args().get("blocks").findValues("text"))
                .filteredOn(t -> "mrkdwn".equals(t.path("type").asText()))
                .extracting(t -> t.path("text").asText())
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t).doesNotContain("<!channel>"));
    }

    @Test
    void theShortcutTheHomeButtonAndTheReassessButtonOpenTheQuestionnaire() throws Exception {
        app.interaction(Payloads.globalShortcut(SlackIds.ASSESS_SHORTCUT, "U3"));
        JsonNode shortcutView = app.slack.calls("views.open").get(0).args().get("view");
        assertThat(shortcutView.toString()).contains("Step 1 of 5").contains("\"initial_user\":\"U3\"");

        QuestionnaireDriver.assessNew(app, "Acme", "C1", "spend_commitment", "spend_commitment", "economic", "yes");
        String id = partnership("Acme").id();
        app.interaction(
                Payloads.buttonAction(SlackIds.REASSESS_ACTION, id, "U2", null, "C1", app.slack.responseUrl("btn")));
        List<RecordedCall> opened = app.slack.calls("views.open");
        assertThat(opened.get(opened.size() - 1).args().get("view").toString()).contains("Step 1 of 4");
    }
}
