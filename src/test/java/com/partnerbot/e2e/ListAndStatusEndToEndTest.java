package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.outbox.Outbox;
import com.partnerbot.partnerships.AssessmentService;
import com.partnerbot.partnerships.PartnershipDraft;
import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.partnerships.QuestionnaireAnswers;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.slack.portfolio.PortfolioIds;
import com.partnerbot.testing.Payloads;
import com.partnerbot.testing.RecordedCall;
import com.partnerbot.testing.TextObjects;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /partner list} with its pages and {@code /partner status NAME}, over signed HTTP. */
class ListAndStatusEndToEndTest {
    private static final String TEAM = "T0STUB";

    @TempDir
    Path dir;

    private RunningApp app;
    private PartnershipService partnerships;
    private AssessmentService assessments;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.http(dir);
        var jdbi = app.wiring.database().jdbi();
        partnerships = new PartnershipService(jdbi, RunningApp.CLOCK);
        assessments = new AssessmentService(
                jdbi,
                PlaybookLoader.loadDefault(),
                RunningApp.CLOCK,
                partnerships,
                new Outbox(Clock.systemUTC(), () -> {}));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private void create(String name) {
        partnerships.create(TEAM, "U1", new PartnershipDraft(name, "C2", "U7", null));
    }

    /** A real partnership at Tier 1: both sides commit, requirement leverage, the partner self-serves. */
    private void assessNew(String name) {
        var answers = new QuestionnaireAnswers(
                name,
                "C3",
                "U8",
                "Certified integration",
                "dedicated_engineering",
                "",
                "revenue_guarantee",
                "",
                "They lose their certification",
                Map.of("us", "a new segment", "partner", "keeps certification", "customers", "one setup"),
                "requirement",
                Map.of("self_serve", "yes"),
                "End it if no joint customer by Q3");
        assertThat(assessments.assessNew(TEAM, "U1", answers, Optional.empty()))
                .isInstanceOf(AssessmentService.Result.Recorded.class);
    }

    private String blocksOf(String commandText) throws Exception {
        JsonNode body = app.json(app.command(commandText).body());
        assertThat(body.path("response_type").asText()).isEqualTo("ephemeral");
        return body.path("blocks").toString();
    }

    @Test
    void anEmptyWorkspaceIsToldHowToStart() throws Exception {
        assertThat(blocksOf("list")).contains("/partner new NAME").doesNotContain("Next");
    }

    @Test
    void eachPartnershipShowsVerdictTierOwnerChannelAndLastAssessed() throws Exception {
        create("Globex");
        assessNew("Acme Cloud");
        create("<Initech & Co>");
        JsonNode body = app.json(app.command("list").body());
        String blocks = body.path("blocks").toString();
        TextObjects.assertShownAsTyped(body.path("blocks"), "Acme Cloud");
        TextObjects.assertShownAsTyped(body.path("blocks"), "<Initech & Co>");
        assertThat(blocks)
                .contains("Real partnership")
                .contains("Tier 1")
                .contains("<@U8>")
                .contains("<#C3>")
                .contains("last assessed 20")
                .contains("\"Globex\"")
                .contains("<@U7>")
                .contains("<#C2>")
                .contains("not assessed yet")
                .doesNotContain(PortfolioIds.LIST_NEXT_ACTION);
        assertThat(blocks.indexOf("Acme Cloud")).isLessThan(blocks.indexOf("Globex"));
    }

