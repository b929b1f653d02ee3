package com.partnerbot.slack.commands;

import com.partnerbot.partnerships.StatusService;
import com.partnerbot.slack.render.StatusRenderer;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** {@code /partner status NAME}: the partnership's latest assessment, only for the person who asked. */
public final class StatusSubcommand implements Subcommand {
    private final StatusService statuses;
    private final StatusRenderer renderer;

    public StatusSubcommand(StatusService statuses, StatusRenderer renderer) {
        this.statuses = statuses;
        this.renderer = renderer;
    }

    @Override
    public String name() {
        return "status";
    }

    @Override
    public String usage() {
        return "status NAME";
    }

    @Override
    public String purpose() {
        return "The latest assessment of a partnership: verdict and why, tier, follow-ups, warnings, next step.";
    }

    @Override
    public String example() {
        return "/partner status Acme Cloud";
    }

    @Override
    public Response handle(String args, SlashCommandRequest req, SlashCommandContext ctx) {
        if (args.isBlank()) {
            return ctx.ack(r -> r.responseType("ephemeral").text(StatusRenderer.usage()));
        }
        var status = statuses.status(ctx.getTeamId(), args);
        return ctx.ack(r -> r.responseType("ephemeral")
                .text(renderer.fallbackText(status, args))
                .blocks(renderer.render(status, args)));
    }
}
