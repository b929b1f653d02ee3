package com.partnerbot.bench;

import com.partnerbot.e2e.RunningApp;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.testing.Payloads;
import java.nio.file.Path;
import java.time.Duration;
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
                String lastStep = Questionnaires.answerUpToTheLastStep(app, "Partner " + i);
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
            Questionnaires.report("last submit -> channel post", micros);
        }
    }
}
