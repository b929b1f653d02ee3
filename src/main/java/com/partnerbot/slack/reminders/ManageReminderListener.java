package com.partnerbot.slack.reminders;

import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.reminders.ReminderPreviews;
import com.partnerbot.reminders.ReminderPreviews.Action;
import com.partnerbot.reminders.ReminderPreviews.Outcome;
import com.partnerbot.slack.render.Text;
import com.partnerbot.store.Partnership;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.io.IOException;
import java.util.Optional;

/**
 * A choice in a reminder's menu in {@code /partner reminders}: the owner snoozes or cancels it, and the private list
 * is replaced by the updated one (through the response URL); anyone else is told privately who can, and the list
 * stays as it is.
 */
final class ManageReminderListener implements BlockActionHandler {
    private final PartnershipService partnerships;
    private final ReminderPreviews previews;
    private final ReminderPreview renderer;

    ManageReminderListener(PartnershipService partnerships, ReminderPreviews previews, ReminderPreview renderer) {
        this.partnerships = partnerships;
        this.previews = previews;
        this.renderer = renderer;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) throws IOException {
        var action = req.getPayload().getActions().get(0);
        Optional<ManageChoice> choice = ManageChoice.decode(
                action.getSelectedOption() == null
                        ? null
                        : action.getSelectedOption().getValue());
        if (choice.isEmpty()) {
            return ctx.ack();
        }
        String team = ctx.getTeamId();
        String user = req.getPayload().getUser().getId();
        Outcome outcome =
                previews.manage(team, choice.get().reminderId(), choice.get().action(), user);
        if (outcome instanceof Outcome.NotOwner notOwner) {
            Partnership p = notOwner.partnership();
            ctx.respond(r -> r.responseType("ephemeral")
                    .replaceOriginal(false)
                    .text("Only <@" + p.ownerUserId() + ">, the owner of " + Text.escape(p.name())
                            + ", can snooze or cancel its reminders. Nothing changed."));
            return ctx.ack();
        }
        String note;
        if (outcome instanceof Outcome.Changed changed) {
            note = changed(changed);
        } else if (outcome instanceof Outcome.Unchanged unchanged) {
            note = "That reminder was already "
                    + Text.escape(unchanged.reminder().status().replace('_', ' '))
                    + ", so nothing changed. Here is the list as it is now.";
        } else {
            note = "That reminder no longer exists. Here is the list as it is now.";
        }
        Optional<Partnership> scope = choice.get().scopeId().flatMap(id -> partnerships.findById(team, id));
        var preview = previews.preview(team, scope, ReminderPreview.LIMIT);
        ctx.respond(r -> r.responseType("ephemeral")
                .replaceOriginal(true)
                .text(renderer.fallback(preview))
                .blocks(renderer.render(preview, Optional.of(note))));
        return ctx.ack();
    }

    private static String changed(Outcome.Changed changed) {
        var r = changed.reminder();
        return changed.action() == Action.CANCEL
                ? "Cancelled: " + Text.escape(r.label()) + " will not be posted."
                : "Snoozed: " + Text.escape(r.label()) + " is now due " + ReminderPreview.when(r) + ".";
    }
}
