package com.partnerbot.playbook;

import java.util.List;

/**
 * One charter section, e.g. Mutual Goals, with the question it answers and what it should contain. In the charter
 * form it is one text of at most {@code maxLength} characters, prefilled from the recorded facts named in {@code
 * prefill}, and followed by its {@code fields} (short answers such as each side's launch owner).
 */
public record CharterSection(
        String id,
        String title,
        String prompt,
        List<String> items,
        Integer maxLength,
        List<String> prefill,
        List<CharterField> fields) {
    /** A section's text when the playbook gives no limit: what one Slack text block holds. */
    public static final int DEFAULT_MAX_LENGTH = 3000;

    public CharterSection {
        items = Copies.list(items);
        prefill = Copies.list(prefill);
        fields = Copies.list(fields);
    }

    public int limit() {
        return maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
    }
}
