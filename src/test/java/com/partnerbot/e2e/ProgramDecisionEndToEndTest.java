package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.render.DecisionMessages;
import com.partnerbot.store.ProgramDecisionDao;
import com.partnerbot.store.ProgramDecisionRow;
import com.partnerbot.testing.Payloads;
import com.partnerbot.testing.RecordedCall;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Program decisions over signed HTTP: the modal from the playbook's tree, field errors, the stored decision, the post. */
class ProgramDecisionEndToEndTest {
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

    private ProgramDecisionDao decisions() {
        return app.wiring.database().jdbi().onDemand(ProgramDecisionDao.class);
    }

    /** Runs the command in C1, then submits the modal it opened with the answers by node id (blank for none). */
    private HttpResponse<String> decide(String command, Map<String, String> answers) throws Exception {
        assertThat(app.command(command, "U1", "C1").body()).isEmpty();
        List<RecordedCall> opened = app.slack.calls("views.open");
        JsonNode view = opened.get(opened.size() - 1).args().get("view");
        var submission = Payloads.viewSubmission(
                view.path("callback_id").asText(), view.path("private_metadata").asText(), "U1");
        for (JsonNode block : view.path("blocks")) {
            if (block.path("type").asText().equals("input")) {
                String blockId = block.path("block_id").asText();
                String nodeId = blockId.substring(blockId.indexOf(':') + 1);
                String answer = answers.get(nodeId);
                submission.option(blockId, answer == null || answer.isBlank() ? null : answer);
            }
        }
        return app.interaction(submission.json());
    }

    /** Text as it appears in mrkdwn: the path's arrows are escaped, and Slack shows them as typed. */
    private static String shown(String text) {
        return text.replace(">", "&gt;");
    }

