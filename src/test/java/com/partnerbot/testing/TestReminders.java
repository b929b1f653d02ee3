package com.partnerbot.testing;

import com.partnerbot.outbox.Outbox;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.reminders.Reminders;
import com.partnerbot.slack.reminders.ReminderMessages;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.PartnershipDao;
import com.partnerbot.store.ReminderDao;
import com.partnerbot.store.ReminderRow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

    /**
     * {@code channels} partnerships of {@code teamId}, each in its own channel ({@code C00000}, {@code C00001}, ...),
     * each with {@code each} follow-ups due at {@code due}, stored in one transaction; returns the reminders' ids.
     */
    public static List<String> dueTogether(Jdbi jdbi, String teamId, int channels, int each, Instant due, long now) {
        List<String> ids = new ArrayList<>();
        jdbi.useTransaction(h -> {
            PartnershipDao partnerships = h.attach(PartnershipDao.class);
            ReminderDao reminders = h.attach(ReminderDao.class);
            for (int c = 0; c < channels; c++) {
                String id = UUID.randomUUID().toString();
                partnerships.insert(new Partnership(
                        teamId,
                        id,
                        "Partner " + c,
                        String.format("C%05d", c),
                        "U0OWNER",
                        null,
                        "U0OWNER",
                        Instant.ofEpochMilli(now)));
                for (int r = 0; r < each; r++) {
                    String reminder = UUID.randomUUID().toString();
                    ids.add(reminder);
                    reminders.insert(
                            teamId,
                            reminder,
                            id,
                            "follow_up",
                            "due-together",
                            null,
                            "item_" + r,
                            "Evaluate item " + r,
                            due.atZone(ZoneOffset.UTC).toLocalDate().toString(),
                            due.toEpochMilli(),
                            "UTC",
                            null,
                            "scheduled",
                            null,
                            now,
                            null);
                }
            }
        });
        return ids;
    }
}
