package com.partnerbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.reminders.Reminders;
import com.partnerbot.store.OutboxDao;
import com.partnerbot.store.OutboxRow;
import com.partnerbot.store.ReminderDao;
import com.partnerbot.store.ReminderRow;
import com.partnerbot.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The steps of many partnerships' stories, run in time order on one clock up to {@code now} as the application would
 * have lived them: between steps the reminder sweep runs at each reminder's time (a workspace's reminders due together
 * are swept together), some launch stages are marked done two days after they were posted, and every post is
 * delivered as the sender records it. Committed a few thousand steps at a time; the services' own transactions join
 * the open one.
 */
final class SeedTimeline {
    private static final int STEPS_PER_TRANSACTION = 5_000;
    private static final String CLAIMANT = "seed";

    private final Instant now;
    private final String team;
    private final TestClock clock;
    private final Reminders reminders;
    private final Random random;
    private final PriorityQueue<Step> steps =
            new PriorityQueue<>(Comparator.comparing(Step::at).thenComparingLong(Step::order));
    private long scheduled;
    private long posted;
    /** The transaction the steps now run in. */
    private Handle handle;

    private record Step(Instant at, long order, Runnable action) {}

    SeedTimeline(Instant now, String team, TestClock clock, Reminders reminders, Random random) {
        this.now = now;
        this.team = team;
        this.clock = clock;
        this.reminders = reminders;
        this.random = random;
    }

    /** Runs every step and sweep up to now, leaving the clock at now. */
    void run(Jdbi jdbi) {
        boolean[] more = {true};
        while (more[0]) {
            // Jdbi hands the services' transactions the thread's open handle: they join this one.
            jdbi.useTransaction(h -> more[0] = run(h, STEPS_PER_TRANSACTION));
        }
    }

    /** A step of a story at {@code at}; one after now has not happened yet, and neither have those after it. */
    void later(Instant at, Runnable action) {
        if (at.isBefore(now)) {
            steps.add(new Step(at, scheduled++, action));
        }
    }

    /**
     * Runs up to {@code limit} steps and sweeps, in time order: each due reminder swept at its own time (or, when a step
     * scheduled it in the past, at once), some launch stages marked done two days after they were posted. False once
     * all is done up to now. What they posted is delivered at the end, and before a reminder's post is edited.
     */
    private boolean run(Handle h, int limit) {
        handle = h;
        ReminderDao dao = h.attach(ReminderDao.class);
        try {
            for (int n = 0; n < limit; n++) {
                long due = dao.nextDue().orElse(Long.MAX_VALUE);
                Step step = steps.peek();
                if (due <= now.toEpochMilli()
                        && (step == null || due <= step.at().toEpochMilli())) {
                    // The clock never goes back: what came due before a step is swept when the step is done.
                    clock.set(Instant.ofEpochMilli(Math.max(due, clock.millis())));
                    List<Map<String, Object>> stages = stagesDue();
                    reminders.sendDue();
                    markSomeDone(dao, stages);
                } else if (step != null) {
                    clock.set(steps.poll().at());
                    step.action().run();
                } else {
                    clock.set(now);
                    return false;
                }
            }
            return true;
        } finally {
            deliver();
        }
    }

    /** The launch stages the sweep is about to post, with their partnership's owner. */
    private List<Map<String, Object>> stagesDue() {
        return handle.createQuery("""
                        SELECT r.id, p.owner_user_id FROM reminder r
                        JOIN partnership p ON p.team_id = r.team_id AND p.id = r.partnership_id
                        WHERE r.status = 'scheduled' AND r.due_at <= :now AND r.team_id = :team
                          AND r.kind = 'launch_stage'
                        """)
                .bind("now", clock.millis())
                .bind("team", team)
                .mapToMap()
                .list();
    }

    /** Four in ten launch stages just posted are marked done by the owner two days later. */
    private void markSomeDone(ReminderDao dao, List<Map<String, Object>> stages) {
        Instant postedAt = clock.instant();
        for (Map<String, Object> stage : stages) {
            String id = (String) stage.get("id");
            String owner = (String) stage.get("owner_user_id");
            boolean sent =
                    dao.find(team, id).map(ReminderRow::status).orElse("").equals(ReminderRow.SENT);
            if (sent && random.nextInt(10) < 4) {
                later(postedAt.plus(Duration.ofDays(2)), () -> {
                    // Its post went out when it was due; done edits it.
                    deliver();
                    assertThat(reminders.end(team, id, ReminderRow.DONE, owner))
                            .isInstanceOf(Reminders.Result.Changed.class);
                });
            }
        }
    }

    /**
     * Every waiting post, claimed and marked sent at the moment it was added, as the sender does once Slack accepted
     * it. Found by status alone (its index), not by the sender's query, which reads a whole workspace.
     */
    private void deliver() {
        OutboxDao dao = handle.attach(OutboxDao.class);
        List<String> waiting = handle.createQuery("SELECT id FROM outbox WHERE status = 'pending' AND team_id = :team")
                .bind("team", team)
                .mapTo(String.class)
                .list();
        for (String id : waiting) {
            OutboxRow row = dao.find(team, id).orElseThrow();
            long at = row.notBefore();
            dao.claim(team, row.id(), CLAIMANT, at, at + 60_000);
            String ts = String.format("%d.%06d", at / 1000, ++posted % 1_000_000);
            dao.sentAt(row, CLAIMANT, row.channelId(), ts, at);
        }
    }
}
