package com.partnerbot.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.testing.Payloads;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Answers the questionnaire the way a person does: each step submitted as Slack sends it, with the modal's current
 * private_metadata; a {@code response_action: update} answer becomes the modal on screen.
 */
final class QuestionnaireDriver {
    private RunningApp app;
    private final String userId;
    private JsonNode view;
    private HttpResponse<String> last;

    QuestionnaireDriver(RunningApp app, String userId, JsonNode openedView) {
        this.app = app;
        this.userId = userId;
        this.view = openedView;
    }

    /** Runs {@code /partner TEXT} in channel C1 and takes the modal it opened. */
    static QuestionnaireDriver open(RunningApp app, String commandText) {
        int before = app.slack.calls("views.open").size();
        app.command(commandText, "U1", "C1");
        var opened = app.slack.calls("views.open");
        if (opened.size() != before + 1) {
            throw new AssertionError("no modal opened for /partner " + commandText);
        }
        return new QuestionnaireDriver(app, "U1", opened.get(before).args().get("view"));
    }

    /**
     * A whole questionnaire for a new partnership with plain answers for what a test does not look at: every value
     * side named, exit criteria written.
     */
    static QuestionnaireDriver assessNew(
            RunningApp app, String name, String channel, String ours, String theirs, String leverage, String selfServe)
            throws Exception {
        return open(app, "new " + name)
                .basics(name, channel, "U1")
                .qualification(ours, theirs, "x")
                .value("a", "b", "c")
                .leverageAndTier(leverage, Map.of("self_serve", selfServe))
                .exit("x");
    }

    JsonNode view() {
        return view;
    }

    /** The next steps reach {@code instance}: another process behind the same load balancer. */
    QuestionnaireDriver via(RunningApp instance) {
        this.app = instance;
        return this;
    }

    /** The modal on screen changed outside a submission (views.update after Back). */
    QuestionnaireDriver showing(JsonNode updatedView) {
        view = updatedView;
        return this;
    }

    HttpResponse<String> lastResponse() {
        return last;
    }

    JsonNode lastBody() throws Exception {
        return last.body().isEmpty() ? app.json("{}") : app.json(last.body());
    }

    String metadata() {
        return view.path("private_metadata").asText();
    }

    /** Submits the step on screen with the values {@code fill} adds. */
    QuestionnaireDriver submit(UnaryOperator<Payloads.ViewSubmission> fill) throws Exception {
        last = app.interaction(fill.apply(Payloads.viewSubmission(SlackIds.QUESTIONNAIRE_VIEW, metadata(), userId))
                .json());
        JsonNode body = lastBody();
        if ("update".equals(body.path("response_action").asText())) {
            view = body.get("view");
        }
        return this;
    }

    QuestionnaireDriver basics(String name, String channel, String owner) throws Exception {
        return submit(s -> s.text(SlackIds.NAME_BLOCK, name)
                .conversation(SlackIds.CHANNEL_BLOCK, channel)
                .user(SlackIds.OWNER_BLOCK, owner)
                .text(SlackIds.DESCRIPTION_BLOCK, "Joint offer for mid-market accounts"));
    }

    /** What each side would lose, and the partner's answer to "what happens to you?" as "they lose money". */
    QuestionnaireDriver qualification(String ours, String theirs, String dependency) throws Exception {
        return qualification(ours, theirs, "loses_money", dependency);
    }

    QuestionnaireDriver qualification(String ours, String theirs, String dependencyAnswer, String note)
            throws Exception {
        return submit(s -> s.option(SlackIds.OUR_KIND_BLOCK, ours)
                .text(SlackIds.OUR_NOTE_BLOCK, "our side: " + ours)
                .option(SlackIds.PARTNER_KIND_BLOCK, theirs)
                .text(SlackIds.PARTNER_NOTE_BLOCK, "their side: " + theirs)
                .option(SlackIds.DEPENDENCY_KIND_BLOCK, dependencyAnswer)
                .text(SlackIds.DEPENDENCY_BLOCK, note));
    }

    QuestionnaireDriver value(String us, String partner, String customers) throws Exception {
        return submit(s -> s.text(SlackIds.VALUE_BLOCK_PREFIX + "us", us)
                .text(SlackIds.VALUE_BLOCK_PREFIX + "partner", partner)
                .text(SlackIds.VALUE_BLOCK_PREFIX + "customers", customers));
    }

    QuestionnaireDriver leverageAndTier(String leverage, Map<String, String> tier) throws Exception {
        return submit(s -> {
            var filled = s.option(SlackIds.LEVERAGE_BLOCK, leverage);
            tier.forEach((node, answer) -> filled.option(SlackIds.TIER_BLOCK_PREFIX + node, answer));
            return filled;
        });
    }

    QuestionnaireDriver exit(String criteria) throws Exception {
        return submit(s -> s.text(SlackIds.EXIT_BLOCK, criteria));
    }
}
