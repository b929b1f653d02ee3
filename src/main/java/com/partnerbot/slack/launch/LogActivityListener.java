package com.partnerbot.slack.launch;

import com.partnerbot.launch.LaunchService;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;

/** Log activity, on a check-in, a stage or a ghosting warning: opens the one-line form at once. */
final class LogActivityListener implements BlockActionHandler {
    private final LaunchService launches;
    private final ActivityModal modal;

    LogActivityListener(LaunchService launches, ActivityModal modal) {
        this.launches = launches;
        this.modal = modal;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) throws IOException, SlackApiException {
        var payload = req.getPayload();
        String value = payload.getActions().get(0).getValue();
        if (value == null || value.isBlank()) {
            return ctx.ack();
        }
        int bar = value.indexOf('|');
        String partnershipId = bar < 0 ? value : value.substring(0, bar);
        String checkIn = bar < 0 ? null : value.substring(bar + 1);
        var state = launches.state(ctx.getTeamId(), partnershipId);
        if (state.isEmpty()) {
            ctx.respond(r ->
                    r.responseType("ephemeral").replaceOriginal(false).text("That partnership no longer" + " exists."));
            return ctx.ack();
        }
        var view = modal.render(state.get().partnership(), new LaunchMetadata(partnershipId, 0, checkIn));
        var opened =
                ctx.client().viewsOpen(r -> r.triggerId(payload.getTriggerId()).view(view));
        if (!opened.isOk()) {
            ctx.logger.warn("views.open for an activity failed: {}", opened.getError());
        }
        return ctx.ack();
    }
}
