package com.partnerbot.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.partnerships.CreateResult;
import com.partnerbot.partnerships.PartnershipDraft;
import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.store.Database;
import com.partnerbot.store.LaunchDao;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.ReminderDao;
import com.partnerbot.store.ReminderRow;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.TestClock;
import com.partnerbot.testing.TestReminders;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** What counts as activity, how it is stored, and the day it falls on in the partnership's time zone. */
@OnEachDatabase
class ActivityLogTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final String TEAM = "T1";

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-09-10T16:00:00Z");
    private Database db;
    private ActivityLog log;
    private String acme;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        log = new ActivityLog(PlaybookLoader.loadDefault(), clock);
        acme = ((CreateResult.Created) new PartnershipService(db.jdbi(), clock)
                        .create(TEAM, "U1", new PartnershipDraft("Acme", "C1", "U9", null)))
                .partnership()
                .id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> notes() {
        return db.jdbi().onDemand(LaunchDao.class).activities(TEAM, acme, 10).stream()
                .map(LaunchDao.Activity::note)
                .toList();
    }

    private void acted(String kind, String label) {
        ReminderRow row = TestReminders.row("r-" + kind, acme, kind, kind + ":1", label, "2026-09-07");
        db.jdbi().useTransaction(h -> log.acted(h, row, "U2", "ticked items"));
    }

    /** A plan in {@code zone} at {@code at}, launched on 2026-09-02. */
    private void plan(String zone, String at) {
        db.jdbi()
                .onDemand(LaunchDao.class)
                .insert(TEAM, acme, "2026-09-02", "U9", "Dana", "Docs", zone, at, "U1", clock.millis());
    }

    private LocalDate record(String note) {
        return db.jdbi().inTransaction(h -> log.record(h, TEAM, acme, "U2", note));
    }

    @Test
    void actingOnALaunchStageOrACheckInIsActivityButAFollowUpOrAWarningIsNot() {
        acted("follow_up", "Evaluate for Tier 2");
        acted("ghosting", "Silent for 15 days");
        acted("gate_review", "Crawl gate");
        assertThat(notes()).isEmpty();

        acted("launch_stage", "Post-launch");
        clock.advance(java.time.Duration.ofMinutes(1));
        acted("check_in", "Post-launch, week 3 check-in");

        assertThat(notes()).containsExactly("Post-launch, week 3 check-in: ticked items", "Post-launch: ticked items");
        assertThat(db.jdbi().onDemand(LaunchDao.class).activities(TEAM, acme, 10))
                .allSatisfy(a -> assertThat(a.userId()).isEqualTo("U2"));
    }

    @Test
    void aNoteIsStoredWithoutItsSpacesAndClippedAt500Characters() {
        record("  " + "a".repeat(499) + "bc  ");
        clock.advance(java.time.Duration.ofMinutes(1));
        record("  short  ");

        assertThat(notes()).containsExactly("short", "a".repeat(499) + "b");
    }

    @Test
    void theDefaultPlaybookWatchesForMoreThan14DaysOfSilence() {
        assertThat(log.watch())
                .hasValueSatisfying(w -> assertThat(w.threshold()).isEqualTo(14));
    }

    @Test
    void withoutAPlanActivityFallsOnTheUtcDayAndSchedulesNoWarning() {
        assertThat(record("Kick-off call")).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(db.jdbi().onDemand(LaunchDao.class).lastActivity(TEAM, acme)).contains("2026-09-10");
        assertThat(db.jdbi().onDemand(ReminderDao.class).ofPartnership(TEAM, acme))
                .isEmpty();
    }

    @Test
    void withAPlanActivityFallsOnThePlansDayAndMovesTheWarningToItsTime() {
        plan("Pacific/Auckland", "08:30");

        assertThat(record("Two customers live")).isEqualTo(LocalDate.of(2026, 9, 11));

        assertThat(db.jdbi().onDemand(ReminderDao.class).ofPartnership(TEAM, acme))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.key()).isEqualTo("ghosting@2026-09-11");
                    assertThat(w.kind()).isEqualTo("ghosting");
                    assertThat(w.source()).isEqualTo(ActivityLog.GHOSTING_SOURCE);
                    assertThat(w.status()).isEqualTo(ReminderRow.SCHEDULED);
                    assertThat(w.dueDate()).isEqualTo(LocalDate.of(2026, 9, 26));
                    // 08:30 in Auckland (UTC+12 until daylight saving starts on 2026-09-27) is 20:30 UTC the day
                    // before.
                    assertThat(w.dueAt()).isEqualTo(Instant.parse("2026-09-25T20:30:00Z"));
                    assertThat(w.timeZone()).isEqualTo("Pacific/Auckland");
                });
    }
}
