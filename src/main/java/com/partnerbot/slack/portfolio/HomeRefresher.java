package com.partnerbot.slack.portfolio;

import com.partnerbot.portfolio.Portfolio;
import com.partnerbot.slack.BackgroundWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Refreshes the Home tabs of a workspace after something in it changed (a request handled, reminders swept), once
 * things have been quiet for {@link #QUIET}, or at the latest {@link #AT_MOST} after the first change, so a busy
 * workspace's Homes are refreshed every few seconds, not on every click. The overview is forgotten at once, so a list
 * asked for right after a change is current.
 */
public final class HomeRefresher {
    /** How often pending refreshes are looked at. */
    static final Duration TICK = Duration.ofSeconds(1);

    static final Duration QUIET = Duration.ofSeconds(2);
    static final Duration AT_MOST = Duration.ofSeconds(10);

    private final Consumer<String> forget;
    private final Consumer<String> refresh;
    private final Clock clock;

    private record Changes(Instant first, Instant last) {}

    // Guarded by this.
    private final Map<String, Changes> changed = new HashMap<>();

    /** {@code forget} forgets a workspace's overview; {@code refresh} publishes its Home tabs that changed. */
    public HomeRefresher(Consumer<String> forget, Consumer<String> refresh, Clock clock) {
        this.forget = forget;
        this.refresh = refresh;
        this.clock = clock;
    }

    /** Forgets the portfolio's overview and refreshes the Home tabs {@code publisher} publishes. */
    public HomeRefresher(Portfolio portfolio, HomePublisher publisher, Clock clock) {
        this(portfolio::changed, publisher::refresh, clock);
    }

    /** Looks at pending refreshes every {@link #TICK}, on {@code work}. */
    public HomeRefresher start(BackgroundWork work) {
        work.every(TICK, this::flush);
        return this;
    }

    /** Something in the workspace may have changed. */
    public void changed(String teamId) {
        forget.accept(teamId);
        Instant now = clock.instant();
        synchronized (this) {
            changed.merge(teamId, new Changes(now, now), (old, next) -> new Changes(old.first(), now));
        }
    }

    /** Refreshes the workspaces whose changes are due: quiet long enough, or waiting too long. */
    void flush() {
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
