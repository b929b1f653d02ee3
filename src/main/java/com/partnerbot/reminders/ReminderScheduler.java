package com.partnerbot.reminders;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Runs the follow-up sweep every few minutes through db-scheduler: its state lives in the database, so a restart
 * loses nothing, and with several instances on one database only one runs the sweep at a time. Shutdown waits a
 * second or two for a running sweep (requests, the sender and the sweep together stop within ten seconds); a follow-up is handed to the outbox in one transaction, so a sweep cut off half
 * way leaves each follow-up either waiting or queued, never both.
 */
public final class ReminderScheduler implements AutoCloseable {
    static final String TASK = "follow-up-reminders";
    static final Duration EVERY = Duration.ofMinutes(10);
    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    static final int MISSED_HEARTBEATS = 4;

    private final Scheduler scheduler;

    public ReminderScheduler(DataSource dataSource, FollowUpReminders reminders) {
        RecurringTask<Void> sweep =
                Tasks.recurring(TASK, FixedDelay.of(EVERY)).execute((instance, context) -> reminders.sendDue());
        this.scheduler = Scheduler.create(dataSource)
                .startTasks(sweep)
                .threads(1)
                .pollingInterval(Duration.ofSeconds(30))
                // A sweep claimed by a process that was killed is taken over after about 20 s, not db-scheduler's
                // default half hour.
                .heartbeatInterval(HEARTBEAT)
                .missedHeartbeatsLimit(MISSED_HEARTBEATS)
                .shutdownMaxWait(Duration.ofSeconds(1))
                .build();
    }

    public ReminderScheduler start() {
        scheduler.start();
        return this;
    }

    @Override
    public void close() {
        scheduler.stop();
    }
}
