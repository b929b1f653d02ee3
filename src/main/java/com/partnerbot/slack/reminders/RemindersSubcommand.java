package com.partnerbot.slack.reminders;

import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.reminders.ReminderPreviews;
import com.partnerbot.slack.commands.Subcommand;
import com.partnerbot.slack.render.StatusRenderer;
import com.partnerbot.slack.render.Text;
import com.partnerbot.store.Partnership;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.Optional;

/** {@code /partner reminders [NAME]}: what is coming, for the workspace or one partnership, privately. */
final class RemindersSubcommand implements Subcommand {
    private final PartnershipService partnerships;
    private final ReminderPreviews previews;
    private final ReminderPreview renderer;

    RemindersSubcommand(PartnershipService partnerships, ReminderPreviews previews, ReminderPreview renderer) {
        this.partnerships = partnerships;
        this.previews = previews;
        this.renderer = renderer;
    }

    @Override
    public String name() {
        return "reminders";
    }

    @Override
    public String usage() {
        return "reminders [NAME]";
    }

    @Override
    public String purpose() {
        return "What reminders are coming, and when in your time zone, for the workspace or one partnership; its owner"
                + " can snooze or cancel each. Reminders that could not be posted are listed with why.";
    }

    @Override
    public String example() {
        return "/partner reminders Acme Cloud";
    }

    @Override
    public Response handle(String args, SlashCommandRequest req, SlashCommandContext ctx) {
        String team = ctx.getTeamId();
        Optional<Partnership> scope = Optional.empty();
        if (!args.isBlank()) {
            scope = partnerships.findByName(team, args);
            if (scope.isEmpty()) {
                var blocks = StatusRenderer.unknownName(name(), args, partnerships.suggestions(team, args));
                return ctx.ack(r -> r.responseType("ephemeral")
                        .text("No partnership named " + Text.escape(Text.clip(args, 100)))
                        .blocks(blocks));
            }
        }
        var preview = previews.preview(team, scope, ReminderPreview.LIMIT);
        return ctx.ack(r -> r.responseType("ephemeral")
                .text(renderer.fallback(preview))
                .blocks(renderer.render(preview, Optional.empty())));
    }
}
