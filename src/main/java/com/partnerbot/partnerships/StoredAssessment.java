package com.partnerbot.partnerships;

import java.time.Instant;

/** One assessment as kept: who answered, when, with which playbook, the answers and the conclusions. */
public record StoredAssessment(
        String id,
        String partnershipId,
        int seq,
        String playbookId,
        String playbookVersion,
        String answeredBy,
        Instant answeredAt,
        QuestionnaireAnswers answers,
        AssessmentSummary summary) {}
