package com.partnerbot.slack.portfolio;

import com.partnerbot.portfolio.Portfolio;
import com.partnerbot.portfolio.SharedChanges;
import com.partnerbot.slack.BackgroundWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes the Home tabs of a workspace after something in it changed (a request handled, reminders swept), once
 * things have been quiet for {@link #QUIET}, or at the latest {@link #AT_MOST} after the first change, so a busy
 * workspace's Homes are refreshed every few seconds, not on every click. The overview is forgotten at once, so a list
 * asked for right after a change is current. With several instances on one database, each tells the others of its
 * changes ({@link SharedChanges}) and hears theirs at each tick: every instance renews its overview and refreshes the
 * Home tabs it published, whichever instance the change was made on.
 */
public final class HomeRefresher {
    /** How often pending refreshes are looked at. */
    static final Duration TICK = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(HomeRefresher.class);

    static final Duration QUIET = Duration.ofSeconds(2);
    static final Duration AT_MOST = Duration.ofSeconds(10);

    private final Consumer<String> forget;
    private final Consumer<String> refresh;
    private final Clock clock;
    private final Optional<SharedChanges> shared;
    /** Where the other instances are told of changes: on the work {@link #start} is given. */
    private volatile Executor telling = Runnable::run;

    private record Changes(Instant first, Instant last) {}

    // Guarded by this.
    private final Map<String, Changes> changed = new HashMap<>();

    /** {@code forget} forgets a workspace's overview; {@code refresh} publishes its Home tabs that changed. */
    public HomeRefresher(Consumer<String> forget, Consumer<String> refresh, Clock clock) {
        this(forget, refresh, clock, Optional.empty());
    }

    /** Also tells the other instances of each change, and hears theirs, through {@code shared}. */
    HomeRefresher(Consumer<String> forget, Consumer<String> refresh, Clock clock, Optional<SharedChanges> shared) {
        this.forget = forget;
        this.refresh = refresh;
        this.clock = clock;
        this.shared = shared;
    }

    /**
     * Forgets the portfolio's overview and refreshes the Home tabs {@code publisher} publishes; with several instances
     * on one database, {@code shared} carries the changes between them.
     */
    public HomeRefresher(Portfolio portfolio, HomePublisher publisher, Clock clock, Optional<SharedChanges> shared) {
        this(portfolio::changed, publisher::refresh, clock, shared);
    }

    /** Looks at pending refreshes every {@link #TICK}, on {@code work}. */
    public HomeRefresher start(BackgroundWork work) {
        this.telling = work::run;
        work.every(TICK, this::flush);
        return this;
    }

    /**
     * Something in the workspace may have changed. The other instances are told on the background work, never on the
     * request that made the change: it is answered first.
     */
    public void changed(String teamId) {
        noted(teamId);
        shared.ifPresent(changes -> telling.execute(() -> {
            try {
                changes.changed(teamId);
            } catch (RuntimeException e) {
                // The other instances renew their overview within a minute anyway.
                log.warn("Could not tell the other instances that {} changed: {}", teamId, e.toString());
            }
        }));
    }

    private void noted(String teamId) {
        forget.accept(teamId);
        Instant now = clock.instant();
        synchronized (this) {
            changed.merge(teamId, new Changes(now, now), (old, next) -> new Changes(old.first(), now));
        }
    }

    /** Refreshes the workspaces whose changes are due: quiet long enough, or waiting too long. */
    void flush() {
        shared.ifPresent(changes -> {
            try {
                changes.changedElsewhere().forEach(this::noted);
            } catch (RuntimeException e) {
                log.debug("Changes of the other instances not read: {}", e.toString());
            }
        });
        Instant now = clock.instant();
        List<String> due = new ArrayList<>();
        synchronized (this) {
            changed.entrySet().removeIf(e -> {
                boolean ready = !now.isBefore(e.getValue().last().plus(QUIET))
                        || !now.isBefore(e.getValue().first().plus(AT_MOST));
                if (ready) {
                    due.add(e.getKey());
                }
                return ready;
            });
        }
        for (String teamId : due) {
            // Work the overview out again now: a change finished after its request was acknowledged is in it.
            forget.accept(teamId);
            refresh.accept(teamId);
        }
    }
}
