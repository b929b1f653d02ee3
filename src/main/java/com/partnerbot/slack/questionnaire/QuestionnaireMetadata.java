package com.partnerbot.slack.questionnaire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * What the questionnaire modal carries in {@code private_metadata} (3,000 characters at most): the draft's id, the
 * step on screen, the partnership being re-assessed (none for a new one), and where to answer the person privately.
 * The answers themselves live in the draft row.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuestionnaireMetadata(
        @JsonProperty("draft") String draftId,
        @JsonProperty("step") Step step,
        @JsonProperty("partnership") String partnershipId,
        @JsonProperty("channel") String originChannelId,
        @JsonProperty("response_url") String responseUrl) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX = 3000;

    public boolean newPartnership() {
        return partnershipId == null;
    }

    public QuestionnaireMetadata at(Step next) {
        return new QuestionnaireMetadata(draftId, next, partnershipId, originChannelId, responseUrl);
    }

    public String encode() {
        try {
            String encoded = JSON.writeValueAsString(this);
            return encoded.length() <= MAX
                    ? encoded
                    : JSON.writeValueAsString(new QuestionnaireMetadata(draftId, step, partnershipId, null, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the metadata back; empty when it is missing or not ours (a forged or foreign view). */
    public static Optional<QuestionnaireMetadata> decode(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            QuestionnaireMetadata m = JSON.readValue(raw, QuestionnaireMetadata.class);
            return m.draftId() == null || m.step() == null ? Optional.empty() : Optional.of(m);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    public Optional<String> responseUrlIfAny() {
        return Optional.ofNullable(responseUrl).filter(u -> u.startsWith("https://") || u.startsWith("http://"));
    }
}
