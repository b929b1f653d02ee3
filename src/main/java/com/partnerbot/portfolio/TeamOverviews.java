package com.partnerbot.portfolio;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Each workspace's overview, worked out once and shared by everyone who asks until something in the workspace changes
 * ({@link #forget}) or it is older than {@code freshFor} (what only time changes: a reminder becoming overdue, the
 * next seven days moving on). Twenty people opening Home at once wait for one computation, not twenty.
 */
final class TeamOverviews {
    private final Clock clock;
    private final Duration freshFor;
    private final Function<String, TeamOverview> compute;
    private final ConcurrentHashMap<String, CompletableFuture<TeamOverview>> entries = new ConcurrentHashMap<>();

    TeamOverviews(Clock clock, Duration freshFor, Function<String, TeamOverview> compute) {
        this.clock = clock;
        this.freshFor = freshFor;
        this.compute = compute;
    }

    /** The workspace's overview: the one kept while fresh, the one being worked out, or a new one. */
    TeamOverview get(String teamId) {
        while (true) {
            CompletableFuture<TeamOverview> kept = entries.get(teamId);
            if (kept == null) {
                CompletableFuture<TeamOverview> mine = new CompletableFuture<>();
                if (entries.putIfAbsent(teamId, mine) == null) {
                    return computeInto(teamId, mine);
                }
            } else if (!kept.isDone()) {
                return await(kept);
            } else {
                TeamOverview overview = kept.isCompletedExceptionally() ? null : kept.getNow(null);
                if (overview != null && fresh(overview)) {
                    return overview;
                }
                entries.remove(teamId, kept);
            }
        }
    }

    /** Something in the workspace changed: the next reader works the overview out again. */
    void forget(String teamId) {
        entries.remove(teamId);
    }

    private boolean fresh(TeamOverview overview) {
        return clock.instant().isBefore(overview.at().plus(freshFor));
    }

    private TeamOverview computeInto(String teamId, CompletableFuture<TeamOverview> mine) {
        try {
            TeamOverview overview = compute.apply(teamId);
            mine.complete(overview);
            return overview;
        } catch (RuntimeException e) {
            // Those waiting get the failure; the next reader tries again.
            entries.remove(teamId, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static TeamOverview await(CompletableFuture<TeamOverview> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
