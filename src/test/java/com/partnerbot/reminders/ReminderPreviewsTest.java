package com.partnerbot.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.partnerbot.frameworks.PlannedReminder;
import com.partnerbot.frameworks.ReminderKind;
import com.partnerbot.outbox.Outbox;
import com.partnerbot.partnerships.CreateResult;
import com.partnerbot.partnerships.PartnershipDraft;
import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.store.Database;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.ReminderDao;
import com.partnerbot.store.ReminderRow;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.TestClock;
import com.partnerbot.testing.TestReminders;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** What {@code /partner reminders} shows (coming, how many, what failed lately) and what the owner may change there. */
@OnEachDatabase
class ReminderPreviewsTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final String TEAM = "T1";

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-10-01T12:00:00Z");
    private Database db;
    private ReminderPreviews previews;
    private Partnership acme;
    private Partnership beta;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        previews = new ReminderPreviews(
                db.jdbi(), clock, TestReminders.reminders(db.jdbi(), clock, new Outbox(clock, () -> {})));
        var partnerships = new PartnershipService(db.jdbi(), clock);
        acme = ((CreateResult.Created) partnerships.create(TEAM, "U1", new PartnershipDraft("Acme", "C1", "U9", null)))
                .partnership();
        beta = ((CreateResult.Created) partnerships.create(TEAM, "U1", new PartnershipDraft("Beta", "C2", "U8", null)))
                .partnership();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void schedule(Partnership p, String key, String date) {
        db.jdbi()
                .useTransaction(h -> Reminders.replace(
                        h,
                        TEAM,
                        p.id(),
                        new Reminders.Source("test-" + key, null),
                        List.of(PlannedReminder.on(ReminderKind.FOLLOW_UP, key, "Label " + key, LocalDate.parse(date))),
                        Schedule.DEFAULT,
                        clock.instant(),
                        false));
    }

    private ReminderRow byKey(String key) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM reminder WHERE reminder_key = :key")
                .bind("key", key)
                .mapTo(String.class)
                .findOne()
                .flatMap(id -> h.attach(ReminderDao.class).find(TEAM, id))
                .orElseThrow());
    }

    @Test
    void theWorkspacesNextRemindersComeSoonestFirstWithTheirPartnershipsAndACountOfTheRest() {
        schedule(acme, "a2", "2026-10-20");
        schedule(beta, "b1", "2026-10-10");
        schedule(acme, "a1", "2026-10-05");

        ReminderPreviews.Preview all = previews.preview(TEAM, Optional.empty(), 2);

        assertThat(all.scope()).isEmpty();
        assertThat(all.upcoming())
                .extracting(e -> e.reminder().key(), e -> e.partnership().name())
                .containsExactly(tuple("a1", "Acme"), tuple("b1", "Beta"));
        assertThat(all.waiting()).isEqualTo(3);
        assertThat(all.more()).isEqualTo(1);
        assertThat(all.failed()).isEmpty();

        ReminderPreviews.Preview ofAcme = previews.preview(TEAM, Optional.of(acme), 10);

        assertThat(ofAcme.scope()).contains(acme);
        assertThat(ofAcme.upcoming())
                .extracting(e -> e.reminder().key(), e -> e.partnership().id())
                .containsExactly(tuple("a1", acme.id()), tuple("a2", acme.id()));
        assertThat(ofAcme.waiting()).isEqualTo(2);
        assertThat(ofAcme.more()).isZero();
        assertThat(previews.preview("T2", Optional.empty(), 10).waiting()).isZero();
    }

    @Test
    void aReminderOfAPartnershipNoLongerThereIsCountedButNotListed() {
        schedule(acme, "a1", "2026-10-05");
        TestDatabases.withoutForeignKeys(
                db.jdbi(), h -> FollowUpClaimsTest.schedule(h.attach(ReminderDao.class), "f9", "gone"));

        ReminderPreviews.Preview preview = previews.preview(TEAM, Optional.empty(), 10);

        assertThat(preview.upcoming()).extracting(e -> e.reminder().key()).containsExactly("a1");
        assertThat(preview.waiting()).isEqualTo(2);
        assertThat(preview.more()).isEqualTo(1);

        clock.set(Instant.parse("2027-02-28T09:00:00Z"));
        TestReminders.sweep(db.jdbi(), clock);
        assertThat(previews.preview(TEAM, Optional.empty(), 10).failed()).isEmpty();
    }

    @Test
    void whatFailedInTheLastWeekIsListedWithWhyAndOlderFailuresAreNot() {
        schedule(acme, "old", "2026-10-01");
        TestReminders.sweep(db.jdbi(), clock);
        String oldPost = byKey("old").outboxId().orElseThrow();
        db.jdbi()
                .useHandle(h -> h.execute(
                        "UPDATE outbox SET status = 'failed', last_error = 'channel_not_found', finished_at = ?"
                                + " WHERE id = ?",
                        clock.millis(),
                        oldPost));
        clock.advance(Duration.ofDays(8));
        schedule(beta, "missed", "2026-10-09");
        db.jdbi()
                .onDemand(ReminderDao.class)
                .end(TEAM, byKey("missed").id(), ReminderRow.MISSED, "not posted in its time", null, clock.millis());
        clock.advance(Duration.ofDays(6));

        ReminderPreviews.Preview preview = previews.preview(TEAM, Optional.empty(), 10);

        assertThat(preview.failed())
                .extracting(
                        f -> f.entry().reminder().key(),
                        f -> f.entry().partnership().name(),
                        f -> f.error())
                .containsExactly(tuple("missed", "Beta", "not posted in its time"));
        assertThat(previews.preview(TEAM, Optional.of(acme), 10).failed()).isEmpty();
        assertThat(previews.preview(TEAM, Optional.of(beta), 10).failed()).hasSize(1);

        clock.set(Instant.parse("2026-10-02T12:00:00Z"));
        assertThat(previews.preview(TEAM, Optional.of(acme), 10).failed())
                .extracting(f -> f.entry().reminder().key(), f -> f.error())
                .containsExactly(tuple("old", "channel_not_found"));
    }

    @Test
    void atMostFiveFailuresAreShown() {
        for (int i = 0; i < ReminderPreviews.MAX_FAILED + 2; i++) {
            schedule(acme, "m" + i, "2026-10-09");
            db.jdbi()
                    .onDemand(ReminderDao.class)
                    .end(TEAM, byKey("m" + i).id(), ReminderRow.MISSED, "late", null, clock.millis());
        }
        assertThat(previews.preview(TEAM, Optional.empty(), 10).failed()).hasSize(5);
        assertThat(previews.preview(TEAM, Optional.of(acme), 10).failed()).hasSize(5);
    }

    @Test
    void theOwnerSnoozesADayOrAWeekOrCancels() {
        schedule(acme, "day", "2026-10-05");
        schedule(acme, "week", "2026-10-06");
        schedule(acme, "cancel", "2026-10-07");

        var day = (ReminderPreviews.Outcome.Changed)
                previews.manage(TEAM, byKey("day").id(), ReminderPreviews.Action.SNOOZE_DAY, "U9");
        var week = (ReminderPreviews.Outcome.Changed)
                previews.manage(TEAM, byKey("week").id(), ReminderPreviews.Action.SNOOZE_WEEK, "U9");
        var cancel = (ReminderPreviews.Outcome.Changed)
                previews.manage(TEAM, byKey("cancel").id(), ReminderPreviews.Action.CANCEL, "U9");

        assertThat(day.action()).isEqualTo(ReminderPreviews.Action.SNOOZE_DAY);
        assertThat(day.reminder().dueDate()).isEqualTo(LocalDate.of(2026, 10, 6));
        assertThat(day.reminder().endedBy()).contains("U9");
        assertThat(week.action()).isEqualTo(ReminderPreviews.Action.SNOOZE_WEEK);
        assertThat(week.reminder().dueDate()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(cancel.action()).isEqualTo(ReminderPreviews.Action.CANCEL);
        assertThat(cancel.reminder().status()).isEqualTo(ReminderRow.CANCELLED);
        assertThat(byKey("cancel").status()).isEqualTo(ReminderRow.CANCELLED);
    }

    @Test
    void onlyTheOwnerChangesAReminderAndOnlyWhileItWaits() {
        schedule(acme, "a1", "2026-10-01");
        String id = byKey("a1").id();

        assertThat(previews.manage(TEAM, id, ReminderPreviews.Action.CANCEL, "U8"))
                .isEqualTo(new ReminderPreviews.Outcome.NotOwner(acme));
        assertThat(previews.manage(TEAM, "nothing", ReminderPreviews.Action.CANCEL, "U9"))
                .isEqualTo(new ReminderPreviews.Outcome.NotFound());
        assertThat(previews.manage("T2", id, ReminderPreviews.Action.CANCEL, "U9"))
                .isEqualTo(new ReminderPreviews.Outcome.NotFound());
        assertThat(byKey("a1").status()).isEqualTo(ReminderRow.SCHEDULED);

        TestReminders.sweep(db.jdbi(), clock);
        var unchanged = previews.manage(TEAM, id, ReminderPreviews.Action.SNOOZE_DAY, "U9");

        assertThat(unchanged).isInstanceOf(ReminderPreviews.Outcome.Unchanged.class);
        assertThat(((ReminderPreviews.Outcome.Unchanged) unchanged).reminder().status())
                .isEqualTo(ReminderRow.SENT);
        assertThat(byKey("a1").status()).isEqualTo(ReminderRow.SENT);
    }
}
