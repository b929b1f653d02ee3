package com.partnerbot.frameworks;

import java.util.Map;

/**
 * The answers of the qualification questionnaire: commitment kind ids and notes per side, the partner's answer to
 * "if we don't do this partnership, what happens to you?" ({@code dependency}, one of the playbook's answer ids,
 * with {@code dependencyAnswer} as its note), value per side id, the leverage type id, the tier tree's answers by
 * node id, and the exit criteria.
 */
public record AssessmentAnswers(
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
    public AssessmentAnswers {
        valueBySide = valueBySide == null ? Map.of() : Map.copyOf(valueBySide);
        tierAnswers = tierAnswers == null ? Map.of() : Map.copyOf(tierAnswers);
    }

    /** Answers without a chosen dependency answer, only its note. */
    public AssessmentAnswers(
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
}
