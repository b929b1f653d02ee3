package com.partnerbot.store;

/**
 * One partnership as {@code /partner export} reads it, in one row: the partnership, its latest assessment's outcome
 * columns, its current charter version and who signed it, its latest phase run, its latest gate, and its earliest
 * waiting reminder. Whatever it does not have yet is null. Times are epoch milliseconds; dates are local dates as
 * stored ({@code yyyy-mm-dd}).
 */
public record ExportRow(
        String partnershipId,
        String name,
        String channelId,
        String ownerUserId,
        String description,
        long createdAt,
        Integer assessments,
        Long assessedAt,
        String verdict,
        String tier,
        String investment,
        Integer charterVersion,
        Long usSignedAt,
        Long partnerSignedAt,
        String phaseRunId,
        String phaseId,
        String phaseSince,
        String gateRunId,
        String gateOutcomeId,
        String gateOutcome,
        String gateDate,
        String reminderDate,
        Long reminderAt,
        String reminderKind,
        String reminderLabel) {}
