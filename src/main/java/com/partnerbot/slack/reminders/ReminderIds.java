package com.partnerbot.slack.reminders;

/** The callback, block and action ids of reminders, the launch plan and recorded activity. */
public final class ReminderIds {
    private ReminderIds() {}

    public static final String DONE_ACTION = "reminder_done";
    public static final String NOT_APPLICABLE_ACTION = "reminder_not_applicable";
    public static final String SNOOZE_DAY_ACTION = "reminder_snooze_day";
    public static final String SNOOZE_WEEK_ACTION = "reminder_snooze_week";
    public static final String CANCEL_ACTION = "reminder_cancel";
    public static final String TICK_ACTION = "reminder_tick";
    public static final String LOG_ACTIVITY_ACTION = "activity_log";
    /** The overflow menu of a reminder in {@code /partner reminders}: snooze or cancel it. */
    public static final String MANAGE_ACTION = "reminder_manage";

    public static final String ACTIONS_BLOCK = "reminder_actions";
    private static final String ITEMS_BLOCK_PREFIX = "reminder_items:";

    /** The checkboxes of a reminder's items {@code from} onwards (at most ten to a group). */
    public static String itemsBlock(String reminderId, int from) {
        return ITEMS_BLOCK_PREFIX + reminderId + ":" + from;
    }

    /** A checkbox group of a reminder's items: the reminder, and the index of the group's first item. */
    public record ItemGroup(String reminderId, int from) {}

    public static java.util.Optional<ItemGroup> itemGroup(String blockId) {
        if (blockId == null || !blockId.startsWith(ITEMS_BLOCK_PREFIX)) {
            return java.util.Optional.empty();
        }
        String rest = blockId.substring(ITEMS_BLOCK_PREFIX.length());
        int colon = rest.lastIndexOf(':');
        if (colon <= 0) {
            return java.util.Optional.empty();
        }
        try {
            int from = Integer.parseInt(rest.substring(colon + 1));
            return from < 0
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(new ItemGroup(rest.substring(0, colon), from));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** The block of one waiting reminder in {@code /partner reminders}, followed by the reminder's id. */
    public static final String PREVIEW_BLOCK_PREFIX = "reminder_preview:";
    /** The block of one reminder in {@code /partner reminders} that could not be posted, followed by its id. */
    public static final String PREVIEW_FAILED_BLOCK_PREFIX = "reminder_failed:";
}
