package com.partnerbot.slack.phases;

import com.partnerbot.phases.PhaseService;
import com.partnerbot.phases.PhaseState;
import com.partnerbot.slack.render.Text;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Optional;

/**
 * Start Crawl, in {@code /partner phase}: opens the start form. When a phase is running already (someone started it
 * since the message was shown) the person is told privately where things stand.
 */
final class StartActionListener implements BlockActionHandler {
    private final PhaseService phases;
    private final PhaseModals modals;
    private final PhaseBlocks blocks;

    StartActionListener(PhaseService phases, PhaseModals modals, PhaseBlocks blocks) {
        this.phases = phases;
        this.modals = modals;
        this.blocks = blocks;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) throws IOException, SlackApiException {
        var payload = req.getPayload();
        String partnershipId = payload.getActions().get(0).getValue();
        Optional<PhaseState> found =
                partnershipId == null ? Optional.empty() : phases.state(ctx.getTeamId(), partnershipId);
        if (found.isEmpty()) {
            Replies.tell(ctx, payload, "This partnership no longer exists.");
            return ctx.ack();
        }
        PhaseState state = found.get();
        if (!state.canStart()) {
            Replies.tell(
                    ctx,
                    payload,
                    blocks.withNote(
                            Text.escape(state.current().orElseThrow().phase().label())
                                    + " is running already; nothing was started.",
                            state));
            return ctx.ack();
        }
        var opened = ctx.client()
                .viewsOpen(r -> r.triggerId(payload.getTriggerId()).view(modals.start(state, phases.first())));
        if (!opened.isOk()) {
            ctx.logger.warn("views.open for a phase start failed: {}", opened.getError());
            Replies.tell(
                    ctx,
                    payload,
                    "I couldn't open the form (Slack said `" + opened.getError() + "`). Please click again.");
        }
        return ctx.ack();
    }
}
