package com.partnerbot.slack.phases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.partnerbot.slack.ModalJson;
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
    String encode() {
        return ModalJson.encode(this);
    }

    static Optional<PhaseMetadata> decode(String raw) {
        return ModalJson.decode(raw, PhaseMetadata.class).filter(m -> m.partnershipId() != null);
    }
}
