package com.partnerbot.testing;

import com.partnerbot.outbox.Outbox;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.reminders.Reminders;
import com.partnerbot.slack.reminders.ReminderMessages;
import com.partnerbot.store.ReminderDao;
import com.partnerbot.store.ReminderRow;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The reminder store as tests use it: a sweep with the default playbook's messages, and what is waiting. */
public final class TestReminders {
    private TestReminders() {}

    public static Reminders reminders(Jdbi jdbi, Clock clock, Outbox outbox) {
        return new Reminders(
                jdbi,
                clock,
                outbox,
                new ReminderMessages(PlaybookLoader.loadDefault()),
                Reminders.ActivityListener.NONE);
    }

    /** Hands what is due at the clock's time to a fresh outbox that wakes nobody; returns how many. */
    public static int sweep(Jdbi jdbi, Clock clock) {
        return reminders(jdbi, clock, new Outbox(clock, () -> {})).sendDue();
    }

    /** A reminder as the store would hold it, due at 09:00 UTC on {@code date}. */
    public static ReminderRow row(String id, String partnershipId, String kind, String key, String label, String date) {
        java.time.LocalDate day = java.time.LocalDate.parse(date);
        return new ReminderRow(
                "T1",
                id,
                partnershipId,
                kind,
                "test",
                java.util.Optional.empty(),
                key,
                label,
                day,
                day.atTime(9, 0).toInstant(java.time.ZoneOffset.UTC),
                "UTC",
                java.util.Optional.empty(),
                ReminderRow.SENT,
                java.util.Optional.empty(),
                1,
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.empty());
    }

    public static List<ReminderRow> scheduled(Jdbi jdbi, String teamId, String partnershipId) {
        return jdbi.onDemand(ReminderDao.class).scheduled(teamId, partnershipId);
    }
}
