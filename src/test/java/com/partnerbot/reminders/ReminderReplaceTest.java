package com.partnerbot.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.frameworks.PlannedReminder;
import com.partnerbot.frameworks.ReminderKind;
import com.partnerbot.outbox.Outbox;
import com.partnerbot.partnerships.CreateResult;
import com.partnerbot.partnerships.PartnershipDraft;
import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.store.Database;
import com.partnerbot.store.LaunchDao;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.OutboxDao;
import com.partnerbot.store.OutboxRow;
import com.partnerbot.store.ReminderDao;
import com.partnerbot.store.ReminderRow;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.TestClock;
import com.partnerbot.testing.TestReminders;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * What a source's new plan does to the reminders it scheduled before (moved, kept, cancelled, placed), what a new time
 * zone does to every waiting reminder, and where a partnership's reminders fall.
 */
@OnEachDatabase
class ReminderReplaceTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final String TEAM = "T1";
    private static final Reminders.Source LAUNCH = new Reminders.Source("launch", null);
    private static final Reminders.Source ASSESSMENT = new Reminders.Source("assessment", "a1");
    private static final Schedule NINE_UTC = Schedule.DEFAULT;
    private static final Schedule NINE_IN_NEW_YORK = new Schedule(ZoneId.of("America/New_York"), LocalTime.of(9, 0));

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-10-01T12:00:00Z");
    private Database db;
    private String acme;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        acme = ((CreateResult.Created) new PartnershipService(db.jdbi(), clock)
                        .create(TEAM, "U1", new PartnershipDraft("Acme", "C1", "U9", null)))
                .partnership()
                .id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static PlannedReminder stage(String key, String date, String until) {
        return new PlannedReminder(
                ReminderKind.LAUNCH_STAGE,
                key,
                "Stage " + key,
                LocalDate.parse(date),
                Optional.ofNullable(until).map(LocalDate::parse));
    }

    private void replace(Reminders.Source source, List<PlannedReminder> wanted, Schedule schedule, boolean catchUp) {
        db.jdbi()
                .useTransaction(
                        h -> Reminders.replace(h, TEAM, acme, source, wanted, schedule, clock.instant(), catchUp));
    }

    private ReminderRow byKey(String key) {
        return all().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private List<ReminderRow> all() {
        return db.jdbi().onDemand(ReminderDao.class).ofPartnership(TEAM, acme);
    }

    @Test
    void aNewReminderIsStoredWithWhatScheduledItItsTimeAndItsExpiry() {
        replace(ASSESSMENT, List.of(stage("a", "2026-11-02", "2026-11-09")), NINE_IN_NEW_YORK, true);
        replace(
                LAUNCH,
                List.of(PlannedReminder.on(ReminderKind.CHECK_IN, "b", "Week 2", LocalDate.of(2026, 11, 9))),
                NINE_UTC,
                true);

        assertThat(byKey("a")).satisfies(r -> {
            assertThat(r.kind()).isEqualTo("launch_stage");
            assertThat(r.source()).isEqualTo("assessment");
            assertThat(r.sourceId()).contains("a1");
            assertThat(r.label()).isEqualTo("Stage a");
            assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 11, 2));
            assertThat(r.dueAt()).isEqualTo(Instant.parse("2026-11-02T14:00:00Z"));
            assertThat(r.timeZone()).isEqualTo("America/New_York");
            assertThat(r.expiresAt()).contains(Instant.parse("2026-11-09T14:00:00Z"));
            assertThat(r.status()).isEqualTo(ReminderRow.SCHEDULED);
            assertThat(r.reason()).isEmpty();
            assertThat(r.endedAt()).isEmpty();
        });
        assertThat(byKey("b")).satisfies(r -> {
            assertThat(r.kind()).isEqualTo("check_in");
            assertThat(r.source()).isEqualTo("launch");
            assertThat(r.sourceId()).isEmpty();
            assertThat(r.expiresAt()).isEmpty();
            assertThat(r.dueAt()).isEqualTo(Instant.parse("2026-11-09T09:00:00Z"));
        });
    }

    @Test
    void aWaitingReminderMovesWithItsDateOrZoneAndIsLeftAloneOtherwise() {
        replace(
                LAUNCH,
                List.of(
                        stage("same", "2027-01-11", null),
                        stage("later", "2027-01-18", "2027-01-25"),
                        stage("zone", "2027-01-25", null)),
                NINE_UTC,
                false);
        clock.set(Instant.parse("2026-10-02T12:00:00Z"));

        // 09:00 in London in January is 09:00 UTC: only the zone's name changes.
        replace(
                LAUNCH,
                List.of(
                        stage("same", "2027-01-11", null),
                        stage("later", "2027-01-20", "2027-01-27"),
                        stage("zone", "2027-01-25", null)),
                NINE_UTC,
                false);

        assertThat(byKey("same").endedAt()).isEmpty();
        assertThat(byKey("zone").endedAt()).isEmpty();
        assertThat(byKey("later")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReminderRow.SCHEDULED);
            assertThat(r.dueDate()).isEqualTo(LocalDate.of(2027, 1, 20));
            assertThat(r.dueAt()).isEqualTo(Instant.parse("2027-01-20T09:00:00Z"));
            assertThat(r.expiresAt()).contains(Instant.parse("2027-01-27T09:00:00Z"));
            assertThat(r.endedAt()).contains(clock.instant());
        });

        Schedule london = new Schedule(ZoneId.of("Europe/London"), LocalTime.of(9, 0));
        replace(
                LAUNCH,
                List.of(
                        stage("same", "2027-01-11", null),
                        stage("later", "2027-01-20", "2027-01-27"),
                        stage("zone", "2027-01-25", null)),
                london,
                false);

        assertThat(byKey("zone")).satisfies(r -> {
            assertThat(r.timeZone()).isEqualTo("Europe/London");
            assertThat(r.dueAt()).isEqualTo(Instant.parse("2027-01-25T09:00:00Z"));
        });
        assertThat(all()).hasSize(3).allSatisfy(r -> assertThat(r.status()).isEqualTo(ReminderRow.SCHEDULED));
    }

    @Test
    void aReminderAlreadyPostedIsNeverMovedNorCancelledByANewPlan() {
        replace(
                LAUNCH,
                List.of(stage("posted", "2026-10-01", null), stage("gone", "2026-10-01", null)),
                NINE_UTC,
                false);
        db.jdbi().onDemand(ReminderDao.class).markSent(TEAM, byKey("posted").id(), clock.millis());

        replace(LAUNCH, List.of(stage("posted", "2026-12-01", null)), NINE_UTC, false);
        replace(LAUNCH, List.of(), NINE_UTC, false);

        assertThat(byKey("posted")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReminderRow.SENT);
            assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        });
        assertThat(byKey("gone").status()).isEqualTo(ReminderRow.CANCELLED);
        assertThat(byKey("gone").endedBy()).isEmpty();
        assertThat(byKey("gone").endedAt()).contains(clock.instant());
    }

    @Test
    void aNewPlanCancelsOnlyItsOwnWaitingRemindersNoLongerWanted() {
        replace(ASSESSMENT, List.of(stage("tier", "2027-03-01", null)), NINE_UTC, false);
        replace(LAUNCH, List.of(stage("keep", "2026-11-02", null), stage("drop", "2026-11-09", null)), NINE_UTC, false);

        replace(LAUNCH, List.of(stage("keep", "2026-11-02", null)), NINE_UTC, false);

        assertThat(byKey("drop").status()).isEqualTo(ReminderRow.CANCELLED);
        assertThat(byKey("keep").status()).isEqualTo(ReminderRow.SCHEDULED);
        assertThat(byKey("tier").status()).isEqualTo(ReminderRow.SCHEDULED);
    }

    @Test
    void withCatchUpWhatIsOverIsMissedAndWithoutItEverythingWaitsForTheSweep() {
        List<PlannedReminder> past = List.of(
                stage("over", "2026-09-01", "2026-09-08"),
                stage("current", "2026-09-28", "2026-10-12"),
                stage("ahead", "2026-10-12", null));

        replace(LAUNCH, past, NINE_UTC, true);

        assertThat(byKey("over")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReminderRow.MISSED);
            assertThat(r.reason()).contains("its time had passed when it was scheduled");
            assertThat(r.endedAt()).contains(clock.instant());
        });
        assertThat(byKey("current").status()).isEqualTo(ReminderRow.SCHEDULED);
        assertThat(byKey("ahead").status()).isEqualTo(ReminderRow.SCHEDULED);

        replace(
                ASSESSMENT,
                List.of(stage("late", "2026-09-01", null), stage("later", "2026-09-02", null)),
                NINE_UTC,
                false);

        assertThat(byKey("late").status()).isEqualTo(ReminderRow.SCHEDULED);
        assertThat(byKey("late").reason()).isEmpty();
        assertThat(byKey("late").endedAt()).isEmpty();
        assertThat(byKey("later").status()).isEqualTo(ReminderRow.SCHEDULED);
        assertThat(TestReminders.sweep(db.jdbi(), clock)).isEqualTo(3);
    }

    private int cancelAll() {
        return db.jdbi().inTransaction(h -> Reminders.cancelAll(h, TEAM, acme, "launch", clock.instant()));
    }

    @Test
    void cancelAllCancelsTheSourcesWaitingRemindersAndCountsThem() {
        replace(
                LAUNCH,
                List.of(stage("a", "2026-10-01", null), stage("b", "2026-11-01", null), stage("c", "2026-12-01", null)),
                NINE_UTC,
                false);
        replace(ASSESSMENT, List.of(stage("tier", "2027-03-01", null)), NINE_UTC, false);
        db.jdbi().onDemand(ReminderDao.class).markSent(TEAM, byKey("a").id(), clock.millis());

        int cancelled = cancelAll();

        assertThat(cancelled).isEqualTo(2);
        assertThat(all())
                .extracting(ReminderRow::key, ReminderRow::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.api.Assertions.tuple("a", ReminderRow.SENT),
                        org.assertj.core.api.Assertions.tuple("b", ReminderRow.CANCELLED),
                        org.assertj.core.api.Assertions.tuple("c", ReminderRow.CANCELLED),
                        org.assertj.core.api.Assertions.tuple("tier", ReminderRow.SCHEDULED));
        assertThat(cancelAll()).isZero();
    }

    @Test
    void retimingMovesEveryWaitingReminderWithItsExpiryAndLeavesTheRestAlone() {
        replace(ASSESSMENT, List.of(stage("tier", "2027-03-01", null)), NINE_UTC, false);
        replace(
                LAUNCH,
                List.of(stage("stage", "2026-11-02", "2026-11-16"), stage("posted", "2026-10-01", null)),
                NINE_UTC,
                false);
        db.jdbi().onDemand(ReminderDao.class).markSent(TEAM, byKey("posted").id(), clock.millis());
        clock.set(Instant.parse("2026-10-02T12:00:00Z"));

        db.jdbi().useTransaction(h -> Reminders.retime(h, TEAM, acme, NINE_IN_NEW_YORK, clock.instant()));

        assertThat(byKey("stage")).satisfies(r -> {
            assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 11, 2));
            assertThat(r.dueAt()).isEqualTo(Instant.parse("2026-11-02T14:00:00Z"));
            assertThat(r.timeZone()).isEqualTo("America/New_York");
            assertThat(r.expiresAt()).contains(Instant.parse("2026-11-16T14:00:00Z"));
            assertThat(r.status()).isEqualTo(ReminderRow.SCHEDULED);
        });
        assertThat(byKey("tier")).satisfies(r -> {
            assertThat(r.dueAt()).isEqualTo(Instant.parse("2027-03-01T14:00:00Z"));
            assertThat(r.expiresAt()).isEmpty();
        });
        assertThat(byKey("posted")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReminderRow.SENT);
            assertThat(r.timeZone()).isEqualTo(Schedule.DEFAULT.zone().getId());
        });

        clock.set(Instant.parse("2026-10-03T12:00:00Z"));
        db.jdbi().useTransaction(h -> Reminders.retime(h, TEAM, acme, NINE_IN_NEW_YORK, clock.instant()));
        assertThat(byKey("stage").endedAt()).contains(Instant.parse("2026-10-02T12:00:00Z"));

        // Same instant, another zone's name: the zone is what changes.
        Schedule london = new Schedule(ZoneId.of("Europe/London"), LocalTime.of(9, 0));
        replace(ASSESSMENT, List.of(stage("winter", "2027-01-11", null)), NINE_UTC, false);
        db.jdbi().useTransaction(h -> Reminders.retime(h, TEAM, acme, london, clock.instant()));
        assertThat(byKey("winter").timeZone()).isEqualTo("Europe/London");
        assertThat(byKey("winter").dueAt()).isEqualTo(Instant.parse("2027-01-11T09:00:00Z"));
    }

    private Schedule scheduleOf(String teamId) {
        return db.jdbi().withHandle(h -> Schedule.of(h, teamId, acme));
    }

    @Test
    void aPartnershipsScheduleIsItsPlansOrNineUtc() {
        assertThat(scheduleOf(TEAM)).isEqualTo(Schedule.DEFAULT);
        assertThat(Schedule.DEFAULT).isEqualTo(new Schedule(java.time.ZoneId.of("UTC"), LocalTime.of(9, 0)));
        db.jdbi()
                .onDemand(LaunchDao.class)
                .insert(TEAM, acme, "2026-12-01", "U9", "", "", "Asia/Tokyo", "10:30", "U1", clock.millis());

        assertThat(scheduleOf(TEAM)).isEqualTo(new Schedule(ZoneId.of("Asia/Tokyo"), LocalTime.of(10, 30)));
        assertThat(scheduleOf("T2")).isEqualTo(Schedule.DEFAULT);
    }

    @Test
    void oneSweepQueuesMoreThanABatchAndRecordsEachReminderByItsChannelPost() {
        List<PlannedReminder> many = new ArrayList<>();
        for (int i = 0; i < Reminders.BATCH + 10; i++) {
            many.add(PlannedReminder.on(ReminderKind.GHOSTING, "g" + i, "Silent " + i, LocalDate.of(2026, 9, 1)));
        }
        replace(LAUNCH, many, NINE_UTC, false);
        Reminders reminders = TestReminders.reminders(db.jdbi(), clock, new Outbox(clock, () -> {}));

        assertThat(reminders.sendDue()).isEqualTo(Reminders.BATCH + 10);

        List<OutboxRow> posts = db.jdbi().onDemand(OutboxDao.class).all(TEAM);
        assertThat(posts).hasSize(2 * (Reminders.BATCH + 10));
        ReminderRow first = byKey("g0");
        OutboxRow post = posts.stream()
                .filter(p -> p.id().equals(first.outboxId().orElseThrow()))
                .findFirst()
                .orElseThrow();
        assertThat(post.channelId()).isEqualTo("C1");
        assertThat(reminders.post(first)).contains(new ReminderDao.Post(OutboxRow.PENDING, Optional.empty()));
        assertThat(reminders.sendDue()).isZero();
    }
}
