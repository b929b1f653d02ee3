package com.partnerbot.slack.commands;

import com.partnerbot.partnerships.AssessmentService;
import com.partnerbot.slack.render.PartnershipListRenderer;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** {@code /partner list}: the first page of the workspace's partnerships, only for the person who asked. */
public final class ListSubcommand implements Subcommand {
    private final AssessmentService assessments;
    private final PartnershipListRenderer renderer;

    public ListSubcommand(AssessmentService assessments, PartnershipListRenderer renderer) {
        this.assessments = assessments;
        this.renderer = renderer;
    }

    @Override
    public String name() {
        return "list";
    }

    @Override
    public String usage() {
        return "list";
    }

    @Override
    public String purpose() {
        return "This workspace's partnerships: verdict, tier, owner, channel and when each was last assessed.";
    }

    @Override
    public String example() {
        return "/partner list";
    }

    @Override
    public Response handle(String args, SlashCommandRequest req, SlashCommandContext ctx) {
        var page = renderer.page(assessments.overview(ctx.getTeamId()), 0);
        return ctx.ack(r ->
                r.responseType("ephemeral").text(renderer.fallbackText(page)).blocks(renderer.render(page)));
    }
}
