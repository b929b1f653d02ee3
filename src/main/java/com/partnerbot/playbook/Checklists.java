package com.partnerbot.playbook;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Framework 11: the checklists before starting and before launching a partnership, and any a team adds under its
 * own key (e.g. {@code before_renewal}).
 */
public record Checklists(
        List<ChecklistItem> beforeStarting,
        List<ChecklistItem> beforeLaunching,
        @JsonAnySetter Map<String, List<ChecklistItem>> others) {
    public static final String BEFORE_STARTING = "before_starting";
    public static final String BEFORE_LAUNCHING = "before_launching";

    public Checklists {
        beforeStarting = Copies.list(beforeStarting);
        beforeLaunching = Copies.list(beforeLaunching);
        Map<String, List<ChecklistItem>> copied = new LinkedHashMap<>();
        if (others != null) {
            others.forEach((key, items) -> copied.put(key, Copies.list(items)));
        }
        others = Copies.map(copied);
    }

    public Checklists(List<ChecklistItem> beforeStarting, List<ChecklistItem> beforeLaunching) {
        this(beforeStarting, beforeLaunching, Map.of());
    }

    /** Every checklist by its key, the two of the source first, then the team's own in file order. */
    public Map<String, List<ChecklistItem>> all() {
        Map<String, List<ChecklistItem>> all = new LinkedHashMap<>();
        all.put(BEFORE_STARTING, beforeStarting);
        all.put(BEFORE_LAUNCHING, beforeLaunching);
        all.putAll(others);
        return all;
    }

    /** A checklist's title from its key: {@code before_launching} is "Before launching". */
    public static String title(String key) {
        String words = key.replace('_', ' ').strip();
        return words.isEmpty() ? key : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
