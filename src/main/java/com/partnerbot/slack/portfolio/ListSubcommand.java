package com.partnerbot.slack.portfolio;

import com.partnerbot.playbook.Playbook;
import com.partnerbot.portfolio.ListArguments;
import com.partnerbot.portfolio.Portfolio;
import com.partnerbot.portfolio.PortfolioQuery;
import com.partnerbot.slack.commands.Subcommand;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/**
 * {@code /partner list [FILTER] [sort:ORDER]}: the first page of the workspace's partnerships that match, in that
 * order, only for the person who asked. Words that are neither get a private answer saying what is valid.
 */
final class ListSubcommand implements Subcommand {
    private final Portfolio portfolio;
    private final Playbook playbook;
    private final ListRenderer renderer;

    ListSubcommand(Portfolio portfolio, Playbook playbook, ListRenderer renderer) {
        this.portfolio = portfolio;
        this.playbook = playbook;
        this.renderer = renderer;
    }

    @Override
    public String name() {
        return "list";
    }

    @Override
    public String usage() {
        return "list [all | mine | attention | tier NAME | phase NAME] [sort:name | sort:assessed | sort:reminder]";
    }

    @Override
    public String purpose() {
        return "This workspace's partnerships, ten a page: verdict, tier, phase, owner, channel, when each was last"
                + " assessed, its next reminder and what needs attention; all, yours, those that need attention, one"
                + " tier or one phase, by name, last assessed or next reminder.";
    }

    @Override
    public String example() {
        return "/partner list attention sort:reminder";
    }

    @Override
    public Response handle(String args, SlashCommandRequest req, SlashCommandContext ctx) {
        ListArguments.Result parsed = ListArguments.parse(args, playbook);
        if (parsed instanceof ListArguments.Result.Invalid invalid) {
            return ctx.ack(r -> r.responseType("ephemeral")
                    .text(renderer.invalidText(invalid))
                    .blocks(renderer.invalid(invalid)));
        }
        ListArguments wanted = ((ListArguments.Result.Read) parsed).arguments();
        var page = portfolio.page(new PortfolioQuery(
                ctx.getTeamId(), req.getPayload().getUserId(), wanted.filter(), wanted.sort(), 0, Portfolio.PAGE_SIZE));
        return ctx.ack(r ->
                r.responseType("ephemeral").text(renderer.fallbackText(page)).blocks(renderer.render(page)));
    }
}
