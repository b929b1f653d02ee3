package com.partnerbot.slack.charter;

import com.partnerbot.charter.CharterService;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Optional;

/** Edit under the charter: the form with the current version's text; saving it makes the next version. */
final class EditActionListener implements BlockActionHandler {
    private final CharterService charters;
    private final CharterOpener opener;
    private final Replies replies;

    EditActionListener(CharterService charters, CharterOpener opener, Replies replies) {
        this.charters = charters;
        this.opener = opener;
        this.replies = replies;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) throws IOException, SlackApiException {
        var p = req.getPayload();
        var clicked = CharterIds.versioned(p.getActions().get(0).getValue());
        var state = clicked.flatMap(c -> charters.state(ctx.getTeamId(), c.partnershipId()));
        if (state.isEmpty()) {
            replies.tell(ctx, "That partnership no longer exists.");
            return ctx.ack();
        }
        Optional<String> error =
                opener.open(ctx.client(), p.getTriggerId(), state.get(), Optional.ofNullable(p.getResponseUrl()));
        error.ifPresent(e -> ctx.logger.warn("views.open for Edit failed: {}", e));
        return ctx.ack();
    }
}
