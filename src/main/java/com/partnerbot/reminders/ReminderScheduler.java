package com.partnerbot.reminders;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Runs the reminder sweep through db-scheduler every few seconds, so a reminder is posted within a minute of its
 * time: the task's state lives in the database, so a restart loses nothing, and with several instances on one
 * database only one runs the sweep at a time (each reminder is marked sent in the transaction that queues it, so
 * even two sweeps at once post it once). Shutdown waits a second for a running sweep; a sweep cut off half way
 * leaves each reminder either waiting or queued, never both.
 */
public final class ReminderScheduler implements AutoCloseable {
    static final String TASK = "reminders";
    /** The pause between two sweeps; with the polling interval, a reminder waits at most about 20 s past its time. */
    static final Duration EVERY = Duration.ofSeconds(10);

    static final Duration POLLING = Duration.ofSeconds(10);
    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    static final int MISSED_HEARTBEATS = 4;

    private final Scheduler scheduler;

    public ReminderScheduler(DataSource dataSource, Reminders reminders) {
        this(dataSource, reminders, teamId -> {});
    }

    /** {@code swept} is told each workspace whose reminders a sweep posted or ended. */
    public ReminderScheduler(DataSource dataSource, Reminders reminders, Consumer<String> swept) {
        this(dataSource, reminders, swept, EVERY, POLLING, HEARTBEAT);
    }

    /** With other intervals: tests that let the database go away and come back do not wait tens of seconds. */
    ReminderScheduler(
            DataSource dataSource,
            Reminders reminders,
            Consumer<String> swept,
            Duration every,
            Duration polling,
            Duration heartbeat) {
        RecurringTask<Void> sweep =
                Tasks.recurring(TASK, FixedDelay.of(every)).execute((instance, context) -> reminders.sendDue(swept));
        this.scheduler = Scheduler.create(dataSource)
                .startTasks(sweep)
                .threads(1)
                .pollingInterval(polling)
                // A sweep claimed by a process that was killed (or whose database went away while it ran) is taken
                // over after about 20 s, not db-scheduler's default half hour.
                .heartbeatInterval(heartbeat)
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
