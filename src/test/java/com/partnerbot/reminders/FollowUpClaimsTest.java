package com.partnerbot.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.outbox.Outbox;
import com.partnerbot.partnerships.PartnershipDraft;
import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.slack.reminders.ReminderMessages;
import com.partnerbot.store.Database;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.OutboxDao;
import com.partnerbot.store.OutboxRow;
import com.partnerbot.store.ReminderDao;
import com.partnerbot.store.ReminderRow;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.TestClock;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * Two sweeps over the same follow-ups: the one that finishes a follow-up queues its post; the other, which listed
 * it too, queues nothing for it.
 */
@OnEachDatabase
class FollowUpClaimsTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final String TEAM = "T1";

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2027-02-28T09:00:00Z");
    private Database db;
    private ReminderDao followUps;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        followUps = db.jdbi().onDemand(ReminderDao.class);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String dueFollowUp(String partnershipName, String id) {
        var created = (com.partnerbot.partnerships.CreateResult.Created) new PartnershipService(db.jdbi(), clock)
                .create(TEAM, "U1", new PartnershipDraft(partnershipName, "C1", "U9", null));
        schedule(followUps, id, created.partnership().id());
        return id;
    }

    /** A tier follow-up due at 09:00 UTC on 2027-02-28, as an assessment schedules it. */
    static void schedule(ReminderDao dao, String id, String partnershipId) {
        dao.insert(
                TEAM,
                id,
                partnershipId,
                "follow_up",
                "assessment",
                "a1",
                "evaluate_tier_2@2027-02-28",
                "Evaluate for Tier 2",
                "2027-02-28",
                java.time.Instant.parse("2027-02-28T09:00:00Z").toEpochMilli(),
                "UTC",
                null,
                ReminderRow.SCHEDULED,
                null,
                0L,
                null);
    }

    private static Reminders reminders(TestClock clock, Outbox outbox, Database db) {
        return new Reminders(
                db.jdbi(),
                clock,
                outbox,
                new ReminderMessages(PlaybookLoader.loadDefault()),
                Reminders.ActivityListener.NONE);
    }

    private String status(String id) {
        return followUps.find(TEAM, id).orElseThrow().status();
    }

    private List<OutboxRow> posts() {
        return db.jdbi().onDemand(OutboxDao.class).all(TEAM);
    }

    @Test
    void aFollowUpFinishedByAnotherSweepAfterThisOneListedItIsNotQueuedAgain() {
        dueFollowUp("Acme", "f1");
        dueFollowUp("Beta", "f2");
        Reminders sweep = reminders(clock, new Outbox(clock, () -> {}), db);
        List<ReminderRow> listed = followUps.due(TEAM, clock.millis(), 10);
        // Another sweep runs between this one's listing and its transaction, and takes the second.
        followUps.markSent(TEAM, "f2", clock.millis());

        int queued = sweep.queue(listed, clock.millis());

        assertThat(queued).isEqualTo(1);
        assertThat(posts()).singleElement().satisfies(post -> {
            assertThat(post.kind()).isEqualTo("follow_up");
            assertThat(post.text()).isEqualTo("Follow-up for Acme: Evaluate for Tier 2");
        });
        assertThat(status("f1")).isEqualTo(ReminderRow.SENT);
        assertThat(status("f2")).isEqualTo(ReminderRow.SENT);
        assertThat(sweep.sendDue()).isZero();
    }

    @Test
    void aFollowUpWhosePartnershipIsGoneFailsAndPostsNothing() {
        TestDatabases.withoutForeignKeys(db.jdbi(), h -> schedule(h.attach(ReminderDao.class), "f9", "gone"));

        int queued = reminders(clock, new Outbox(clock, () -> {}), db).sendDue();

        assertThat(queued).isZero();
        assertThat(posts()).isEmpty();
        assertThat(status("f9")).isEqualTo(ReminderRow.FAILED);
    }

    @Test
    void theOwnerIsWhoIsToldWhenTheFollowUpCannotBePosted() {
        dueFollowUp("Acme", "f1");

        reminders(clock, new Outbox(clock, () -> {}), db).sendDue();

        assertThat(posts()).singleElement().satisfies(row -> {
            assertThat(row.channelId()).isEqualTo("C1");
            assertThat(row.requesterId()).contains("U9");
            assertThat(row.about()).isEqualTo("the follow-up \"Evaluate for Tier 2\" for Acme");
        });
    }

    @Test
    void aFollowUpSnoozedAfterTheSweepListedItIsNotPosted() {
        dueFollowUp("Acme", "f1");
        Reminders sweep = reminders(clock, new Outbox(clock, () -> {}), db);
        List<ReminderRow> listed = followUps.due(TEAM, clock.millis(), 10);
        assertThat(sweep.snooze(TEAM, "f1", java.time.Period.ofDays(1), "U9"))
                .isInstanceOf(Reminders.Result.Changed.class);

        assertThat(sweep.queue(listed, clock.millis())).isZero();

        assertThat(posts()).isEmpty();
        assertThat(status("f1")).isEqualTo(ReminderRow.SCHEDULED);
    }
}
