package com.partnerbot.bench;

import com.partnerbot.e2e.RunningApp;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.charter.CharterIds;
import com.partnerbot.testing.Payloads;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time from a Sign click (signed HTTP) to the charter's message updated in place (chat.update arriving at the Slack
 * stub), with the production thread pool. Each charter is signed twice, once per side, the partner's from another
 * workspace. {@code mvn test -Dgroups=benchmark -DexcludedGroups=none -Dtest=SignToUpdateBenchmark}.
 */
@Tag("benchmark")
class SignToUpdateBenchmark {
    private static final int WARMUP = 20;
    private static final int MEASURED = 200;
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void signClickToUpdatedMessage() throws Exception {
        try (RunningApp app = RunningApp.httpWithThreads(dir)) {
            long[] micros = new long[MEASURED];
            int clicks = 0;
            for (int i = 0; clicks < WARMUP + MEASURED; i++) {
                String partnershipId = charterPosted(app, "Partner " + i);
                String value = CharterIds.versionValue(partnershipId, 1);
                for (String[] signer : new String[][] {{"U9", "T0PARTNER"}, {"U1", "T0STUB"}}) {
                    String click = Payloads.buttonActionFrom(
                            CharterIds.SIGN_ACTION,
                            value,
                            signer[0],
                            signer[1],
                            "C1",
                            app.slack.responseUrl("sign-" + i));
                    long start = System.nanoTime();
                    app.signed.postInteraction(app.events, click);
                    app.slack.awaitCall("chat.update", WAIT);
                    long elapsed = (System.nanoTime() - start) / 1_000;
                    if (clicks >= WARMUP && clicks - WARMUP < MEASURED) {
                        micros[clicks - WARMUP] = elapsed;
                    }
                    clicks++;
                }
            }
            Questionnaires.report("Sign click -> charter message updated", micros);
        }
    }

    /** A partnership assessed, its charter written and posted; returns the partnership's id. */
    private static String charterPosted(RunningApp app, String name) throws Exception {
        String metadata = Questionnaires.answerUpToTheLastStep(app, name);
        app.signed.postInteraction(
                app.events,
                Payloads.viewSubmission(SlackIds.QUESTIONNAIRE_VIEW, metadata, "U1")
                        .text(SlackIds.EXIT_BLOCK, "End if no joint deal by week 8")
                        .json());
        app.slack.awaitCall("chat.postMessage", WAIT);

        int charters = app.slack.calls("views.open").size();
        app.signed.postCommand(app.events, "/partner", "charter " + name, "U1", "C1");
        String charter = app.slack
                .calls("views.open")
                .get(charters)
                .args()
                .path("view")
                .path("private_metadata")
                .asText();
        app.signed.postInteraction(
                app.events,
                Payloads.viewSubmission(CharterIds.VIEW, charter, "U1")
                        .text(CharterIds.textBlock("mutual_goals"), "Goals")
                        .text(CharterIds.textBlock("value_exchange"), "Exchange")
                        .text(CharterIds.textBlock("timeline"), "Q4")
                        .text(CharterIds.textBlock("measurement"), "Deals")
                        .text(CharterIds.textBlock("governance"), "Monthly")
                        .user(CharterIds.OUR_SIGNER_BLOCK, "U1")
                        .user(CharterIds.PARTNER_SIGNER_BLOCK, "U9")
                        .json());
        app.slack.awaitCall("chat.postMessage", WAIT);
        return app.partnerships().findByName("T0STUB", name).orElseThrow().id();
    }
}
