package com.partnerbot.slack.launch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.partnerbot.slack.ModalJson;
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
    String encode() {
        return ModalJson.encode(this);
    }

    static Optional<LaunchMetadata> decode(String raw) {
        return ModalJson.decode(raw, LaunchMetadata.class).filter(m -> m.partnershipId() != null);
    }
}
