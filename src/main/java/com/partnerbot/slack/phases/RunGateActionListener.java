package com.partnerbot.slack.phases;

import com.partnerbot.phases.PhaseRun;
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
 * Run the gate, on a gate review or overdue reminder or in {@code /partner phase}: opens the gate form of the running
 * phase. A button of a phase already gated, or with no gate to run, answers privately with where the phases stand.
 */
final class RunGateActionListener implements BlockActionHandler {
    private final PhaseService phases;
    private final GateOpener opener;
    private final PhaseBlocks blocks;

    RunGateActionListener(PhaseService phases, GateOpener opener, PhaseBlocks blocks) {
        this.phases = phases;
        this.opener = opener;
        this.blocks = blocks;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) throws IOException, SlackApiException {
        var payload = req.getPayload();
        Optional<PhaseIds.GateTarget> target =
                PhaseIds.gateTarget(payload.getActions().get(0).getValue());
        if (target.isEmpty()) {
            return ctx.ack();
        }
        Optional<PhaseState> found = phases.state(ctx.getTeamId(), target.get().partnershipId());
        if (found.isEmpty()) {
            Replies.tell(ctx, payload, "This partnership no longer exists.");
            return ctx.ack();
        }
        PhaseState state = found.get();
        Optional<PhaseRun> gateable = state.gateable();
        Optional<String> clickedRun = target.get().runId();
        if (gateable.isEmpty()) {
            Replies.tell(ctx, payload, blocks.withNote(GateOpener.noGate(state), state));
            return ctx.ack();
        }
        if (clickedRun.isPresent() && !clickedRun.get().equals(gateable.get().id())) {
            Replies.tell(
                    ctx,
                    payload,
                    blocks.withNote(
                            "This button is for an earlier phase, whose gate was run already; nothing changed."
                                    + " Now "
                                    + Text.escape(gateable.get().phase().label()) + " is running:",
                            state));
            return ctx.ack();
        }
        Optional<String> error = opener.open(ctx.client(), payload.getTriggerId(), state);
        if (error.isPresent()) {
            ctx.logger.warn("views.open for the phase gate failed: {}", error.get());
            Replies.tell(
                    ctx, payload, "I couldn't open the gate (Slack said `" + error.get() + "`). Please click again.");
        }
        return ctx.ack();
    }
}
