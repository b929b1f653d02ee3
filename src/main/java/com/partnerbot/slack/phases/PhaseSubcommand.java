package com.partnerbot.slack.phases;

import com.partnerbot.phases.PhaseState;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.commands.Subcommand;
import com.partnerbot.slack.render.Text;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** {@code /partner phase NAME}: where the partnership stands in crawl, walk, run, privately, with what to do next. */
final class PhaseSubcommand implements Subcommand {
    private final PhaseLookup lookup;
    private final PhaseBlocks blocks;

    PhaseSubcommand(PhaseLookup lookup, PhaseBlocks blocks) {
        this.lookup = lookup;
        this.blocks = blocks;
    }

    @Override
    public String name() {
        return "phase";
    }

    @Override
    public String usage() {
        return "phase NAME";
    }

    @Override
    public String purpose() {
        return "Crawl, walk or run: the partnership's current phase, its window, activities, go/no-go criteria and"
                + " success criteria, when its gate review is due and the gates so far; start Crawl or run the gate.";
    }

    @Override
    public String example() {
        return "/partner phase Acme Cloud";
    }

    @Override
    public Response handle(String args, SlashCommandRequest req, SlashCommandContext ctx) {
        PhaseLookup.Found found = lookup.find(ctx.getTeamId(), name(), example(), args);
        if (found.state().isEmpty()) {
            return found.answer(ctx);
        }
        PhaseState state = found.state().get();
        return ctx.ack(r -> r.responseType("ephemeral")
                .text(Text.escape(state.partnership().name()) + ": crawl, walk, run (" + SlackIds.COMMAND + " phase)")
                .blocks(blocks.state(state, true)));
    }
}
