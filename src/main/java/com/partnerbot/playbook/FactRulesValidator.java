package com.partnerbot.playbook;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Checks the data-driven rules on a partnership's facts: anti-pattern detection and checklist conditions. */
final class FactRulesValidator {
    static final String KNOWN_FIELDS =
            Arrays.stream(FactField.values()).map(FactField::yamlName).collect(Collectors.joining(", "));

    private final Playbook playbook;
    private final Checks checks;

    FactRulesValidator(Playbook playbook, Checks checks) {
        this.playbook = playbook;
        this.checks = checks;
    }

    void validate() {
        antiPatterns();
        Checklists lists = playbook.checklists();
        if (checks.present("checklists", lists)) {
            checklist("checklists.before_starting", lists.beforeStarting());
            checklist("checklists.before_launching", lists.beforeLaunching());
            lists.others().forEach((key, items) -> {
                checks.fits("checklists." + key, key, SlackLimits.ID, "an id");
                checklist("checklists." + key, items);
            });
        }
    }

    private void antiPatterns() {
        List<AntiPattern> patterns = playbook.antiPatterns();
        checks.notEmpty("anti_patterns", patterns);
        checks.unique("anti_patterns", patterns, AntiPattern::id, "id");
        for (int i = 0; i < patterns.size(); i++) {
            String path = "anti_patterns[" + i + "]";
            AntiPattern pattern = patterns.get(i);
            if (!checks.entry(path, pattern)) {
                continue;
            }
            checks.present(path + ".id", pattern.id());
            checks.text(path + ".title", pattern.title(), SlackLimits.HEADER_TEXT, "a header");
            checks.fits(path + ".description", pattern.description(), SlackLimits.SECTION_TEXT, "a section");
            checks.text(path + ".reason", pattern.reason(), SlackLimits.SECTION_TEXT, "a section");
            conditions(path + ".detect", pattern.detect(), true);
        }
    }

    private void checklist(String path, List<ChecklistItem> items) {
        checks.notEmpty(path, items);
        checks.unique(path, items, ChecklistItem::id, "id");
        for (int i = 0; i < items.size(); i++) {
            String at = path + "[" + i + "]";
            ChecklistItem item = items.get(i);
            if (checks.entry(at, item)) {
                checks.present(at + ".id", item.id());
                checks.text(at + ".text", item.text(), SlackLimits.OPTION_TEXT, "a checkbox option");
                conditions(at + ".done_when", item.doneWhen(), false);
            }
        }
    }

    void conditions(String path, List<Condition> conditions, boolean required) {
        if (required) {
            checks.notEmpty(path, conditions);
        }
        for (int i = 0; i < conditions.size(); i++) {
            condition(path + "[" + i + "]", conditions.get(i));
        }
    }

    private void condition(String path, Condition condition) {
        if (!checks.entry(path, condition)) {
            return;
        }
        if (checks.present(path + ".field", condition.field())
                && FactField.byName(condition.field()).isEmpty()) {
            checks.add(path + ".field", "unknown field \"" + condition.field() + "\"; known fields: " + KNOWN_FIELDS);
        }
        if (condition.testCount() != 1) {
            checks.add(path, "set exactly one of is, in, above, below, contains_any");
            return;
        }
        if (condition.is() != null
                && !List.of(Condition.EMPTY, Condition.PRESENT).contains(condition.is())) {
            checks.add(path + ".is", "is \"" + condition.is() + "\": use empty or present");
        }
        limit(path + ".above", condition.above());
        limit(path + ".below", condition.below());
        if (condition.in() != null && condition.in().isEmpty()) {
            checks.add(path + ".in", "empty list");
        }
        if (condition.containsAny() != null && condition.containsAny().isEmpty()) {
            checks.add(path + ".contains_any", "empty list");
        }
    }

    private void limit(String path, String limit) {
        if (limit != null
                && !limit.equals(Condition.RECOMMENDED_MAX_TIERS)
                && !limit.strip().matches("-?\\d+")) {
            checks.add(path, "\"" + limit + "\" is not a whole number or " + Condition.RECOMMENDED_MAX_TIERS);
        }
    }
}
