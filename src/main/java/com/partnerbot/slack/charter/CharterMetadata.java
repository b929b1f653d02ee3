package com.partnerbot.slack.charter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * What the charter modals carry in {@code private_metadata}: the partnership, the version the form started from
 * (0 for a first charter), which is how a save that another one overtook is refused, and where to answer privately.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
record CharterMetadata(
        @JsonProperty("partnership") String partnershipId,
        @JsonProperty("base") int baseVersion,
        @JsonProperty("response_url") String responseUrl) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX = 3000;

    String encode() {
        try {
            String encoded = JSON.writeValueAsString(this);
            return encoded.length() <= MAX
                    ? encoded
                    : JSON.writeValueAsString(new CharterMetadata(partnershipId, baseVersion, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<CharterMetadata> decode(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            CharterMetadata m = JSON.readValue(raw, CharterMetadata.class);
            return m.partnershipId() == null ? Optional.empty() : Optional.of(m);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    CharterMetadata at(int version) {
        return new CharterMetadata(partnershipId, version, responseUrl);
    }
}
