package com.partnerbot.testing;

import com.partnerbot.slack.BackgroundWork;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Background work that runs only when the test says so: the test first sees the acknowledgement, then runs what
 * the bot queued after it. Delays (a rate limit's Retry-After) are recorded, not waited for.
 */
public final class ManualWork implements BackgroundWork {
    private static final int MAX_TASKS = 1_000;

    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final List<Duration> delays = new ArrayList<>();
    private final List<Runnable> periodic = new ArrayList<>();
    private int periodicFailures;

    @Override
    public synchronized void run(Runnable task) {
        queue.add(task);
    }

    @Override
    public synchronized void runAfter(Duration delay, Runnable task) {
        delays.add(delay);
        queue.add(task);
    }

    /** Kept, not run: {@link #tick()} runs each periodic task once, as one period passing would. */
    @Override
    public synchronized void every(Duration period, Runnable task) {
        periodic.add(task);
    }

    /**
     * Runs every periodic task once, then everything they queued; returns how many tasks ran. A periodic task that
     * fails is counted and runs again at the next tick, as the production pool logs it and keeps its schedule (a
     * database that is away must not end the sweeps).
     */
    public int tick() {
        List<Runnable> tasks;
        synchronized (this) {
            tasks = List.copyOf(periodic);
        }
        for (Runnable task : tasks) {
            try {
                task.run();
            } catch (RuntimeException e) {
                synchronized (this) {
                    periodicFailures++;
                }
            }
        }
        return tasks.size() + runAll();
    }

    /** How many runs of periodic tasks failed so far. */
    public synchronized int periodicFailures() {
        return periodicFailures;
    }

    public synchronized int pending() {
        return queue.size();
    }

    /** The delays asked for so far, in order. */
    public synchronized List<Duration> delays() {
        return List.copyOf(delays);
    }

    /** Runs queued tasks, and those they queue, until none is left; returns how many ran. */
    public int runAll() {
        int ran = 0;
        while (true) {
            Runnable next;
            synchronized (this) {
                next = queue.poll();
            }
            if (next == null) {
                return ran;
            }
            if (++ran > MAX_TASKS) {
                throw new IllegalStateException("more than " + MAX_TASKS + " background tasks: a loop?");
            }
            next.run();
        }
    }
}
