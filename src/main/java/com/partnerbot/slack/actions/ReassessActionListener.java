package com.partnerbot.slack.actions;

import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.slack.questionnaire.QuestionnaireOpener;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Optional;

/** The Re-assess button under a verdict: opens the questionnaire for that partnership, prefilled. */
public final class ReassessActionListener implements BlockActionHandler {
    private final PartnershipService partnerships;
    private final QuestionnaireOpener opener;

    public ReassessActionListener(PartnershipService partnerships, QuestionnaireOpener opener) {
        this.partnerships = partnerships;
        this.opener = opener;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) throws IOException, SlackApiException {
        var p = req.getPayload();
        String partnershipId = p.getActions().get(0).getValue();
        var partnership = partnerships.findById(ctx.getTeamId(), partnershipId);
        String userId = p.getUser().getId();
        if (partnership.isEmpty()) {
            ctx.respond(
                    r -> r.responseType("ephemeral").replaceOriginal(false).text("That partnership no longer exists."));
            return ctx.ack();
        }
        String channelId = p.getChannel() == null ? null : p.getChannel().getId();
        Optional<String> error = opener.openReassessment(
                new QuestionnaireOpener.Opening(
                        ctx.client(),
                        p.getTriggerId(),
                        ctx.getTeamId(),
                        userId,
                        channelId,
                        Optional.ofNullable(p.getResponseUrl())),
                partnership.get());
        error.ifPresent(e -> ctx.logger.warn("views.open for Re-assess failed: {}", e));
        return ctx.ack();
    }
}
