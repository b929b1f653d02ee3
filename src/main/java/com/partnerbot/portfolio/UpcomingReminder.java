package com.partnerbot.portfolio;

import com.partnerbot.frameworks.ReminderKind;
import java.time.Instant;

/** A reminder waiting to be posted: its kind and label, when it is due, its partnership and that one's time zone. */
public record UpcomingReminder(
        String id,
        String partnershipId,
        String partnershipName,
        ReminderKind kind,
        String label,
        Instant dueAt,
        String timeZone) {}
