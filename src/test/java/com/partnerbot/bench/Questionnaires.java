package com.partnerbot.bench;

import com.partnerbot.e2e.RunningApp;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.testing.Payloads;
import java.util.Arrays;

/** What the benchmarks share: walking the questionnaire up to its last step, and reporting percentiles. */
final class Questionnaires {
    private Questionnaires() {}

    /** Opens the questionnaire and answers steps 1 to 4; returns the last step's private_metadata. */
    static String answerUpToTheLastStep(RunningApp app, String name) throws Exception {
        String metadata = open(app, name);
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

    /** Runs {@code /partner new NAME}; returns the opened modal's private_metadata. */
    static String open(RunningApp app, String name) {
        int opened = app.slack.calls("views.open").size();
        app.signed.postCommand(app.events, "/partner", "new " + name, "U1", "C1");
        return app.slack
                .calls("views.open")
                .get(opened)
                .args()
                .path("view")
                .path("private_metadata")
                .asText();
    }

    private static String step(RunningApp app, Payloads.ViewSubmission submission) throws Exception {
        var response = app.signed.postInteraction(app.events, submission.json());
        return app.json(response.body()).path("view").path("private_metadata").asText();
    }

    /** Prints p50, p99 and max of {@code micros} (sorted here) as one BENCHMARK line. */
    static void report(String what, long[] micros) {
        Arrays.sort(micros);
        int n = micros.length;
        System.out.printf(
                "BENCHMARK %s over %d runs: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                what, n, micros[n / 2] / 1000.0, micros[n * 99 / 100] / 1000.0, micros[n - 1] / 1000.0);
    }
}
