package com.partnerbot.slack.reminders;

import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.reminders.ReminderPreviews;
import com.partnerbot.slack.Feature;
import com.partnerbot.slack.Interactions;
import com.partnerbot.slack.commands.Subcommand;
import java.util.List;

/** {@code /partner reminders [NAME]} and the menu on each reminder it lists (snooze a day, a week, or cancel). */
public final class ReminderPreviewFeature implements Feature {
    private final RemindersSubcommand subcommand;
    private final ManageReminderListener manage;

    public ReminderPreviewFeature(PartnershipService partnerships, ReminderPreviews previews) {
        var renderer = new ReminderPreview();
        this.subcommand = new RemindersSubcommand(partnerships, previews, renderer);
        this.manage = new ManageReminderListener(partnerships, previews, renderer);
    }

    @Override
    public List<Subcommand> subcommands() {
        return List.of(subcommand);
    }

    @Override
    public void register(Interactions interactions) {
        interactions.blockAction(ReminderIds.MANAGE_ACTION, manage);
    }
}
