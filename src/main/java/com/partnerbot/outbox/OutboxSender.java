package com.partnerbot.outbox;

import com.partnerbot.store.OutboxDao;
import com.partnerbot.store.OutboxRow;
import com.partnerbot.store.ReminderDao;
import io.github.resilience4j.core.IntervalFunction;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox holds. Each due row is claimed for a short lease, looked for in Slack first when an earlier
 * try may have landed, posted, and ends sent (with Slack's {@code ts}), pending again with a later time, or failed,
 * in which case the requester's notice is added in the same transaction.
 *
 * <p>Retries by kind of error: a rate limit waits for Slack's {@code Retry-After}; passing failures back off
 * exponentially with jitter while the message still matters ({@link Kind#mattersFor()}); permanent errors fail at
 * once.
 *
 * <p>Pacing: each channel gets at most one post a second ({@link ChannelPacer}). A pass lists what is due, claims
 * the rows whose channel may take a post now and gives the others a later time, each group in one transaction, then
 * posts the claimed rows side by side ({@link Pace#posts()}), one per channel, and lists again until nothing is
 * due. A timer wakes the sender for the earliest row it postponed. With several instances on one database, a row is
 * claimed only if no other instance is posting to its channel or posted there within the pacer's interval; the
 * claims of all instances are serialized by the database ({@code store.SerialTransactions} on PostgreSQL).
 */
public final class OutboxSender {
    /** A claim lasts this long; a row still "sending" after it was left by a process that stopped. */
    public static final Duration LEASE = Duration.ofSeconds(30);

    static final int BATCH = 100;

    /** How often one pass lists again before it lets the next pass take over. */
    static final int MAX_ROUNDS = 1_000;

    /** Runs {@code task} after {@code delay}, once (the background work's timer). */
    @FunctionalInterface
    public interface Timer {
        void after(Duration delay, Runnable task);
    }

    /**
     * How posts are paced and made: the pacer, the executor that makes the posts of one round side by side, and the
     * timer that wakes the sender for rows postponed by the pacer.
     */
    public record Pace(ChannelPacer pacer, Executor posts, Timer timer) {
        /** No pacing, one post after the other on the pass's own thread, no timer: what tests with a still clock use. */
        public static Pace none() {
            return new Pace(ChannelPacer.unpaced(), Runnable::run, (delay, task) -> {});
        }
    }

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Delivery delivery;
    private final Executor executor;
    private final IntervalFunction backoff;
    private final Claimant claimant = Claimant.thisProcess();
    private final Pace pace;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    /** When the timer set for postponed rows fires; {@code Long.MAX_VALUE} when none is set. */
    private final AtomicLong timerAt = new AtomicLong(Long.MAX_VALUE);

    private volatile boolean stopping;

    public OutboxSender(Jdbi jdbi, Clock clock, Delivery delivery, Executor executor) {
        this(jdbi, clock, delivery, executor, defaultBackoff(), Pace.none());
    }

    public OutboxSender(Jdbi jdbi, Clock clock, Delivery delivery, Executor executor, Pace pace) {
        this(jdbi, clock, delivery, executor, defaultBackoff(), pace);
    }

    OutboxSender(Jdbi jdbi, Clock clock, Delivery delivery, Executor executor, IntervalFunction backoff) {
        this(jdbi, clock, delivery, executor, backoff, Pace.none());
    }

    OutboxSender(Jdbi jdbi, Clock clock, Delivery delivery, Executor executor, IntervalFunction backoff, Pace pace) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.delivery = delivery;
        this.executor = executor;
        this.backoff = backoff;
        this.pace = pace;
    }

    /** 2 s, doubling, at most 5 minutes, each delay drawn within ±50%: retries from many rows spread out. */
    static IntervalFunction defaultBackoff() {
        return IntervalFunction.ofExponentialRandomBackoff(Duration.ofSeconds(2), 2.0, 0.5, Duration.ofMinutes(5));
    }

    /**
     * Asks for a pass over the outbox on the executor; returns at once. Wakes that arrive while one is queued are
     * folded into it, so a burst of commits costs one pass, not one per row.
     */
    public void wake() {
        if (stopping || !wakeQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                wakeQueued.set(false);
                sendDue();
            });
        } catch (RejectedExecutionException e) {
            // Shutting down: what is due stays in the outbox for the next start.
            wakeQueued.set(false);
        }
    }

    /**
     * At start: rows claimed by a process of this host that is no longer running (killed, or this very process's
     * previous life) are taken over now instead of after their lease; they are searched for in Slack first like any
     * abandoned claim. Returns how many rows were released.
     */
    public int releaseAbandoned() {
        OutboxDao outbox = jdbi.onDemand(OutboxDao.class);
        int released = 0;
        for (OutboxDao.Claim claim : outbox.claims()) {
            if (claimant.outlived(claim.claimant())) {
                released += outbox.expireClaims(claim.teamId(), claim.claimant(), clock.millis());
            }
        }
        if (released > 0) {
            log.info("Took over {} outbox row(s) left by a stopped process", released);
        }
        return released;
    }

    /** Stops claiming new rows; a post under way finishes and is recorded. */
    public void stop() {
        stopping = true;
    }

    /**
     * Sends every row due now, on the caller's thread (the posts of each round on {@link Pace#posts()}); returns how
     * many were delivered.
     */
    public int sendDue() {
        int delivered = 0;
        long nextSlot = Long.MAX_VALUE;
        try {
            OutboxDao outbox = jdbi.onDemand(OutboxDao.class);
            for (String teamId : outbox.workspacesWithDue(clock.millis())) {
                for (int round = 0; round < MAX_ROUNDS; round++) {
                    if (stopping) {
                        return delivered;
                    }
                    List<OutboxRow> due = outbox.due(teamId, clock.millis(), BATCH);
                    Round done = round(due);
                    delivered += done.delivered();
                    nextSlot = Math.min(nextSlot, done.nextSlot());
                    // Rows a round neither claimed nor postponed (taken by another process, or waiting for an older
                    // version of their message) would be listed again at once: the next pass sees to them.
                    if (due.size() < BATCH || done.moved() == 0) {
                        break;
                    }
                }
            }
        } catch (RuntimeException e) {
            // The database is unreachable or shutting down: the next pass tries again.
            log.warn("Outbox pass stopped: {}", e.toString());
        }
        if (nextSlot != Long.MAX_VALUE) {
            wakeAt(nextSlot);
        }
        return delivered;
    }

    /** What one round did: rows delivered, rows claimed or postponed, and the earliest slot it postponed a row to. */
    private record Round(int delivered, int moved, long nextSlot) {}

    /**
     * One round over rows listed as due: those whose channel may take a post now are claimed, the others postponed to
     * their channel's next slot, in one transaction; then the claimed rows are posted, side by side.
     */
    private Round round(List<OutboxRow> due) {
        long now = clock.millis();
        List<OutboxRow> admitted = new ArrayList<>();
        Map<OutboxRow, Long> postponed = new LinkedHashMap<>();
        for (OutboxRow row : due) {
            ChannelPacer.Turn turn = pace.pacer().admit(row.channelId(), now);
            if (turn.go()) {
                admitted.add(row);
            } else {
                postponed.put(row, turn.notBefore());
            }
        }
        long leaseUntil = now + LEASE.toMillis();
        long interval = pace.pacer().interval();
        List<OutboxRow> claimed = new ArrayList<>();
        int moved = jdbi.inTransaction(h -> {
            OutboxDao dao = h.attach(OutboxDao.class);
            int n = 0;
            for (OutboxRow row : admitted) {
                if (interval > 0
                        && dao.channelTakenElsewhere(row.teamId(), row.channelId(), claimant.id(), now, now - interval)
                                > 0) {
                    // Another instance has the channel: the row waits for the channel's next turn, below.
                    postponed.put(row, now + interval);
                    continue;
                }
                if (dao.claim(row.teamId(), row.id(), claimant.id(), now, leaseUntil) == 1) {
                    claimed.add(row);
                    n++;
                }
            }
            for (Map.Entry<OutboxRow, Long> wait : postponed.entrySet()) {
                OutboxRow row = wait.getKey();
                n += dao.postpone(row.teamId(), row.id(), wait.getValue(), now);
            }
            return n;
        });
        admitted.stream().filter(r -> !claimed.contains(r)).forEach(r -> pace.pacer()
                .release(r.channelId()));
        OutboxDao outbox = jdbi.onDemand(OutboxDao.class);
        List<Prepared> ready = new ArrayList<>();
        if (!claimed.isEmpty()) {
            for (Prepared p : jdbi.withHandle(h -> prepare(h.attach(OutboxDao.class), claimed, now))) {
                if (p.keyBusy()) {
                    waitForOlder(outbox, p.row(), now);
                    pace.pacer().release(p.row().channelId());
                } else {
                    ready.add(p);
                }
            }
        }
        List<CompletableFuture<Attempt>> posts = new ArrayList<>();
        for (Prepared p : ready) {
            posts.add(CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            if (stopping) {
                                // Claimed with this round but not begun: left for the next start, as it was.
                                OutboxRow row = p.row();
                                outbox.retryLater(
                                        row.teamId(),
                                        row.id(),
                                        claimant.id(),
                                        now,
                                        row.lastError().orElse(null),
                                        row.uncertainSince().orElse(null));
                                return Attempt.settled(row, false);
                            }
                            return post(outbox, p, now);
                        } finally {
                            pace.pacer().done(p.row().channelId(), clock.millis());
                        }
                    },
                    pace.posts()));
        }
        List<Attempt> attempts = new ArrayList<>();
        for (CompletableFuture<Attempt> post : posts) {
            try {
                attempts.add(post.join());
            } catch (CompletionException e) {
                log.warn("Outbox post failed on our side: {}", e.getCause().toString());
            }
        }
        int delivered = record(outbox, attempts, now);
        long nextSlot =
                postponed.values().stream().mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE);
        return new Round(delivered, moved, nextSlot);
    }

    /** A claimed row as read after its claim, with where its living message is, or that an older one is on its way. */
    private record Prepared(OutboxRow row, Optional<OutboxDao.Posted> living, boolean keyBusy) {}

    /**
     * A try: Slack's answer to record ({@code outcome}), or nothing left to record ({@code outcome} null: found in
     * the channel's history, or retried later), {@code delivered} saying whether it ended delivered.
     */
    private record Attempt(OutboxRow row, Delivery.Outcome outcome, boolean delivered) {
        static Attempt settled(OutboxRow row, boolean delivered) {
            return new Attempt(row, null, delivered);
        }
    }

    /** Reads the claimed rows again (a claim may have taken over a row another process left, making it uncertain). */
    private static List<Prepared> prepare(OutboxDao dao, List<OutboxRow> claimed, long claimedAt) {
        List<Prepared> prepared = new ArrayList<>();
        for (OutboxRow listed : claimed) {
            OutboxRow row = dao.find(listed.teamId(), listed.id()).orElseThrow();
            Optional<String> key = row.messageKey();
            boolean busy = key.isPresent() && dao.keyBusy(row.teamId(), key.get(), row.id(), claimedAt);
            Optional<OutboxDao.Posted> living =
                    key.isPresent() && !busy ? dao.posted(row.teamId(), key.get()) : Optional.empty();
            prepared.add(new Prepared(row, living, busy));
        }
        return prepared;
    }

    /**
     * An older version of this living message is on its way: this one goes after it, so the newest wins. The pass
     * that sends the older one wakes the sender again when it is done.
     */
    private void waitForOlder(OutboxDao outbox, OutboxRow row, long claimedAt) {
        String key = row.messageKey().orElseThrow();
        outbox.retryLater(row.teamId(), row.id(), claimant.id(), claimedAt, "key busy", null);
        // The older one may have finished meanwhile, before this row was pending again for it to see.
        if (!outbox.keyBusy(row.teamId(), key, row.id(), clock.millis())) {
            wake();
        }
    }

    /** Posts (or edits) one claimed row, on a posting thread; Slack's answer is recorded by the round. */
    private Attempt post(OutboxDao outbox, Prepared prepared, long claimedAt) {
        OutboxRow row = prepared.row();
        Optional<OutboxDao.Posted> living = prepared.living();
        if (!stillClaimed(outbox, row)) {
            return Attempt.settled(row, false);
        }
        // An update is idempotent: only a post that may have landed is looked for before trying again.
        if (row.uncertainSince().isPresent() && living.isEmpty()) {
            Delivery.Lookup lookup = delivery.findPosted(row);
            if (lookup instanceof Delivery.Lookup.Found found) {
                log.info("Outbox {} {} had already been posted; recorded", row.kind(), row.id());
                return Attempt.settled(
                        row, outbox.sentAt(row, claimant.id(), found.channel(), found.ts(), clock.millis()) == 1);
            }
            if (lookup instanceof Delivery.Lookup.Unknown unknown) {
                // Nothing was posted now, and the earlier try is still unaccounted for.
                retry(
                        outbox,
                        row,
                        unknown.reason(),
                        backoffFrom(row),
                        row.uncertainSince().get());
                return Attempt.settled(row, false);
            }
            if (!stillClaimed(outbox, row)) {
                return Attempt.settled(row, false);
            }
        }
        Delivery.Outcome outcome = living.isPresent()
                ? delivery.update(row, living.get().channelId(), living.get().ts())
                : delivery.deliver(row);
        if (outcome instanceof Delivery.Outcome.Gone) {
            log.info(
                    "Living message {} was deleted; posting it again",
                    row.messageKey().orElse(row.id()));
            outcome = delivery.deliver(row);
        }
        if (outcome instanceof Delivery.Outcome.RateLimited limited) {
            // Slack's word on the channel's pace beats ours: nothing more goes there until it says.
            pace.pacer().hold(row.channelId(), clock.millis() + limited.after().toMillis());
        }
        return new Attempt(row, outcome, false);
    }

    /**
     * Renews the claim on {@code row} for another {@link #LEASE} just before Slack is called: a row whose claim ran out
     * while it waited for a posting thread, or while its earlier post was looked for, may have been taken over by
     * another process by now, and is left to it.
     */
    private boolean stillClaimed(OutboxDao outbox, OutboxRow row) {
        long now = clock.millis();
        if (outbox.renew(row.teamId(), row.id(), claimant.id(), now, now + LEASE.toMillis()) == 1) {
            return true;
        }
        log.info(
                "Outbox {} {}: its claim ran out before it was posted; left to whoever holds it now",
                row.kind(),
                row.id());
        return false;
    }

    /**
     * Records a round's answers: every post that landed in one transaction (each update naming the claimant), the
     * rest one by one as {@link #finish} says. Newer versions of a living message just sent are then woken for.
     * Returns how many rows ended delivered.
     */
    private int record(OutboxDao outbox, List<Attempt> attempts, long claimedAt) {
        List<Attempt> landed = attempts.stream()
                .filter(a -> a.outcome() instanceof Delivery.Outcome.Delivered)
                .toList();
        int delivered = landed.isEmpty()
                ? 0
                : jdbi.inTransaction(h -> {
                    OutboxDao dao = h.attach(OutboxDao.class);
                    long now = clock.millis();
                    int n = 0;
                    for (Attempt a : landed) {
                        var done = (Delivery.Outcome.Delivered) a.outcome();
                        if (dao.sentAt(a.row(), claimant.id(), done.channel(), done.ts(), now) == 1) {
                            n++;
                        } else {
                            log.warn(
                                    "Outbox {} was posted after its claim was taken over; the new claimant will"
                                            + " find it",
                                    a.row().id());
                        }
                    }
                    return n;
                });
        for (Attempt a : attempts) {
            if (a.outcome() == null) {
                delivered += a.delivered() ? 1 : 0;
            } else if (!(a.outcome() instanceof Delivery.Outcome.Delivered)) {
                finish(outbox, a.row(), a.outcome(), claimedAt);
            }
        }
        List<OutboxRow> keyed = attempts.stream()
                .map(Attempt::row)
                .filter(r -> r.messageKey().isPresent())
                .toList();
        if (!keyed.isEmpty()
                && jdbi.withHandle(h -> keyed.stream().anyMatch(r -> h.attach(OutboxDao.class)
                        .waiting(r.teamId(), r.messageKey().get(), r.id())))) {
            wake();
        }
        return delivered;
    }

    /** Sets the timer for {@code at} unless one is set for sooner; it wakes the sender. */
    private void wakeAt(long at) {
        long current = timerAt.get();
        if (current <= at || !timerAt.compareAndSet(current, at)) {
            return;
        }
        pace.timer().after(Duration.ofMillis(Math.max(0, at - clock.millis())), () -> {
            timerAt.compareAndSet(at, Long.MAX_VALUE);
            wake();
        });
    }

    /** Records how the try ended; true when the row ended delivered. */
    private boolean finish(OutboxDao outbox, OutboxRow row, Delivery.Outcome outcome, long claimedAt) {
        if (outcome instanceof Delivery.Outcome.Delivered done) {
            int recorded = outbox.sentAt(row, claimant.id(), done.channel(), done.ts(), clock.millis());
            if (recorded == 0) {
                log.warn(
                        "Outbox {} was posted after its claim was taken over; the new claimant will find it", row.id());
            }
            return recorded == 1;
        }
        if (outcome instanceof Delivery.Outcome.Gone) {
            fail(row, "message_not_found");
            return false;
        }
        if (outcome instanceof Delivery.Outcome.RateLimited limited) {
            retry(outbox, row, "ratelimited", clock.millis() + limited.after().toMillis(), null);
        } else if (outcome instanceof Delivery.Outcome.Transient failure) {
            // A try that may have landed is looked for before the next one; one that surely did not leaves nothing
            // to look for (any earlier try was searched for just now).
            retry(outbox, row, failure.reason(), backoffFrom(row), failure.maybePosted() ? claimedAt : null);
        } else {
            fail(row, ((Delivery.Outcome.Permanent) outcome).reason());
        }
        return false;
    }

    private long backoffFrom(OutboxRow row) {
        return clock.millis() + backoff.apply(Math.max(1, row.attempts()));
    }

    /** Back to pending until {@code notBefore}, or failed when that is past the time the message matters. */
    private void retry(OutboxDao outbox, OutboxRow row, String reason, long notBefore, Long uncertainSince) {
        if (notBefore > row.giveUpAt()) {
            fail(row, reason);
            return;
        }
        log.info(
                "Outbox {} {} to {} will be retried in {} ms: {}",
                row.kind(),
                row.id(),
                row.channelId(),
                notBefore - clock.millis(),
                reason);
        outbox.retryLater(row.teamId(), row.id(), claimant.id(), notBefore, reason, uncertainSince);
    }

    /** Ends the row failed and, in the same transaction, adds the notice for the person who asked. */
    private void fail(OutboxRow row, String reason) {
        log.warn("Outbox {} {} to {} failed: {}", row.kind(), row.id(), row.channelId(), reason);
        Optional<OutboxMessage> notice =
                row.requesterId().isPresent() && !Kind.NOTICE.id().equals(row.kind())
                        ? Optional.of(delivery.failureNotice(row, reason))
                        : Optional.empty();
        boolean noticeAdded = jdbi.inTransaction(h -> {
            if (h.attach(OutboxDao.class).failed(row.teamId(), row.id(), claimant.id(), reason, clock.millis()) == 0) {
                return false;
            }
            // A reminder posted by this row is marked failed with the reason, so it says why it never arrived.
            h.attach(ReminderDao.class).postFailed(row.teamId(), row.id(), reason, clock.millis());
            notice.ifPresent(n -> Outbox.insert(h, clock.millis(), row.teamId(), n));
            return notice.isPresent();
        });
        if (noticeAdded) {
            wake();
        }
    }
}
