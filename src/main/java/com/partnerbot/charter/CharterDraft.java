package com.partnerbot.charter;

import java.util.Map;

/** A charter as a person submits it: the texts by section and field id, and the two signatories. */
public record CharterDraft(Map<String, String> texts, String ourSignerUserId, Signatory partnerSigner) {
    public CharterDraft {
        texts = texts == null ? Map.of() : Map.copyOf(texts);
    }

    /** The text of a section or field, stripped; null when blank. */
    public String text(String id) {
        String value = texts.get(id);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
