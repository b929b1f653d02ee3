package com.partnerbot.slack;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that must not hold up Slack's three-second acknowledgement: sending the outbox, opening the next page of a
 * list, publishing the Home tab. Nothing here needs to survive a restart: what the bot owes is in the outbox. Tests
 * supply their own implementation that runs tasks when the test says so.
 */
public interface BackgroundWork extends AutoCloseable {

    void run(Runnable task);

    void runAfter(Duration delay, Runnable task);

    /** Runs {@code task} every {@code period} until closed (the outbox's poll for retries and stale claims). */
    void every(Duration period, Runnable task);

    /** Lets queued work finish for a short while; what cannot finish is logged. */
    @Override
    default void close() {}

    /** How long {@link #close()} waits for queued posts at shutdown. */
    Duration DRAIN = Duration.ofSeconds(3);

    /** The production implementation: a small scheduled pool whose tasks log their failures instead of losing them. */
    static BackgroundWork pool(int threads) {
        return pool(threads, "partnerbot-work");
    }

    /** A pool of its own, its threads named {@code name} (Home's publishes have one). */
    static BackgroundWork pool(int threads, String name) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        Logger log = LoggerFactory.getLogger(BackgroundWork.class);
        return new BackgroundWork() {
            @Override
            public void run(Runnable task) {
                executor.execute(guarded(task));
            }

            @Override
            public void runAfter(Duration delay, Runnable task) {
                executor.schedule(guarded(task), delay.toMillis(), TimeUnit.MILLISECONDS);
            }

            @Override
            public void every(Duration period, Runnable task) {
                executor.scheduleWithFixedDelay(
                        guarded(task), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
            }

            @Override
            public void close() {
                // Periodic tasks end here; a task under way finishes.
                executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
                executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
                executor.shutdown();
                try {
                    if (!executor.awaitTermination(DRAIN.toSeconds(), TimeUnit.SECONDS)) {
                        int dropped = executor.shutdownNow().size();
                        log.warn("Stopped with {} background task(s) unfinished", dropped);
                    }
                } catch (InterruptedException e) {
                    executor.shutdownNow();
                    Thread.currentThread().interrupt();
                }
            }

            private Runnable guarded(Runnable task) {
                return () -> {
                    try {
                        task.run();
                    } catch (RuntimeException e) {
                        log.error("Background task failed", e);
                    }
                };
            }
        };
    }
}