    @Test
    void aLongListIsPagedAndNextReplacesTheMessageThroughTheResponseUrl() throws Exception {
        for (int i = 1; i <= 23; i++) {
            create(String.format("Partner %02d", i));
        }
        JsonNode first = app.json(app.command("list").body());
        assertThat(first.path("blocks").size()).isLessThanOrEqualTo(50);
        String firstBlocks = first.path("blocks").toString();
        assertThat(firstBlocks)
                .contains("Partner 01")
                .contains("Partner 10")
                .doesNotContain("Partner 11")
                .contains(PortfolioIds.LIST_NEXT_ACTION)
                .doesNotContain(PortfolioIds.LIST_PREVIOUS_ACTION)
                .contains("Page 1 of 3");

        String responseUrl = app.slack.responseUrl("list-click-1");
        var click = app.interaction(Payloads.buttonAction(
                PortfolioIds.LIST_NEXT_ACTION,
                buttonValue(first.path("blocks"), PortfolioIds.LIST_NEXT_ACTION),
                "U1",
                null,
                "C1",
                responseUrl));
        assertThat(click.statusCode()).isEqualTo(200);
        assertThat(app.slack.calls("response_url")).isEmpty();
        app.work.runAll();
        RecordedCall replaced = app.slack.calls("response_url").get(0);
        assertThat(replaced.arg("replace_original")).isEqualTo("true");
        assertThat(replaced.arg("response_type")).isEqualTo("ephemeral");
        String second = replaced.args().get("blocks").toString();
        assertThat(second)
                .contains("Partner 11")
                .contains("Partner 20")
                .doesNotContain("\"Partner 10\"")
                .doesNotContain("\"Partner 21\"")
                .contains(PortfolioIds.LIST_PREVIOUS_ACTION)
                .contains(PortfolioIds.LIST_NEXT_ACTION)
                .contains("Page 2 of 3");

        app.interaction(Payloads.buttonAction(
                PortfolioIds.LIST_NEXT_ACTION,
                buttonValue(replaced.args().get("blocks"), PortfolioIds.LIST_NEXT_ACTION),
                "U1",
                null,
                "C1",
                responseUrl));
        app.work.runAll();
        String third =
                app.slack.calls("response_url").get(1).args().get("blocks").toString();
        assertThat(third)
                .contains("Partner 23")
                .contains(PortfolioIds.LIST_PREVIOUS_ACTION)
                .doesNotContain(PortfolioIds.LIST_NEXT_ACTION);
    }

    @Test
    void statusShowsTheLatestAssessmentWhateverTheCaseOfTheName() throws Exception {
        assessNew("Acme Cloud");
        for (String text : new String[] {"status Acme Cloud", "status ACME cloud", "status   acme cloud "}) {
            String blocks = blocksOf(text);
            assertThat(blocks)
                    .contains("Acme Cloud: Real partnership")
                    .contains("Tier 1")
                    .contains("Next step")
                    .contains("<@U1>");
        }
    }

    @Test
    void statusOfAPartnershipNotAssessedSuggestsQualify() throws Exception {
        create("Globex");
        assertThat(blocksOf("status globex")).contains("not assessed yet").contains("/partner qualify Globex");
    }

    @Test
    void anUnknownNameGetsTheClosestNames() throws Exception {
        create("Acme Cloud");
        create("Acme Payments");
        create("Globex");
        assertThat(blocksOf("status acme"))
                .contains("/partner status Acme Cloud")
                .contains("/partner status Acme Payments")
                .doesNotContain("Globex");
        assertThat(blocksOf("status Glbex")).contains("/partner status Globex");
        assertThat(blocksOf("status Hooli")).contains("/partner list").doesNotContain("Did you mean");
    }

    @Test
    void statusWithoutANameAnswersTheUsage() throws Exception {
        JsonNode body = app.json(app.command("status").body());
        assertThat(body.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(body.path("text").asText()).contains("/partner status NAME");
    }

    /** The value of the button {@code actionId} among {@code blocks}: what Slack sends back when it is clicked. */
    static String buttonValue(JsonNode blocks, String actionId) {
        for (JsonNode block : blocks) {
            for (JsonNode element : block.path("elements")) {
                if (actionId.equals(element.path("action_id").asText())) {
                    return element.path("value").asText();
                }
            }
        }
        throw new AssertionError("no button " + actionId + " in " + blocks);
    }
}
