package com.partnerbot.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbot.outbox.Outbox;
import com.partnerbot.partnerships.CreateResult;
import com.partnerbot.partnerships.PartnershipDraft;
import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.store.Database;
import com.partnerbot.store.OutboxDao;
import com.partnerbot.store.ReminderDao;
import com.partnerbot.store.ReminderRow;
import com.partnerbot.store.RestartablePostgres;
import com.partnerbot.testing.TestClock;
import com.partnerbot.testing.TestReminders;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL lost while reminders fall due, and back: a sweep with the database gone fails and leaves every reminder
 * waiting, and the sweeps (db-scheduler's, on the same database) go on when it returns.
 */
class ReminderOutageTest {
    private static final String TEAM = "T1";

    private final TestClock clock = TestClock.at("2027-02-28T09:00:00Z");
    private RestartablePostgres server;
    private Database db;

    @BeforeEach
    void open() {
        server = RestartablePostgres.shared();
        db = Database.open(server.freshDatabase());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String dueFollowUp(String name, String id) {
        var created = (CreateResult.Created) new PartnershipService(db.jdbi(), clock)
                .create(TEAM, "U1", new PartnershipDraft(name, "C1", "U9", null));
        FollowUpClaimsTest.schedule(
                db.jdbi().onDemand(ReminderDao.class), id, created.partnership().id());
        return id;
    }

    private String status(String id) {
        return db.jdbi()
                .onDemand(ReminderDao.class)
                .find(TEAM, id)
                .orElseThrow()
                .status();
    }

    @Test
    void aSweepWithTheDatabaseGoneLeavesTheReminderWaitingAndTheNextOneQueuesIt() {
        dueFollowUp("Acme", "f1");
        Reminders reminders = TestReminders.reminders(db.jdbi(), clock, new Outbox(clock, () -> {}));

        server.stop();
        assertThatThrownBy(reminders::sendDue)
                .satisfies(e -> assertThat(Database.unreachable(e)).isTrue());

        server.startAgain(db);
        assertThat(status("f1")).isEqualTo(ReminderRow.SCHEDULED);
        assertThat(reminders.sendDue()).isEqualTo(1);
        assertThat(status("f1")).isEqualTo(ReminderRow.SENT);
        assertThat(db.jdbi().onDemand(OutboxDao.class).all(TEAM)).hasSize(1);
    }

    @Test
    void theScheduledSweepGoesOnAfterTheDatabaseComesBack() {
        Reminders reminders = TestReminders.reminders(db.jdbi(), clock, new Outbox(clock, () -> {}));
        Duration quick = Duration.ofMillis(200);
        try (ReminderScheduler scheduler =
                new ReminderScheduler(db.dataSource(), reminders, teamId -> {}, quick, quick, quick).start()) {
            dueFollowUp("Acme", "f1");
            assertThat(RestartablePostgres.eventually(() -> status("f1").equals(ReminderRow.SENT)))
                    .as("swept before the outage")
                    .isTrue();

            server.stop();
            server.startAgain(db);
            dueFollowUp("Beta", "f2");

            assertThat(RestartablePostgres.eventually(() -> status("f2").equals(ReminderRow.SENT)))
                    .as("swept after the database came back")
                    .isTrue();
            assertThat(scheduler).isNotNull();
        }
        assertThat(db.jdbi().onDemand(OutboxDao.class).all(TEAM)).hasSize(2);
    }
}
