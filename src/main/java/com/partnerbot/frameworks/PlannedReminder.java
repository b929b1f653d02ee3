package com.partnerbot.frameworks;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A reminder a plan asks for: its kind, its key (unique within what scheduled it: the same key is the same
 * reminder when a plan is made again), what it says, the local date it is due and, when it stops being worth
 * posting, the local date from which it is missed instead.
 */
public record PlannedReminder(ReminderKind kind, String key, String label, LocalDate date, Optional<LocalDate> until) {
    public PlannedReminder {
        until = until == null ? Optional.empty() : until;
    }

    public static PlannedReminder on(ReminderKind kind, String key, String label, LocalDate date) {
        return new PlannedReminder(kind, key, label, date, Optional.empty());
    }
}
