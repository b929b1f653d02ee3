package com.partnerbot.portfolio;

import com.partnerbot.store.WorkspaceChangeDao;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Changes to a workspace's portfolio told to every instance on the database: each instance writes when it changed a
 * workspace, and reads, every second, the workspaces changed by the others since it last looked. What an instance
 * keeps in memory about a workspace (its overview, the Home tabs it published) is renewed from that.
 *
 * <p>Times are the writing instance's clock. Each poll looks {@link #OVERLAP} further back than this instance's time
 * at the poll before, and compares each workspace's time with the one it saw, so a change written a little late, or by
 * an instance whose clock is up to that much behind, is not missed, and none is reported twice. An instance whose
 * clock is off affects only what it reads itself, never what the others read.
 */
public final class SharedChanges {
    /** How far behind the newest change seen the poll looks again. */
    static final Duration OVERLAP = Duration.ofSeconds(10);

    private final Jdbi jdbi;
    private final Clock clock;

    // Guarded by this.
    private final Map<String, Long> seen = new HashMap<>();
    private long lastPoll;

    public SharedChanges(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.lastPoll = clock.millis();
    }

    /** This instance changed {@code teamId}'s portfolio. */
    public void changed(String teamId) {
        long now = clock.millis();
        jdbi.useExtension(WorkspaceChangeDao.class, dao -> dao.changed(teamId, now));
        synchronized (this) {
            seen.put(teamId, now);
        }
    }

    /** The workspaces another instance changed since the last call. */
    public List<String> changedElsewhere() {
        long now = clock.millis();
        long since;
        synchronized (this) {
            since = lastPoll - OVERLAP.toMillis();
            lastPoll = now;
        }
        Map<String, Long> changes = jdbi.withExtension(WorkspaceChangeDao.class, dao -> dao.changedSince(since));
        List<String> teams = new ArrayList<>();
        synchronized (this) {
            changes.forEach((teamId, at) -> {
                Long known = seen.put(teamId, at);
                if (known == null || known.longValue() != at) {
                    teams.add(teamId);
                }
            });
            // What is older than the next poll's window can no longer come back: forget it.
            long forgetBefore = now - 2 * OVERLAP.toMillis();
            seen.values().removeIf(at -> at < forgetBefore);
        }
        return teams;
    }
}
