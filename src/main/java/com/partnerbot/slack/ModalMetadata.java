package com.partnerbot.slack;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * What a modal remembers between opening and submission, kept in its {@code private_metadata} (3,000 characters
 * at most): where it was opened and the response URL to answer the person privately.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModalMetadata(
        @JsonProperty("channel") String originChannelId,
        @JsonProperty("response_url") String responseUrl) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX = 3000;

    public String encode() {
        try {
            String encoded = JSON.writeValueAsString(this);
            return encoded.length() <= MAX
                    ? encoded
                    : JSON.writeValueAsString(new ModalMetadata(originChannelId, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads metadata back; anything unreadable (a forged or foreign view) reads as empty. */
    public static ModalMetadata decode(String raw) {
        if (raw == null || raw.isBlank()) {
            return new ModalMetadata(null, null);
        }
        try {
            return JSON.readValue(raw, ModalMetadata.class);
        } catch (JsonProcessingException e) {
            return new ModalMetadata(null, null);
        }
    }

    public Optional<String> responseUrlIfAny() {
        return Optional.ofNullable(responseUrl).filter(u -> u.startsWith("https://") || u.startsWith("http://"));
    }
}
