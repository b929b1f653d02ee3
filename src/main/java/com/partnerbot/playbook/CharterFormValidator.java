package com.partnerbot.playbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what makes the charter's form and message: limits Slack can hold, facts that can prefill a section, and the
 * facts a field may record. The charter message has at most 50 blocks, so sections and their text are bounded.
 */
final class CharterFormValidator {
    /** Facts a section or field may start from: what the qualification recorded. */
    static final Set<String> PREFILLS = Set.of(
            FactField.VALUE_US.yamlName(),
            FactField.VALUE_PARTNER.yamlName(),
            FactField.VALUE_CUSTOMERS.yamlName(),
            FactField.OUR_COMMITMENT.yamlName(),
            FactField.PARTNER_COMMITMENT.yamlName(),
            FactField.EXIT_CRITERIA.yamlName(),
            FactField.DEPENDENCY_ANSWER.yamlName());

    /** Facts a charter field may record, and whether each is a date. */
    static final Map<String, Boolean> RECORDABLE = Map.of(
            FactField.EXIT_CRITERIA.yamlName(), false,
            FactField.INTEGRATION_PATHWAY.yamlName(), false,
            FactField.LAUNCH_OWNER_US.yamlName(), false,
            FactField.LAUNCH_OWNER_PARTNER.yamlName(), false,
            FactField.SUCCESS_MEASURES.yamlName(), false,
            FactField.LAUNCH_DATE.yamlName(), true);

    static final int MAX_SECTIONS = 10;
    static final int MAX_FIELDS = 5;
    /** All the charter's texts together: each 3,000 characters is one more block of the message. */
    static final int MAX_TOTAL_LENGTH = 24_000;

    private final Checks checks;
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> recorded = new HashMap<>();
    private int total;

    CharterFormValidator(Checks checks) {
        this.checks = checks;
    }

    void validate(List<CharterSection> sections) {
        checks.atMost("charter.sections", sections, MAX_SECTIONS, "the charter message");
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i) != null) {
                section("charter.sections[" + i + "]", sections.get(i));
            }
        }
        if (total > MAX_TOTAL_LENGTH) {
            checks.add(
                    "charter.sections",
                    "max_length adds up to " + total + " characters, but one charter message holds at most "
                            + MAX_TOTAL_LENGTH);
        }
    }

    private void section(String path, CharterSection section) {
        id(path + ".id", section.id());
        length(path + ".max_length", section.limit());
        prefill(path + ".prefill", section.prefill());
        checks.atMost(path + ".fields", section.fields(), MAX_FIELDS, "a section");
        for (int i = 0; i < section.fields().size(); i++) {
            String at = path + ".fields[" + i + "]";
            CharterField field = section.fields().get(i);
            if (!checks.entry(at, field)) {
                continue;
            }
            if (field.id() == null || field.id().isBlank()) {
                // A field without an id has no block to answer in: the form could not be read back.
                checks.add(at + ".id", "missing");
            } else {
                id(at + ".id", field.id());
            }
            checks.text(at + ".label", field.label(), SlackLimits.INPUT_LABEL, "an input label");
            boolean date = CharterField.DATE.equals(field.kind());
            if (!date && !CharterField.TEXT.equals(field.kind())) {
                checks.add(at + ".type", "type \"" + field.kind() + "\" is not text or date");
            }
            if (!date) {
                length(at + ".max_length", field.limit());
            }
            prefill(at + ".prefill", field.prefill());
            if (field.records() != null) {
                Boolean isDate = RECORDABLE.get(field.records());
                if (isDate == null) {
                    checks.add(
                            at + ".records",
                            "a charter field cannot record \"" + field.records() + "\"; it may record "
                                    + String.join(
                                            ", ",
                                            RECORDABLE.keySet().stream()
                                                    .sorted()
                                                    .toList()));
                } else if (isDate != date) {
                    checks.add(
                            at + ".records", field.records() + " needs a field of type " + (isDate ? "date" : "text"));
                } else {
                    String first = recorded.putIfAbsent(field.records(), at);
                    if (first != null) {
                        checks.add(at + ".records", field.records() + " is already recorded by " + first);
                    }
                }
            }
        }
    }

    private void id(String path, String id) {
        if (id == null) {
            return;
        }
        checks.fits(path, id, SlackLimits.ID, "an id");
        // Named by its entry, as every other repeated id is: "(first used at charter.sections[1])".
        String entry = path.endsWith(".id") ? path.substring(0, path.length() - ".id".length()) : path;
        String first = ids.putIfAbsent(id, entry);
        if (first != null && !first.equals(entry)) {
            checks.add(path, "repeated id \"" + id + "\" (first used at " + first + "); sections and fields share ids");
        }
    }

    private void length(String path, int limit) {
        if (limit < 1 || limit > SlackLimits.SECTION_TEXT) {
            checks.add(path, limit + " is not between 1 and " + SlackLimits.SECTION_TEXT + " (a text input's limit)");
        } else {
            total += limit;
        }
    }

    private void prefill(String path, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (!PREFILLS.contains(names.get(i))) {
                checks.add(
                        path + "[" + i + "]",
                        "cannot prefill from \"" + names.get(i) + "\"; use "
                                + String.join(", ", PREFILLS.stream().sorted().toList()));
            }
        }
    }
}
