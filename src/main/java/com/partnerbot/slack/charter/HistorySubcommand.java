package com.partnerbot.slack.charter;

import com.partnerbot.charter.CharterService;
import com.partnerbot.slack.commands.Subcommand;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** {@code /partner history NAME}: assessments, charter versions, signatures and ticks, newest first, paged. */
final class HistorySubcommand implements Subcommand {
    private final PartnershipLookup lookup;
    private final CharterService charters;
    private final HistoryRenderer renderer;

    HistorySubcommand(PartnershipLookup lookup, CharterService charters, HistoryRenderer renderer) {
        this.lookup = lookup;
        this.charters = charters;
        this.renderer = renderer;
    }

    @Override
    public String name() {
        return "history";
    }

    @Override
    public String usage() {
        return "history NAME";
    }

    @Override
    public String purpose() {
        return "Everything recorded for a partnership, newest first: assessments, charter versions, signatures, ticks.";
    }

    @Override
    public String example() {
        return "/partner history Acme Cloud";
    }

    @Override
    public Response handle(String args, SlashCommandRequest req, SlashCommandContext ctx) {
        PartnershipLookup.Found found = lookup.find(ctx.getTeamId(), name(), example(), args);
        if (found.state().isEmpty()) {
            return found.answer(ctx);
        }
        var p = found.state().get().partnership();
        var page = renderer.page(charters.history(ctx.getTeamId(), p.id()), 0);
        return ctx.ack(r ->
                r.responseType("ephemeral").text(renderer.fallback(p, page)).blocks(renderer.render(p, page)));
    }
}
