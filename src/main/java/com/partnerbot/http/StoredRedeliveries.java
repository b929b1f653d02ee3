package com.partnerbot.http;

import com.partnerbot.store.HandledRequestDao;
import java.time.Clock;
import java.time.Duration;
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

    private static final Logger log = LoggerFactory.getLogger(StoredRedeliveries.class);

    private final Jdbi jdbi;
    private final Clock clock;

    public StoredRedeliveries(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Records the request as handled; when the database cannot say (it is out of reach), the request counts as new: it
     * goes on to its listener, which answers that the database is away.
     */
    @Override
    public boolean claim(String teamId, String key) {
        long now = clock.millis();
        try {
            return jdbi.withExtension(
                            HandledRequestDao.class,
                            dao -> dao.claim(teamId, key, now, now - Redeliveries.KEEP.toMillis()))
                    == 1;
        } catch (RuntimeException e) {
            log.debug("Handled requests not read: {}", e.toString());
            return true;
        }
    }

    @Override
    public void forget(String teamId, String key) {
        try {
            jdbi.useExtension(HandledRequestDao.class, dao -> dao.forget(teamId, key));
        } catch (RuntimeException e) {
            log.debug("A failed request not forgotten: {}", e.toString());
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
