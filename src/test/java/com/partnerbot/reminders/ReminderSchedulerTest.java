package com.partnerbot.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.outbox.Outbox;
import com.partnerbot.partnerships.CreateResult;
import com.partnerbot.partnerships.PartnershipDraft;
import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.store.Database;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.ReminderDao;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.TestClock;
import com.partnerbot.testing.TestReminders;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** The scheduler runs the sweep as soon as it starts, and stops its threads when closed. */
@OnEachDatabase
class ReminderSchedulerTest {
    @Parameter
    TestDatabases.Kind kind;

    @Test
    void aStartedSchedulerSweepsAtOnceAndAClosedOneLeavesNoThreadsBehind(@TempDir Path dir) throws Exception {
        TestClock clock = TestClock.at("2027-02-28T09:00:00Z");
        try (Database db = TestDatabases.open(kind, dir)) {
            var created = (CreateResult.Created) new PartnershipService(db.jdbi(), clock)
                    .create("T1", "U1", new PartnershipDraft("Acme", "C1", "U9", null));
            FollowUpClaimsTest.schedule(
                    db.jdbi().onDemand(ReminderDao.class),
                    "f1",
                    created.partnership().id());
            CountDownLatch queued = new CountDownLatch(1);
            var reminders = TestReminders.reminders(db.jdbi(), clock, new Outbox(clock, queued::countDown));

            try (ReminderScheduler scheduler = new ReminderScheduler(db.dataSource(), reminders).start()) {
                assertThat(queued.await(30, TimeUnit.SECONDS))
                        .as("the first sweep ran")
                        .isTrue();
                assertThat(scheduler).isNotNull();
            }

            // A pool thread may still be unwinding when stop returns; each is given a few seconds to end.
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("db-scheduler")) {
                    t.join(5_000);
                }
            }
            assertThat(Thread.getAllStackTraces().keySet())
                    .filteredOn(Thread::isAlive)
                    .extracting(Thread::getName)
                    .noneMatch(name -> name.startsWith("db-scheduler"));
        }
    }
}
