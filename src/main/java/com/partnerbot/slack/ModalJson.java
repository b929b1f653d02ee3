package com.partnerbot.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * A modal's {@code private_metadata} as JSON: what a form carries from opening to submission. What cannot be read
 * (empty, another form's, tampered with) is empty, never an exception.
 */
public final class ModalJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModalJson() {}

    public static String encode(Object metadata) {
        try {
            return JSON.writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> Optional<T> decode(String raw, Class<T> type) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readValue(raw, type));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
