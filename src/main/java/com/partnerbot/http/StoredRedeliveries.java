package com.partnerbot.http;

import com.partnerbot.store.HandledRequestDao;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The requests handled lately, in the database (V16 {@code handled_request}), for several instances behind one load
 * balancer: Slack's retry of an event reaches whichever instance the balancer picks, and that one must know the first
 * delivery was handled elsewhere. A claim is one statement (insert, or take over an entry older than {@link
 * Redeliveries#KEEP}), atomic on its own, outside any transaction; entries older than that are removed by {@link
 * #removeExpired()}, which the application runs every hour.
 */
public final class StoredRedeliveries implements HandledRequests {
    /** How often the application removes expired entries. */
    public static final Duration SWEEP_EVERY = Duration.ofHours(1);

    /**
     * A request under way this long was left by an instance that stopped while handling it (an answer is due within
     * Slack's three seconds): its redelivery is handled.
     */
    static final Duration ABANDONED_AFTER = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(StoredRedeliveries.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Executor afterAnswer;

    /** Marks requests done at once, on the caller's thread. */
    public StoredRedeliveries(Jdbi jdbi, Clock clock) {
        this(jdbi, clock, Runnable::run);
    }

    /**
     * Marks requests done on {@code afterAnswer} (the background work), so the write is not on the way of Slack's
     * answer; a redelivery comes seconds later.
     */
    public StoredRedeliveries(Jdbi jdbi, Clock clock, Executor afterAnswer) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.afterAnswer = afterAnswer;
    }

    /**
     * Takes the request as under way, when it is new (or its entry expired, or was left under way for {@link
     * #ABANDONED_AFTER}); when the database cannot say (it is out of reach), the request counts as new: it goes on to
     * its listener, which answers that the database is away.
     */
    @Override
    public Claim claim(String teamId, String key) {
        long now = clock.millis();
        try {
            return jdbi.withExtension(HandledRequestDao.class, dao -> {
                if (dao.claim(teamId, key, now, now - Redeliveries.KEEP.toMillis(), now - ABANDONED_AFTER.toMillis())
                        == 1) {
                    return Claim.NEW;
                }
                return dao.status(teamId, key).filter("done"::equals).isPresent() ? Claim.HANDLED : Claim.UNDER_WAY;
            });
        } catch (RuntimeException e) {
            log.debug("Handled requests not read: {}", e.toString());
            return Claim.NEW;
        }
    }

    @Override
    public void done(String teamId, String key) {
        afterAnswer.execute(() -> {
            try {
                jdbi.useExtension(HandledRequestDao.class, dao -> dao.done(teamId, key));
            } catch (RuntimeException e) {
                // Left under way, a redelivery waits ABANDONED_AFTER, then does the work again.
                log.warn("A handled request not marked done: {}", e.toString());
            }
        });
    }

    @Override
    public void forget(String teamId, String key) {
        try {
            jdbi.useExtension(HandledRequestDao.class, dao -> dao.forget(teamId, key));
        } catch (RuntimeException e) {
            // Left under way, a redelivery waits ABANDONED_AFTER, then does the work.
            log.warn("A failed request not forgotten: {}", e.toString());
        }
    }

    /** Removes the entries older than {@link Redeliveries#KEEP}, workspace by workspace; returns how many. */
    public int removeExpired() {
        long before = clock.millis() - Redeliveries.KEEP.toMillis();
        return jdbi.withExtension(HandledRequestDao.class, dao -> {
            int removed = 0;
            for (String teamId : dao.workspacesWithExpired(before)) {
                removed += dao.deleteExpired(teamId, before);
            }
            return removed;
        });
    }
}
