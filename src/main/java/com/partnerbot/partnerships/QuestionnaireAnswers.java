package com.partnerbot.partnerships;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.partnerbot.frameworks.AssessmentAnswers;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every answer of the questionnaire: the partnership's basics and the qualification answers. Stored as JSON with
 * each assessment, and with a draft while the questionnaire is open. Any field may be null until answered.
 * {@code dependency} is the partner's answer to "what happens to you?" as one of the playbook's answer ids, and
 * {@code dependencyAnswer} its note; answers stored before it was a choice have only the note.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuestionnaireAnswers(
        String name,
        String channelId,
        String ownerUserId,
        String description,
        String ourCommitment,
        String ourCommitmentNote,
        String partnerCommitment,
        String partnerCommitmentNote,
        String dependencyAnswer,
        Map<String, String> valueBySide,
        String leverage,
        Map<String, String> tierAnswers,
        String exitCriteria,
        String dependency) {

    public QuestionnaireAnswers {
        valueBySide = valueBySide == null ? Map.of() : Map.copyOf(valueBySide);
        tierAnswers = tierAnswers == null ? Map.of() : Map.copyOf(tierAnswers);
    }

    /** Answers from before the partner's answer to "what happens to you?" was a choice: only its note. */
    public QuestionnaireAnswers(
            String name,
            String channelId,
            String ownerUserId,
            String description,
            String ourCommitment,
            String ourCommitmentNote,
            String partnerCommitment,
            String partnerCommitmentNote,
            String dependencyAnswer,
            Map<String, String> valueBySide,
            String leverage,
            Map<String, String> tierAnswers,
            String exitCriteria) {
        this(
                name,
                channelId,
                ownerUserId,
                description,
                ourCommitment,
                ourCommitmentNote,
                partnerCommitment,
                partnerCommitmentNote,
                dependencyAnswer,
                valueBySide,
                leverage,
                tierAnswers,
                exitCriteria,
                null);
    }

    public static QuestionnaireAnswers empty() {
        return new QuestionnaireAnswers(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public AssessmentAnswers toAssessmentAnswers() {
        return new AssessmentAnswers(
                ourCommitment,
                ourCommitmentNote,
                partnerCommitment,
                partnerCommitmentNote,
                dependencyAnswer,
                valueBySide,
                leverage,
                tierAnswers,
                exitCriteria,
                dependency);
    }

    public PartnershipDraft basics() {
        return new PartnershipDraft(name, channelId, ownerUserId, description);
    }

    public QuestionnaireAnswers withBasics(String name, String channelId, String ownerUserId, String description) {
        return toBuilder()
                .name(name)
                .channelId(channelId)
                .ownerUserId(ownerUserId)
                .description(description)
                .build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes some answers and keeps the rest: each questionnaire step fills its own fields. */
    public static final class Builder {
        private String name;
        private String channelId;
        private String ownerUserId;
        private String description;
        private String ourCommitment;
        private String ourCommitmentNote;
        private String partnerCommitment;
        private String partnerCommitmentNote;
        private String dependencyAnswer;
        private Map<String, String> valueBySide;
        private String leverage;
        private Map<String, String> tierAnswers;
        private String exitCriteria;
        private String dependency;

        private Builder(QuestionnaireAnswers a) {
            name = a.name;
            channelId = a.channelId;
            ownerUserId = a.ownerUserId;
            description = a.description;
            ourCommitment = a.ourCommitment;
            ourCommitmentNote = a.ourCommitmentNote;
            partnerCommitment = a.partnerCommitment;
            partnerCommitmentNote = a.partnerCommitmentNote;
            dependencyAnswer = a.dependencyAnswer;
            valueBySide = a.valueBySide;
            leverage = a.leverage;
            tierAnswers = a.tierAnswers;
            exitCriteria = a.exitCriteria;
            dependency = a.dependency;
        }

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder channelId(String v) {
            channelId = v;
            return this;
        }

        public Builder ownerUserId(String v) {
            ownerUserId = v;
            return this;
        }

        public Builder description(String v) {
            description = v;
            return this;
        }

        /** What each side would lose (commitment kind ids, with notes) and the partner's answer to question B. */
        public Builder qualification(
                String ours, String oursNote, String theirs, String theirsNote, String dependency) {
            ourCommitment = ours;
            ourCommitmentNote = oursNote;
            partnerCommitment = theirs;
            partnerCommitmentNote = theirsNote;
            dependencyAnswer = dependency;
            return this;
        }

        /** The partner's answer to "what happens to you?": one of the playbook's answer ids and a note. */
        public Builder dependency(String answerId, String note) {
            dependency = answerId;
            dependencyAnswer = note;
            return this;
        }

        public Builder valueBySide(Map<String, String> v) {
            valueBySide = v;
            return this;
        }

        public Builder leverage(String v) {
            leverage = v;
            return this;
        }

        public Builder tierAnswers(Map<String, String> v) {
            tierAnswers = v;
            return this;
        }

        public Builder exitCriteria(String v) {
            exitCriteria = v;
            return this;
        }

        public QuestionnaireAnswers build() {
            return new QuestionnaireAnswers(
                    name,
                    channelId,
                    ownerUserId,
                    description,
                    ourCommitment,
                    ourCommitmentNote,
                    partnerCommitment,
                    partnerCommitmentNote,
                    dependencyAnswer,
                    valueBySide,
                    leverage,
                    tierAnswers,
                    exitCriteria,
                    dependency);
        }
    }

    /** Value answers with blanks removed, so "missing" means missing whatever the form sent. */
    public static Map<String, String> nonBlank(Map<String, String> values) {
        Map<String, String> kept = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                kept.put(k, v.strip());
            }
        });
        return kept;
    }
}
