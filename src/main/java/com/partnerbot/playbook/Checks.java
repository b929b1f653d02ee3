package com.partnerbot.playbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Collects validation issues so one run reports every mistake, not just the first. */
final class Checks {
    private final List<Issue> issues = new ArrayList<>();

    void add(String path, String message) {
        issues.add(new Issue(path, message));
    }

    List<Issue> issues() {
        return List.copyOf(issues);
    }

    /** True when the value is there; otherwise records "missing". */
    boolean present(String path, Object value) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        if (!present) {
            add(path, "missing");
        }
        return present;
    }

    /** Required text that Slack shows in a place with the given limit. */
    void text(String path, String value, int limit, String shownAs) {
        if (present(path, value)) {
            fits(path, value, limit, shownAs);
        }
    }

    /** Optional text: only its length is checked. */
    void fits(String path, String value, int limit, String shownAs) {
        if (value != null && value.length() > limit) {
            add(path, value.length() + " characters, but Slack shows at most " + limit + " in " + shownAs);
        }
    }

    /** A list Slack shows whole in one place, which holds at most {@code limit} entries. */
    void atMost(String path, List<?> list, int limit, String shownAs) {
        if (list.size() > limit) {
            add(path, list.size() + " entries, but " + shownAs + " holds at most " + limit);
        }
    }

    /** A required list with at least one entry. */
    boolean notEmpty(String path, List<?> list) {
        if (list.isEmpty()) {
            add(path, "missing or empty: needs at least one entry");
            return false;
        }
        return true;
    }

    /** Every entry of a list of plain texts is present and within the limit. */
    void texts(String path, List<String> values, int limit, String shownAs) {
        if (notEmpty(path, values)) {
            for (int i = 0; i < values.size(); i++) {
                text(path + "[" + i + "]", values.get(i), limit, shownAs);
            }
        }
    }

    /** Reports each id (or other key) seen before in the same list, pointing at the repeat. */
    <T> void unique(String listPath, List<T> items, Function<T, String> key, String field) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            String value = item == null ? null : key.apply(item);
            if (value == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(value, i);
            if (first != null) {
                add(
                        listPath + "[" + i + "]." + field,
                        "repeated " + field + " \"" + value + "\" (first used at " + listPath + "[" + first + "])");
            }
        }
    }

    /** False, with an issue, when a list entry is empty (a lone "-" in YAML). */
    boolean entry(String path, Object item) {
        if (item == null) {
            add(path, "empty entry");
            return false;
        }
        return true;
    }
}
