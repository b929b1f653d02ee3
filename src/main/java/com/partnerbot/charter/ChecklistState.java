package com.partnerbot.charter;

import com.partnerbot.playbook.ChecklistItem;
import java.util.List;
import java.util.Optional;

/** One checklist of a partnership: each item, whether it is done, and for items ticked by hand the last tick. */
public record ChecklistState(String id, String title, List<Line> lines) {
    public ChecklistState {
        lines = List.copyOf(lines);
    }

    /**
     * @param byHand the item has no condition: a person ticks it
     * @param lastTick the last tick or untick of an item ticked by hand
     */
    public record Line(ChecklistItem item, boolean done, boolean byHand, Optional<Tick> lastTick) {}

    public long done() {
        return lines.stream().filter(Line::done).count();
    }

    public int total() {
        return lines.size();
    }

    public List<Line> byHand() {
        return lines.stream().filter(Line::byHand).toList();
    }
}
