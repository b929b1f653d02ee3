package com.partnerbot.bench;

import com.partnerbot.e2e.RunningApp;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.testing.Payloads;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time from the questionnaire's last submission (signed HTTP) to the verdict arriving at the Slack stub as
 * chat.postMessage, with the production thread pool. {@code mvn test -Dgroups=benchmark -DexcludedGroups=none}.
 */
@Tag("benchmark")
class SubmitToPostBenchmark {
    private static final int WARMUP = 20;
    private static final int MEASURED = 100;
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void submitToChannelPost() throws Exception {
        try (RunningApp app = RunningApp.httpWithThreads(dir)) {
            long[] micros = new long[MEASURED];
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                String lastStep = answerUpToTheLastStep(app, "Partner " + i);
                String submit = Payloads.viewSubmission(SlackIds.QUESTIONNAIRE_VIEW, lastStep, "U1")
                        .text(SlackIds.EXIT_BLOCK, "End if no joint deal by week 8")
                        .json();
                long start = System.nanoTime();
                app.signed.postInteraction(app.events, submit);
                app.slack.awaitCall("chat.postMessage", WAIT);
                long elapsed = (System.nanoTime() - start) / 1_000;
                if (i >= WARMUP) {
                    micros[i - WARMUP] = elapsed;
                }
            }
            Arrays.sort(micros);
            System.out.printf(
                    "BENCHMARK last submit -> channel post over %d runs: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    MEASURED,
                    micros[MEASURED / 2] / 1000.0,
                    micros[MEASURED * 99 / 100] / 1000.0,
                    micros[MEASURED - 1] / 1000.0);
        }
    }

    /** Opens the questionnaire and answers steps 1 to 4; returns the last step's private_metadata. */
    private static String answerUpToTheLastStep(RunningApp app, String name) throws Exception {
        int opened = app.slack.calls("views.open").size();
        app.signed.postCommand(app.events, "/partner", "new " + name, "U1", "C1");
        String metadata = app.slack
                .calls("views.open")
                .get(opened)
                .args()
                .path("view")
                .path("private_metadata")
                .asText();
        metadata = step(
                app,
                Payloads.viewSubmission(SlackIds.QUESTIONNAIRE_VIEW, metadata, "U1")
                        .text(SlackIds.NAME_BLOCK, name)
                        .conversation(SlackIds.CHANNEL_BLOCK, "C1")
                        .user(SlackIds.OWNER_BLOCK, "U1"));
        metadata = step(
                app,
                Payloads.viewSubmission(SlackIds.QUESTIONNAIRE_VIEW, metadata, "U1")
                        .option(SlackIds.OUR_KIND_BLOCK, "spend_commitment")
                        .option(SlackIds.PARTNER_KIND_BLOCK, "dedicated_engineering")
                        .option(SlackIds.DEPENDENCY_KIND_BLOCK, "fails_requirement")
                        .text(SlackIds.DEPENDENCY_BLOCK, "They lose certification"));
        metadata = step(
                app,
                Payloads.viewSubmission(SlackIds.QUESTIONNAIRE_VIEW, metadata, "U1")
                        .text(SlackIds.VALUE_BLOCK_PREFIX + "us", "Revenue")
                        .text(SlackIds.VALUE_BLOCK_PREFIX + "partner", "Certification")
                        .text(SlackIds.VALUE_BLOCK_PREFIX + "customers", "One stack"));
        return step(
                app,
                Payloads.viewSubmission(SlackIds.QUESTIONNAIRE_VIEW, metadata, "U1")
                        .option(SlackIds.LEVERAGE_BLOCK, "requirement")
                        .option(SlackIds.TIER_BLOCK_PREFIX + "self_serve", "yes"));
    }

    private static String step(RunningApp app, Payloads.ViewSubmission submission) throws Exception {
        var response = app.signed.postInteraction(app.events, submission.json());
        return app.json(response.body()).path("view").path("private_metadata").asText();
    }
}
