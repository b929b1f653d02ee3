package com.partnerbot.slack.launch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * What the launch and activity forms carry in {@code private_metadata}: the partnership, the plan version the form
 * started from (0 for a first plan; a save another one overtook is refused), and for an activity the check-in it
 * answers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
record LaunchMetadata(
        @JsonProperty("partnership") String partnershipId,
        @JsonProperty("base") int baseVersion,
        @JsonProperty("check_in") String checkInId) {
    private static final ObjectMapper JSON = new ObjectMapper();

    String encode() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<LaunchMetadata> decode(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            LaunchMetadata m = JSON.readValue(raw, LaunchMetadata.class);
            return m.partnershipId() == null ? Optional.empty() : Optional.of(m);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
