package com.partnerbot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One reminder of a partnership as stored: what scheduled it, when it is due (the local date, and the instant that
 * date's reminder time is in the partnership's time zone), and how it ended.
 */
public record ReminderRow(
        String teamId,
        String id,
        String partnershipId,
        String kind,
        String source,
        Optional<String> sourceId,
        String key,
        String label,
        LocalDate dueDate,
        Instant dueAt,
        String timeZone,
        Optional<Instant> expiresAt,
        String status,
        Optional<String> reason,
        int sends,
        Optional<String> outboxId,
        Optional<String> endedBy,
        Optional<Instant> endedAt) {
    public static final String SCHEDULED = "scheduled";
    public static final String SENT = "sent";
    public static final String DONE = "done";
    public static final String NOT_APPLICABLE = "not_applicable";
    public static final String MISSED = "missed";
    public static final String CANCELLED = "cancelled";
    public static final String FAILED = "failed";

    /** This reminder as the sweep marks it: sent once more. */
    public ReminderRow sent() {
        return new ReminderRow(
                teamId,
                id,
                partnershipId,
                kind,
                source,
                sourceId,
                key,
                label,
                dueDate,
                dueAt,
                timeZone,
                expiresAt,
                SENT,
                reason,
                sends + 1,
                outboxId,
                endedBy,
                endedAt);
    }

    public boolean scheduled() {
        return SCHEDULED.equals(status);
    }

    /** The living message this reminder's current post is: a snoozed reminder posts a new one when it is due again. */
    public String messageKey() {
        return "reminder:" + id + ":" + sends;
    }
}
