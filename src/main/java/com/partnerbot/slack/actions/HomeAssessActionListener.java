package com.partnerbot.slack.actions;

import com.partnerbot.partnerships.QuestionnaireAnswers;
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
        String userId = p.getUser().getId();
        Optional<String> error = opener.openNew(
                new QuestionnaireOpener.Opening(
                        ctx.client(), p.getTriggerId(), ctx.getTeamId(), userId, null, Optional.empty()),
                QuestionnaireAnswers.empty().withBasics(null, null, userId, null));
        error.ifPresent(e -> ctx.logger.warn("views.open from Home failed: {}", e));
        return ctx.ack();
    }
}
