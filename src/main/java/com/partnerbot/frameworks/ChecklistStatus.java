package com.partnerbot.frameworks;

import com.partnerbot.playbook.ChecklistItem;

/** One checklist line and whether the partnership's data shows it done. */
public record ChecklistStatus(ChecklistItem item, State state) {
    /** {@code MANUAL} items have no condition: a person ticks them. */
    public enum State {
        DONE,
        OPEN,
        MANUAL
    }
}
