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
 * few seconds for a running sweep (with the background drain, about ten in all, a usual container grace period);
 * a follow-up cut off while "sending" is sent again after its lease.
 */
public final class ReminderScheduler implements AutoCloseable {
    static final String TASK = "follow-up-reminders";
    static final Duration EVERY = Duration.ofMinutes(10);

    private final Scheduler scheduler;

    public ReminderScheduler(DataSource dataSource, FollowUpReminders reminders) {
        RecurringTask<Void> sweep =
                Tasks.recurring(TASK, FixedDelay.of(EVERY)).execute((instance, context) -> reminders.sendDue());
        this.scheduler = Scheduler.create(dataSource)
                .startTasks(sweep)
                .threads(1)
                .pollingInterval(Duration.ofSeconds(30))
                .shutdownMaxWait(Duration.ofSeconds(3))
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
