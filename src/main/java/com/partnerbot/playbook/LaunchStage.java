package com.partnerbot.playbook;

import java.util.List;

/**
 * A launch stage placed in weeks around launch: week 1 is launch week, -6 is six weeks before it, 0 is not used.
 * {@code remindInChannel} asks for reminders in the partnership's channel: the stage on its first day, with its items,
 * and a check-in each later week of it.
 */
public record LaunchStage(
        String id, String label, int startWeek, int endWeek, boolean remindInChannel, List<String> items) {
    public LaunchStage {
        items = Copies.list(items);
    }
}