    private static Map<String, String> answers(String... nodeAndAnswer) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < nodeAndAnswer.length; i += 2) {
            answers.put(nodeAndAnswer[i], nodeAndAnswer[i + 1]);
        }
        return answers;
    }

    @Test
    void theModalAsksEveryQuestionOfTheTreeWithItsBranchesAsOptions() throws Exception {
        app.command("decide build-or-partner", "U1", "C1");
        JsonNode view = app.slack.calls("views.open").get(0).args().get("view");
        assertThat(view.path("title").path("text").asText()).isEqualTo("Build or partner");
        assertThat(view.path("callback_id").asText()).isEqualTo(SlackIds.decisionView("build_or_partner"));
        List<String> blockIds = new ArrayList<>();
        view.path("blocks").forEach(b -> {
            if (b.path("type").asText().equals("input")) {
                blockIds.add(b.path("block_id").asText());
            }
        });
        assertThat(blockIds).containsExactly("node:core", "node:delay", "node:credible_partner");
        JsonNode core = view.path("blocks").get(1);
        assertThat(core.path("label").path("text").asText())
                .isEqualTo("Is this capability core to our product differentiation?");
        assertThat(core.path("element").path("type").asText()).isEqualTo("radio_buttons");
        assertThat(core.path("element").path("options").toString())
                .contains("\"value\":\"yes\"")
                .contains("\"value\":\"no\"")
                .contains("\"text\":\"Yes\"");

        app.command("ecosystem", "U1", "C1");
        JsonNode ecosystem = app.slack.calls("views.open").get(1).args().get("view");
        assertThat(ecosystem.path("title").path("text").asText()).isEqualTo("Curated or open");
        assertThat(ecosystem.path("blocks").get(1).path("hint").path("text").asText())
                .contains("regulated or security-critical");
        assertThat(ecosystem.path("blocks").toString()).contains("No (thousands of potential partners)");
    }

    @ParameterizedTest
    @CsvSource({
        "yes,    ,    , build,        Build it yourself, core to our differentiation -> Build it yourself",
        "no,  yes,    , partner,      Partner, not core to differentiation -> building would delay the roadmap more"
                + " than 6 months -> Partner",
        "no,   no, yes, partner,      Partner, a credible partner needs us too -> Partner",
        "no,   no,  no, build_anyway, Build, no credible partner needs us too -> Build"
    })
    void buildOrPartnerFollowsThePlaybooksTreeAndPostsThePath(
            String core, String delay, String credible, String outcomeId, String label, String pathEnd)
            throws Exception {
        HttpResponse<String> submitted =
                decide("decide build-or-partner", answers("core", core, "delay", delay, "credible_partner", credible));
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.body()).isEmpty();

        ProgramDecisionRow stored = decisions().latest(TEAM, "build_or_partner").orElseThrow();
        assertThat(stored.outcomeId()).isEqualTo(outcomeId);
        assertThat(stored.pathExplanation()).endsWith(pathEnd);
        assertThat(stored.decidedBy()).isEqualTo("U1");
        assertThat(stored.channelId()).isEqualTo("C1");
        assertThat(stored.playbookId()).isNotBlank();

        assertThat(app.slack.calls("chat.postMessage")).isEmpty();
        app.work.runAll();
        RecordedCall posted = app.slack.calls("chat.postMessage").get(0);
        assertThat(posted.arg("channel")).isEqualTo("C1");
        String blocks = posted.args().get("blocks").toString();
        assertThat(blocks).contains(label).contains(shown(pathEnd)).contains("<@U1>");
    }

    @Test
    void notCoreAndALongDelayIsPartnerWithTheWholePathAndAdvice() throws Exception {
        decide("decide build-or-partner", answers("core", "no", "delay", "yes"));
        app.work.runAll();
        String blocks =
                app.slack.calls("chat.postMessage").get(0).args().get("blocks").toString();
        assertThat(blocks)
                .contains(shown("not core to differentiation -> building would delay the roadmap more than 6 months"
                        + " -> Partner"))
                .contains("Find the partner and qualify it");
    }

    @Test
    void brandRiskMeansCuratedWithItsWarning() throws Exception {
        decide("ecosystem", answers("brand_risk", "yes"));
        ProgramDecisionRow stored = decisions().latest(TEAM, "ecosystem").orElseThrow();
        assertThat(stored.outcomeId()).isEqualTo("curated");
        assertThat(stored.answersJson()).isEqualTo("{\"brand_risk\":\"yes\"}");
        app.work.runAll();
        String blocks =
                app.slack.calls("chat.postMessage").get(0).args().get("blocks").toString();
        assertThat(blocks)
                .contains("Curated")
                .contains(shown("brand damage risk is high -> Curated"))
                .contains("Curated works at about 10 partners");
    }

    @Test
    void noRiskAndReviewThatCannotScaleMeansOpen() throws Exception {
        decide("decide ecosystem", answers("brand_risk", "no", "human_review", "no"));
        assertThat(decisions().latest(TEAM, "ecosystem").orElseThrow().outcomeId())
                .isEqualTo("open");
        app.work.runAll();
        String blocks =
                app.slack.calls("chat.postMessage").get(0).args().get("blocks").toString();
        assertThat(blocks)
                .contains("Open")
                .contains(shown("brand damage risk is not high -> human review cannot scale -> Open"))
                .contains("discovery and trust layers");
    }

    @Test
    void aQuestionThePathReachesUnansweredIsAFieldErrorAndNothingIsStored() throws Exception {
        HttpResponse<String> response =
                decide("decide build-or-partner", answers("core", "no", "credible_partner", "yes"));
        JsonNode body = app.json(response.body());
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        assertThat(body.path("errors").size()).isEqualTo(1);
        assertThat(body.path("errors").path("node:delay").asText()).isEqualTo(DecisionMessages.ANSWER_THIS_ONE);
        assertThat(decisions().countByTeam(TEAM)).isZero();
        app.work.runAll();
        assertThat(app.slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void nothingAnsweredMarksTheFirstQuestion() throws Exception {
        JsonNode body = app.json(decide("ecosystem", Map.of()).body());
        assertThat(body.path("errors").path("node:brand_risk").asText()).isEqualTo(DecisionMessages.ANSWER_THIS_ONE);
        assertThat(decisions().countByTeam(TEAM)).isZero();
    }

    @Test
    void answersOffThePathAreIgnored() throws Exception {
        decide("decide build-or-partner", answers("core", "yes", "delay", "yes", "credible_partner", "no"));
        ProgramDecisionRow stored = decisions().latest(TEAM, "build_or_partner").orElseThrow();
        assertThat(stored.outcomeId()).isEqualTo("build");
        assertThat(stored.answersJson()).isEqualTo("{\"core\":\"yes\"}");
        assertThat(stored.pathExplanation()).isEqualTo("core to our differentiation -> Build it yourself");
    }

    @Test
    void decideAloneOrWithAnUnknownTreeListsWhatCanBeDecided() throws Exception {
        for (String text : new String[] {"decide", "decide pricing"}) {
            JsonNode body = app.json(app.command(text).body());
            assertThat(body.path("response_type").asText()).isEqualTo("ephemeral");
            assertThat(body.path("blocks").toString())
                    .contains("/partner decide build-or-partner")
                    .contains("/partner decide ecosystem");
        }
        assertThat(app.json(app.command("decide pricing").body()).path("blocks").toString())
                .contains("pricing");
        assertThat(app.slack.calls("views.open")).isEmpty();
    }

    @Test
    void helpListsTheNewSubcommands() throws Exception {
        String blocks = app.json(app.command("help").body()).path("blocks").toString();
        assertThat(blocks)
                .contains("/partner list")
                .contains("/partner status NAME")
                .contains("/partner decide build-or-partner | ecosystem")
                .contains("/partner ecosystem");
    }
}
