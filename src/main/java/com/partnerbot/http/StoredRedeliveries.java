package com.partnerbot.http;

import com.partnerbot.store.HandledRequestDao;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

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

    private final Jdbi jdbi;
    private final Clock clock;

    public StoredRedeliveries(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public boolean claim(String teamId, String key) {
        long now = clock.millis();
        return jdbi.withExtension(
                        HandledRequestDao.class, dao -> dao.claim(teamId, key, now, now - Redeliveries.KEEP.toMillis()))
                == 1;
    }

    @Override
    public void forget(String teamId, String key) {
        jdbi.useExtension(HandledRequestDao.class, dao -> dao.forget(teamId, key));
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
