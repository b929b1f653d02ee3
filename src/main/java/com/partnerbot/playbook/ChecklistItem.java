package com.partnerbot.playbook;

import java.util.List;

/** A checklist line; when {@code doneWhen} is empty a person ticks it, otherwise the recorded facts decide. */
public record ChecklistItem(String id, String text, List<Condition> doneWhen) {
    public ChecklistItem {
        doneWhen = Copies.list(doneWhen);
    }
}
