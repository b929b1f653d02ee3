package com.partnerbot.slack.commands;

import com.partnerbot.partnerships.PartnershipStatus;
import com.partnerbot.partnerships.StatusService;
import com.partnerbot.slack.render.StatusRenderer;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/** {@code /partner status NAME}: the partnership's latest assessment, only for the person who asked. */
public final class StatusSubcommand implements Subcommand {
    private final StatusService statuses;
    private final StatusRenderer renderer;
    private final List<Addition> additions;

    /** What another feature adds to a status: facts that change its warnings, and blocks of its own at the end. */
    public interface Addition {
        PartnershipStatus refresh(String teamId, PartnershipStatus status);

        List<LayoutBlock> blocks(String teamId, PartnershipStatus status);
    }

    public StatusSubcommand(StatusService statuses, StatusRenderer renderer) {
        this(statuses, renderer, List.of());
    }

    public StatusSubcommand(StatusService statuses, StatusRenderer renderer, List<Addition> additions) {
        this.statuses = statuses;
        this.renderer = renderer;
        this.additions = List.copyOf(additions);
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
        PartnershipStatus found = statuses.status(ctx.getTeamId(), args);
        for (Addition addition : additions) {
            found = addition.refresh(ctx.getTeamId(), found);
        }
        var status = found;
        List<LayoutBlock> blocks = new ArrayList<>(renderer.render(status, args));
        for (Addition addition : additions) {
            blocks.addAll(addition.blocks(ctx.getTeamId(), status));
        }
        return ctx.ack(r -> r.responseType("ephemeral")
                .text(renderer.fallbackText(status, args))
                .blocks(blocks));
    }
}
