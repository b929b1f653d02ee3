package com.partnerbot.slack.reminders;

import com.partnerbot.reminders.ReminderPreviews.Action;
import java.util.Locale;
import java.util.Optional;

/**
 * One option of a reminder's overflow menu in {@code /partner reminders}: what to do, to which reminder, and which
 * list the menu was in (a partnership's, or the workspace's when empty), so the list shown after the change is the
 * same one. Encoded as {@code action:reminderId:partnershipId}, well under Slack's 150 characters for a value.
 */
record ManageChoice(Action action, String reminderId, Optional<String> scopeId) {

    String encode() {
        return action.name().toLowerCase(Locale.ROOT) + ":" + reminderId + ":" + scopeId.orElse("");
    }

    static Optional<ManageChoice> decode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split(":", -1);
        if (parts.length != 3 || parts[1].isEmpty()) {
            return Optional.empty();
        }
        try {
            Action action = Action.valueOf(parts[0].toUpperCase(Locale.ROOT));
            return Optional.of(
                    new ManageChoice(action, parts[1], parts[2].isEmpty() ? Optional.empty() : Optional.of(parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
