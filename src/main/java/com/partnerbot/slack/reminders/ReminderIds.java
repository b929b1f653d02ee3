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

    public static final String ACTIVITY_VIEW = "activity";
    public static final String ACTIVITY_BLOCK = "activity_note";
    public static final String LAUNCH_VIEW = "launch_plan";

    /** The checkboxes of items {@code from} onwards (at most ten to a group). */
    public static String itemsBlock(int from) {
        return ITEMS_BLOCK_PREFIX + from;
    }

    /** The first item of a checkbox group's block id; -1 when it is not one. */
    public static int itemsFrom(String blockId) {
        if (blockId == null || !blockId.startsWith(ITEMS_BLOCK_PREFIX)) {
            return -1;
        }
        try {
            return Integer.parseInt(blockId.substring(ITEMS_BLOCK_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The block of one waiting reminder in {@code /partner reminders}, followed by the reminder's id. */
    public static final String PREVIEW_BLOCK_PREFIX = "reminder_preview:";
    /** The block of one reminder in {@code /partner reminders} that could not be posted, followed by its id. */
    public static final String PREVIEW_FAILED_BLOCK_PREFIX = "reminder_failed:";
}
