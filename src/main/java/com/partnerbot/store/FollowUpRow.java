package com.partnerbot.store;

import java.time.LocalDate;

/** One follow-up of a partnership: what to do, when, and whether it was sent. */
public record FollowUpRow(
        String teamId,
        String id,
        String partnershipId,
        String assessmentId,
        String key,
        String label,
        LocalDate due,
        String status) {
    public static final String SCHEDULED = "scheduled";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";
}
