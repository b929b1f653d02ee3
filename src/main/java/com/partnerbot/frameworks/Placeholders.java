package com.partnerbot.frameworks;

import com.partnerbot.playbook.Playbook;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The playbook's placeholder answers ("tbd", "n/a", "-"): an answer that is blank or one of them says nothing, so
 * it counts as not answered. Case and a final full stop or exclamation mark do not matter.
 */
public final class Placeholders {
    private final Set<String> words;

    public Placeholders(Playbook playbook) {
        this.words = playbook.placeholderAnswers().stream()
                .map(Placeholders::normal)
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** True when the answer is blank or a placeholder. */
    public boolean empty(String answer) {
        return Text.isBlank(answer) || words.contains(normal(answer));
    }

    /** The answer, or null when it says nothing. */
    public String orNull(String answer) {
        return empty(answer) ? null : answer;
    }

    private static String normal(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        int end = s.length();
        while (end > 1 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '!')) {
            end--;
        }
        return s.substring(0, end).strip();
    }
}
