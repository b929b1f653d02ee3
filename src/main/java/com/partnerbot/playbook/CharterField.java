package com.partnerbot.playbook;

import java.util.List;

/**
 * A short answer inside a charter section. {@code records} names the partnership fact the answer becomes (e.g.
 * {@code launch_owner_us}), which is how the charter feeds the anti-patterns and checklists; {@code type} is
 * {@code text} or {@code date}; {@code prefill} names recorded facts to start from.
 */
public record CharterField(
        String id,
        String label,
        String type,
        Integer maxLength,
        Boolean optional,
        List<String> prefill,
        String records) {
    public static final String TEXT = "text";
    public static final String DATE = "date";
    public static final int DEFAULT_MAX_LENGTH = 500;

    public CharterField {
        prefill = Copies.list(prefill);
    }

    public String kind() {
        return type == null ? TEXT : type;
    }

    public int limit() {
        return maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
    }

    public boolean isOptional() {
        return optional == null || optional;
    }
}
