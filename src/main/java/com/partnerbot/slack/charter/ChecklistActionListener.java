package com.partnerbot.slack.charter;

import com.partnerbot.charter.CharterService;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.io.IOException;

/** Checklist under the charter: the first checklist not yet done, with its checkboxes, for the person who asked. */
final class ChecklistActionListener implements BlockActionHandler {
    private final CharterService charters;
    private final ChecklistMessage checklist;
    private final Replies replies;

    ChecklistActionListener(CharterService charters, ChecklistMessage checklist, Replies replies) {
        this.charters = charters;
        this.checklist = checklist;
        this.replies = replies;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) throws IOException {
        var clicked = CharterIds.versioned(req.getPayload().getActions().get(0).getValue());
        var state = clicked.flatMap(c -> charters.state(ctx.getTeamId(), c.partnershipId()));
        if (state.isEmpty()) {
            replies.tell(ctx, "That partnership no longer exists.");
            return ctx.ack();
        }
        var list = ChecklistMessage.firstOpen(state.get());
        ctx.respond(r -> r.responseType("ephemeral")
                .replaceOriginal(false)
                .text(checklist.fallback(state.get(), list))
                .blocks(checklist.render(state.get(), list)));
        return ctx.ack();
    }
}
