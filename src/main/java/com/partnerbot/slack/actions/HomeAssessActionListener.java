package com.partnerbot.slack.actions;

import com.partnerbot.slack.questionnaire.QuestionnaireOpener;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Optional;

/** "Assess a partnership" on the Home tab: the questionnaire for a new partnership, owned by who pressed it. */
public final class HomeAssessActionListener implements BlockActionHandler {
    private final QuestionnaireOpener opener;

    public HomeAssessActionListener(QuestionnaireOpener opener) {
        this.opener = opener;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) throws IOException, SlackApiException {
        var p = req.getPayload();
        Optional<String> error = opener.openBlank(QuestionnaireOpener.Opening.of(
                ctx.client(), p.getTriggerId(), ctx.getTeamId(), p.getUser().getId()));
        error.ifPresent(e -> ctx.logger.warn("views.open from Home failed: {}", e));
        return ctx.ack();
    }
}
