package com.partnerbot.slack.history;

import com.partnerbot.history.History;
import com.partnerbot.partnerships.PartnershipStatus;
import com.partnerbot.partnerships.StatusService;
import com.partnerbot.slack.commands.Subcommand;
import com.partnerbot.slack.render.StatusRenderer;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** {@code /partner history NAME}: the first page of the partnership's record, only for the person who asked. */
final class HistorySubcommand implements Subcommand {
    private final StatusService partnerships;
    private final History history;
    private final HistoryRenderer renderer;

    HistorySubcommand(StatusService partnerships, History history, HistoryRenderer renderer) {
        this.partnerships = partnerships;
        this.history = history;
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
        return "Everything recorded for a partnership, newest first: assessments and what changed, charter versions,"
                + " signatures, ticks, phases and gates, reminders, activity.";
    }

    @Override
    public String example() {
        return "/partner history Acme Cloud";
    }

    @Override
    public Response handle(String args, SlashCommandRequest req, SlashCommandContext ctx) {
        if (args.isBlank()) {
            return ctx.ack(r -> r.responseType("ephemeral").text("Which partnership? Usage: `" + example() + "`"));
        }
        PartnershipStatus status = partnerships.status(ctx.getTeamId(), args);
        if (status instanceof PartnershipStatus.Unknown unknown) {
            return ctx.ack(r -> r.responseType("ephemeral")
                    .text(StatusRenderer.unknownNameText(args))
                    .blocks(StatusRenderer.unknownNameToStart(name(), args, unknown.suggestions())));
        }
        var p = ((PartnershipStatus.Found) status).partnership();
        var page = history.page(ctx.getTeamId(), p.id(), 0, HistoryRenderer.PAGE_SIZE);
        return ctx.ack(r ->
                r.responseType("ephemeral").text(renderer.fallback(p, page)).blocks(renderer.render(p, page)));
    }
}
