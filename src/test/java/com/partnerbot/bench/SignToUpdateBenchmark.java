package com.partnerbot.bench;

import com.partnerbot.e2e.RunningApp;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.charter.CharterIds;
import com.partnerbot.testing.Payloads;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
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
            Arrays.sort(micros);
            System.out.printf(
                    "BENCHMARK Sign click -> charter message updated over %d clicks: p50 %.2f ms, p99 %.2f ms, max %.2f"
                            + " ms%n",
                    MEASURED,
                    micros[MEASURED / 2] / 1000.0,
                    micros[MEASURED * 99 / 100] / 1000.0,
                    micros[MEASURED - 1] / 1000.0);
        }
    }

    /** A partnership assessed, its charter written and posted; returns the partnership's id. */
    private static String charterPosted(RunningApp app, String name) throws Exception {
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
                        .text(SlackIds.DEPENDENCY_BLOCK, "They lose certification"));
        metadata = step(
                app,
                Payloads.viewSubmission(SlackIds.QUESTIONNAIRE_VIEW, metadata, "U1")
                        .text(SlackIds.VALUE_BLOCK_PREFIX + "us", "Revenue")
                        .text(SlackIds.VALUE_BLOCK_PREFIX + "partner", "Certification")
                        .text(SlackIds.VALUE_BLOCK_PREFIX + "customers", "One stack"));
        metadata = step(
                app,
                Payloads.viewSubmission(SlackIds.QUESTIONNAIRE_VIEW, metadata, "U1")
                        .option(SlackIds.LEVERAGE_BLOCK, "requirement")
                        .option(SlackIds.TIER_BLOCK_PREFIX + "self_serve", "yes"));
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

    private static String step(RunningApp app, Payloads.ViewSubmission submission) throws Exception {
        var response = app.signed.postInteraction(app.events, submission.json());
        return app.json(response.body()).path("view").path("private_metadata").asText();
    }
}
