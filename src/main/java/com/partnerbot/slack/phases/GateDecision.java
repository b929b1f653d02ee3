package com.partnerbot.slack.phases;

import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.commands.PartnershipDecision;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Optional;

/** {@code /partner decide phase-gate NAME}: the gate form of the partnership's running phase. */
final class GateDecision implements PartnershipDecision {
    private final PhaseLookup lookup;
    private final GateOpener opener;
    private final PhaseBlocks blocks;

    GateDecision(PhaseLookup lookup, GateOpener opener, PhaseBlocks blocks) {
        this.lookup = lookup;
        this.opener = opener;
        this.blocks = blocks;
    }

    @Override
    public String word() {
        return "phase-gate";
    }

    @Override
    public Response open(String name, SlashCommandRequest req, SlashCommandContext ctx)
            throws IOException, SlackApiException {
        String usage = SlackIds.COMMAND + " decide phase-gate NAME";
        PhaseLookup.Found found = lookup.find(ctx.getTeamId(), "decide phase-gate", usage, name);
        if (found.state().isEmpty()) {
            return found.answer(ctx);
        }
        var state = found.state().get();
        if (state.gateable().isEmpty()) {
            String why = GateOpener.noGate(state);
            return ctx.ack(r -> r.responseType("ephemeral").text(why).blocks(blocks.withNote(why, state)));
        }
        Optional<String> error = opener.open(ctx.client(), req.getPayload().getTriggerId(), state);
        if (error.isPresent()) {
            ctx.logger.warn("views.open for the phase gate failed: {}", error.get());
            return ctx.ack(r -> r.responseType("ephemeral")
                    .text("I couldn't open the gate (Slack said `" + error.get() + "`). Please run the command"
                            + " again."));
        }
        return ctx.ack();
    }
}
