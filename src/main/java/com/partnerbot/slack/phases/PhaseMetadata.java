package com.partnerbot.slack.phases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * What the phase forms carry in {@code private_metadata}: the partnership and, for a gate, the run of the phase it
 * gates, which is how a gate submitted after another closed the phase is told apart.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
record PhaseMetadata(
        @JsonProperty("partnership") String partnershipId,
        @JsonProperty("run") String runId) {
    private static final ObjectMapper JSON = new ObjectMapper();

    String encode() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<PhaseMetadata> decode(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            PhaseMetadata m = JSON.readValue(raw, PhaseMetadata.class);
            return m.partnershipId() == null ? Optional.empty() : Optional.of(m);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
