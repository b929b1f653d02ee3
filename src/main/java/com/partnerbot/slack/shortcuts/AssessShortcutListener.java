package com.partnerbot.slack.shortcuts;

import com.partnerbot.slack.questionnaire.QuestionnaireOpener;
import com.slack.api.bolt.context.builtin.GlobalShortcutContext;
import com.slack.api.bolt.handler.builtin.GlobalShortcutHandler;
import com.slack.api.bolt.request.builtin.GlobalShortcutRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Optional;

/** The global shortcut "Assess a partnership": the same questionnaire as {@code /partner new}, from anywhere. */
public final class AssessShortcutListener implements GlobalShortcutHandler {
    private final QuestionnaireOpener opener;

    public AssessShortcutListener(QuestionnaireOpener opener) {
        this.opener = opener;
    }

    @Override
    public Response apply(GlobalShortcutRequest req, GlobalShortcutContext ctx) throws IOException, SlackApiException {
        var p = req.getPayload();
        Optional<String> error = opener.openBlank(QuestionnaireOpener.Opening.of(
                ctx.client(), p.getTriggerId(), ctx.getTeamId(), p.getUser().getId()));
        error.ifPresent(e -> ctx.logger.warn("views.open for the shortcut failed: {}", e));
        return ctx.ack();
    }
}
