package com.partnerbot.store;

import java.time.Instant;

/**
 * One stored assessment. {@code seq} counts a partnership's assessments from 1; {@code answersJson} and
 * {@code resultJson} hold the full answers and what the playbook concluded, so history reads the same even after
 * the playbook changes.
 */
public record AssessmentRow(
        String teamId,
        String id,
        String partnershipId,
        int seq,
        String playbookId,
        String playbookVersion,
        String answeredBy,
        Instant answeredAt,
        String verdict,
        String investment,
        String tier,
        String answersJson,
        String resultJson) {}
