package com.partnerbot.playbook;

import java.util.List;

/** Framework 11: the checklists before starting and before launching a partnership. */
public record Checklists(List<ChecklistItem> beforeStarting, List<ChecklistItem> beforeLaunching) {
    public Checklists {
        beforeStarting = Copies.list(beforeStarting);
        beforeLaunching = Copies.list(beforeLaunching);
    }
}
