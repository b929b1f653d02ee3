package com.partnerbot.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.frameworks.PlannedReminder;
import com.partnerbot.frameworks.ReminderKind;
import com.partnerbot.outbox.Outbox;
import com.partnerbot.partnerships.CreateResult;
import com.partnerbot.partnerships.PartnershipDraft;
import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.store.Database;
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
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** What people do with a reminder: snooze, cancel, mark done or not applicable, tick its items. */
@OnEachDatabase
class ReminderActionsTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final String TEAM = "T1";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Schedule NINE_IN_NEW_YORK = new Schedule(NEW_YORK, LocalTime.of(9, 0));

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-10-26T13:00:00Z");
    private Database db;
    private Reminders reminders;
    private String partnershipId;
    private final List<String> acted = new ArrayList<>();

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        reminders = new Reminders(
                db.jdbi(),
                clock,
                new Outbox(clock, () -> {}),
                new com.partnerbot.slack.reminders.ReminderMessages(
                        com.partnerbot.playbook.PlaybookLoader.loadDefault()),
                (h, reminder, userId, what) -> acted.add(reminder.key() + " " + userId + " " + what));
        partnershipId = ((CreateResult.Created) new PartnershipService(db.jdbi(), clock)
                        .create(TEAM, "U1", new PartnershipDraft("Acme", "C1", "U9", null)))
                .partnership()
                .id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Schedules the post-launch stage for 2026-10-26 at 09:00 in New York and, when asked, posts it. */
    private ReminderRow stage(boolean posted) {
        db.jdbi()
                .useHandle(h -> Reminders.replace(
                        h,
                        TEAM,
                        partnershipId,
                        new Reminders.Source("launch", null),
                        List.of(new PlannedReminder(
                                ReminderKind.LAUNCH_STAGE,
                                "stage:post_launch",
                                "Post-launch",
                                LocalDate.of(2026, 10, 26),
                                Optional.of(LocalDate.of(2026, 12, 14)))),
                        NINE_IN_NEW_YORK,
                        Instant.parse("2026-10-01T00:00:00Z"),
                        false));
        if (posted) {
            assertThat(reminders.sendDue()).isEqualTo(1);
        }
        return only();
    }

    private ReminderRow only() {
        return db.jdbi()
                .onDemand(ReminderDao.class)
                .ofPartnership(TEAM, partnershipId)
                .get(0);
    }

    /** A post's blocks as text, without the escapes its JSON may use. */
    private static String blocks(OutboxRow row) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(row.blocksJson().orElseThrow())
                    .toString();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private List<OutboxRow> posts() {
        return db.jdbi().onDemand(OutboxDao.class).all(TEAM);
    }

    @Test
    void aPostedReminderSnoozedADayComesBackTomorrowAtItsLocalTimeAcrossTheClockChange() {
        ReminderRow posted = stage(true);
        assertThat(posted.dueAt()).isEqualTo(Instant.parse("2026-10-26T13:00:00Z"));
        clock.set(Instant.parse("2026-10-31T15:00:00Z"));

        var result = (Reminders.Result.Changed) reminders.snooze(TEAM, posted.id(), Period.ofDays(1), "U2");

        // 2026-11-01 is the day daylight saving ends in New York: 09:00 is 14:00 UTC.
        assertThat(result.reminder().status()).isEqualTo(ReminderRow.SCHEDULED);
        assertThat(result.reminder().dueDate()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(result.reminder().dueAt()).isEqualTo(Instant.parse("2026-11-01T14:00:00Z"));
        assertThat(result.reminder().endedBy()).contains("U2");
        // Its post says so, in place; and it is posted anew when due.
        assertThat(posts()).anySatisfy(row -> {
            assertThat(row.messageKey()).contains("reminder:" + posted.id() + ":1");
            assertThat(blocks(row)).contains("Snoozed by <@U2> until <!date^1793541600^");
        });
        clock.set(Instant.parse("2026-11-01T13:59:00Z"));
        assertThat(reminders.sendDue()).isZero();
        clock.set(Instant.parse("2026-11-01T14:00:00Z"));
        assertThat(reminders.sendDue()).isEqualTo(1);
        assertThat(only().sends()).isEqualTo(2);
        assertThat(posts()).last().satisfies(row -> assertThat(row.messageKey())
                .contains("reminder:" + posted.id() + ":2"));
    }

    @Test
    void aWaitingReminderSnoozedAWeekMovesAWeekFromItsOwnDate() {
        ReminderRow waiting = stage(false);
        clock.set(Instant.parse("2026-10-20T12:00:00Z"));
        var result = (Reminders.Result.Changed) reminders.snooze(TEAM, waiting.id(), Period.ofWeeks(1), "U9");
        assertThat(result.reminder().dueDate()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(result.reminder().dueAt()).isEqualTo(Instant.parse("2026-11-02T14:00:00Z"));
        assertThat(posts()).isEmpty();
    }

    @Test
    void doneAndNotApplicableEndItOnceSayWhoAndCountAsActivity() {
        ReminderRow posted = stage(true);
        var done = (Reminders.Result.Changed) reminders.end(TEAM, posted.id(), ReminderRow.DONE, "U2");
        assertThat(done.reminder().status()).isEqualTo(ReminderRow.DONE);
        assertThat(acted).containsExactly("stage:post_launch U2 done");
        assertThat(posts()).anySatisfy(row -> assertThat(blocks(row))
                .contains("Done by <@U2>")
                .contains("☑ Plan the next joint activity")
                .doesNotContain("☐")
                .doesNotContain("reminder_done"));

        var again = reminders.end(TEAM, posted.id(), ReminderRow.NOT_APPLICABLE, "U3");
        assertThat(again).isInstanceOf(Reminders.Result.Unchanged.class);
        assertThat(((Reminders.Result.Unchanged) again).reminder().status()).isEqualTo(ReminderRow.DONE);
        assertThat(reminders.snooze(TEAM, posted.id(), Period.ofDays(1), "U3"))
                .isInstanceOf(Reminders.Result.Unchanged.class);
        assertThat(acted).hasSize(1);
    }

    @Test
    void tickingEveryItemMakesTheStageDoneOneGroupAtATime() {
        ReminderRow posted = stage(true);
        var first = reminders.tick(TEAM, posted.id(), 0, 10, Set.of(0, 2), 4, "U2");
        assertThat(((Reminders.Result.Changed) first).reminder().status()).isEqualTo(ReminderRow.SENT);
        assertThat(reminders.items(TEAM, posted.id()))
                .extracting(ReminderDao.ItemState::item)
                .containsExactly(0, 2);
        reminders.tick(TEAM, posted.id(), 0, 10, Set.of(0, 1, 2), 4, "U2");
        assertThat(only().status()).isEqualTo(ReminderRow.SENT);
        var last = (Reminders.Result.Changed) reminders.tick(TEAM, posted.id(), 0, 10, Set.of(0, 1, 2, 3), 4, "U3");
        assertThat(last.reminder().status()).isEqualTo(ReminderRow.DONE);
        assertThat(last.reminder().endedBy()).contains("U3");
        assertThat(reminders.tick(TEAM, posted.id(), 0, 10, Set.of(), 4, "U3"))
                .isInstanceOf(Reminders.Result.Unchanged.class);
        assertThat(reminders.items(TEAM, posted.id())).hasSize(4);
    }

    @Test
    void uncheckingAnItemClearsItOnlyWithinItsGroup() {
        ReminderRow posted = stage(true);
        reminders.tick(TEAM, posted.id(), 0, 2, Set.of(0, 1), 4, "U2");
        reminders.tick(TEAM, posted.id(), 2, 4, Set.of(3), 4, "U2");
        reminders.tick(TEAM, posted.id(), 0, 2, Set.of(1), 4, "U2");
        assertThat(reminders.items(TEAM, posted.id()))
                .extracting(ReminderDao.ItemState::item)
                .containsExactly(1, 3);
    }

    @Test
    void aReminderNotYetPostedCannotBeTickedButCanBeCancelledOnce() {
        ReminderRow waiting = stage(false);
        assertThat(reminders.tick(TEAM, waiting.id(), 0, 10, Set.of(0), 4, "U2"))
                .isInstanceOf(Reminders.Result.Unchanged.class);
        var cancelled = (Reminders.Result.Changed) reminders.cancel(TEAM, waiting.id(), "U9");
        assertThat(cancelled.reminder().status()).isEqualTo(ReminderRow.CANCELLED);
        assertThat(reminders.cancel(TEAM, waiting.id(), "U9")).isInstanceOf(Reminders.Result.Unchanged.class);
        clock.set(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(reminders.sendDue()).isZero();
    }

    @Test
    void anotherWorkspaceFindsNothingToChange() {
        ReminderRow posted = stage(true);
        assertThat(reminders.end("T2", posted.id(), ReminderRow.DONE, "U2"))
                .isInstanceOf(Reminders.Result.NotFound.class);
        assertThat(reminders.snooze("T2", posted.id(), Period.ofDays(1), "U2"))
                .isInstanceOf(Reminders.Result.NotFound.class);
        assertThat(reminders.cancel("T2", posted.id(), "U2")).isInstanceOf(Reminders.Result.NotFound.class);
        assertThat(reminders.tick("T2", posted.id(), 0, 10, Set.of(0), 4, "U2"))
                .isInstanceOf(Reminders.Result.NotFound.class);
        assertThat(reminders.find("T2", posted.id())).isEmpty();
        assertThat(reminders.upcoming("T2", Optional.empty(), 10)).isEmpty();
        assertThat(only().status()).isEqualTo(ReminderRow.SENT);
    }

    @Test
    void aReminderPastItsExpiryIsMarkedMissedNotPosted() {
        stage(false);
        clock.set(Instant.parse("2026-12-14T14:00:00Z"));
        assertThat(reminders.sendDue()).isZero();
        assertThat(only().status()).isEqualTo(ReminderRow.MISSED);
        assertThat(only().reason()).contains("not posted in its time: the bot was not running");
        assertThat(posts()).isEmpty();
    }

    @Test
    void aReminderJustBeforeItsExpiryIsStillPosted() {
        stage(false);
        clock.set(Instant.parse("2026-12-14T13:59:59Z"));
        assertThat(reminders.sendDue()).isEqualTo(1);
    }

    @Test
    void upcomingListsWhatWaitsSoonestFirst() {
        stage(false);
        assertThat(reminders.upcoming(TEAM, Optional.empty(), 10)).hasSize(1);
        assertThat(reminders.upcoming(TEAM, Optional.of(partnershipId), 10)).hasSize(1);
        assertThat(reminders.upcoming(TEAM, Optional.of("other"), 10)).isEmpty();
        assertThat(reminders.countScheduled(TEAM)).isEqualTo(1);
        assertThat(TestReminders.scheduled(db.jdbi(), TEAM, partnershipId)).hasSize(1);
    }

    @Test
    void aSnoozeKeepsAnExpiryStillAfterTheNewDate() {
        ReminderRow waiting = stage(false);
        var result = (Reminders.Result.Changed) reminders.snooze(TEAM, waiting.id(), Period.ofWeeks(1), "U9");
        assertThat(result.reminder().expiresAt()).contains(Instant.parse("2026-12-14T14:00:00Z"));
    }

    @Test
    void aSnoozeOntoOrPastTheExpiryPushesItToTheDayAfter() {
        ReminderRow posted = stage(true);
        clock.set(Instant.parse("2026-12-13T15:00:00Z"));
        var onIt = (Reminders.Result.Changed) reminders.snooze(TEAM, posted.id(), Period.ofDays(1), "U2");
        assertThat(onIt.reminder().dueDate()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(onIt.reminder().expiresAt()).contains(Instant.parse("2026-12-15T14:00:00Z"));

        var past = (Reminders.Result.Changed) reminders.snooze(TEAM, posted.id(), Period.ofWeeks(1), "U2");
        assertThat(past.reminder().dueDate()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(past.reminder().dueAt()).isEqualTo(Instant.parse("2026-12-21T14:00:00Z"));
        assertThat(past.reminder().expiresAt()).contains(Instant.parse("2026-12-22T14:00:00Z"));
    }

    @Test
    void aReminderWithoutExpiryHasNoneAfterASnooze() {
        db.jdbi()
                .useHandle(h -> Reminders.replace(
                        h,
                        TEAM,
                        partnershipId,
                        new Reminders.Source("assessment", "a1"),
                        List.of(PlannedReminder.on(
                                ReminderKind.FOLLOW_UP, "tier", "Evaluate for Tier 2", LocalDate.of(2026, 11, 2))),
                        NINE_IN_NEW_YORK,
                        clock.instant(),
                        false));
        var result = (Reminders.Result.Changed) reminders.snooze(TEAM, only().id(), Period.ofDays(1), "U9");
        assertThat(result.reminder().dueDate()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(result.reminder().expiresAt()).isEmpty();
    }

    @Test
    void onlyTheItemsOfTheGroupThatExistAreTicked() {
        ReminderRow posted = stage(true);
        reminders.tick(TEAM, posted.id(), -2, 2, Set.of(-1, 0, 1, 2), 4, "U2");
        assertThat(reminders.items(TEAM, posted.id()))
                .extracting(ReminderDao.ItemState::item)
                .containsExactly(0, 1);
        reminders.tick(TEAM, posted.id(), 2, 10, Set.of(2, 4, 5), 4, "U2");
        assertThat(reminders.items(TEAM, posted.id()))
                .extracting(ReminderDao.ItemState::item)
                .containsExactly(0, 1, 2);
        assertThat(only().status()).isEqualTo(ReminderRow.SENT);
        assertThat(acted).containsExactly("stage:post_launch U2 ticked items", "stage:post_launch U2 ticked items");
    }

    @Test
    void itemsBeyondTheCountDoNotMakeTheReminderDone() {
        ReminderRow posted = stage(true);
        // Ticked when the stage had more items.
        reminders.tick(TEAM, posted.id(), 0, 6, Set.of(4, 5), 6, "U2");
        var result = (Reminders.Result.Changed) reminders.tick(TEAM, posted.id(), 0, 4, Set.of(0, 1, 2), 4, "U2");
        assertThat(result.reminder().status()).isEqualTo(ReminderRow.SENT);
    }

    @Test
    void aReminderWithoutItemsIsNotDoneByATick() {
        ReminderRow posted = stage(true);
        var result = (Reminders.Result.Changed) reminders.tick(TEAM, posted.id(), 0, 4, Set.of(), 0, "U2");
        assertThat(result.reminder().status()).isEqualTo(ReminderRow.SENT);
        assertThat(reminders.items(TEAM, posted.id())).isEmpty();
    }

    @Test
    void aPostedRemindersPostIsReadFromItsOutboxRow() {
        ReminderRow waiting = stage(false);
        assertThat(reminders.post(waiting)).isEmpty();
        reminders.sendDue();
        ReminderRow posted = only();
        assertThat(posted.outboxId()).isPresent();
        db.jdbi()
                .useHandle(h -> h.execute(
                        "UPDATE outbox SET status = 'failed', last_error = 'channel_not_found' WHERE id = ?",
                        posted.outboxId().get()));
        assertThat(reminders.post(posted))
                .contains(new ReminderDao.Post(OutboxRow.FAILED, Optional.of("channel_not_found")));
    }
}
