package com.partnerbot.partnerships;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.partnerbot.frameworks.AssessmentAnswers;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every answer of the questionnaire: the partnership's basics and the qualification answers. Stored as JSON with
 * each assessment, and with a draft while the questionnaire is open. Any field may be null until answered.
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
        String exitCriteria) {

    public QuestionnaireAnswers {
        valueBySide = valueBySide == null ? Map.of() : Map.copyOf(valueBySide);
        tierAnswers = tierAnswers == null ? Map.of() : Map.copyOf(tierAnswers);
    }

    public static QuestionnaireAnswers empty() {
        return new QuestionnaireAnswers(null, null, null, null, null, null, null, null, null, null, null, null, null);
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
                exitCriteria);
    }

    public PartnershipDraft basics() {
        return new PartnershipDraft(name, channelId, ownerUserId, description);
    }

    public QuestionnaireAnswers withBasics(String name, String channelId, String ownerUserId, String description) {
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
                exitCriteria);
    }

    public QuestionnaireAnswers withQualification(
            String ourCommitment,
            String ourCommitmentNote,
            String partnerCommitment,
            String partnerCommitmentNote,
            String dependencyAnswer) {
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
                exitCriteria);
    }

    public QuestionnaireAnswers withValue(Map<String, String> valueBySide) {
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
                exitCriteria);
    }

    public QuestionnaireAnswers withLeverageAndTier(String leverage, Map<String, String> tierAnswers) {
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
                exitCriteria);
    }

    public QuestionnaireAnswers withExitCriteria(String exitCriteria) {
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
                exitCriteria);
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
