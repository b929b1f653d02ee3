package com.partnerbot.charter;

import java.time.Instant;
import java.util.Map;

/** One version of a charter as kept: its texts, its two signatories, who wrote it and when. */
public record CharterVersion(
        String partnershipId,
        int version,
        Map<String, String> texts,
        String ourSignerUserId,
        Signatory partnerSigner,
        String writtenBy,
        Instant writtenAt) {
    public CharterVersion {
        texts = Map.copyOf(texts);
    }

    public String text(String id) {
        String value = texts.get(id);
        return value == null || value.isBlank() ? null : value;
    }

    public CharterDraft draft() {
        return new CharterDraft(texts, ourSignerUserId, partnerSigner);
    }
}
