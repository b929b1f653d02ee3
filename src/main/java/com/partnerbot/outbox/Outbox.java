package com.partnerbot.outbox;

import com.partnerbot.store.OutboxDao;
import java.time.Clock;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Where features leave what the bot owes: {@link #add} writes the row in the caller's transaction, so the message
 * exists exactly when the change it reports does, and wakes the sender once that transaction commits.
 */
public final class Outbox {
    private final Clock clock;
    private final Runnable wake;

    /** {@code wake} is run after each commit that added a row (the sender's coalescing wake-up). */
    public Outbox(Clock clock, Runnable wake) {
        this.clock = clock;
        this.wake = wake;
    }

    /**
     * Adds the message inside {@code handle}'s transaction; returns the row's id. A living message's row supersedes
     * the rows of its key still waiting, so the message ends showing the newest content.
     */
    public String add(Handle handle, String teamId, OutboxMessage message) {
        String id = insert(handle, clock.millis(), teamId, message);
        wakeAfterCommit(handle);
        return id;
    }

    /** Wakes the sender once {@code handle}'s transaction commits, or now when there is none. */
    private void wakeAfterCommit(Handle handle) {
        if (handle.isInTransaction()) {
            handle.afterCommit(wake);
        } else {
            wake.run();
        }
    }

    static String insert(Handle handle, long now, String teamId, OutboxMessage message) {
        return insert(handle, now, teamId, message, true);
    }

    /**
     * Adds the first message of a living message that has never been posted (a fresh key): nothing of its key can be
     * waiting, so nothing is superseded. Used where many are added at once, such as a sweep of due reminders.
     */
    public String addFirst(Handle handle, String teamId, OutboxMessage message) {
        String id = insert(handle, clock.millis(), teamId, message, false);
        wakeAfterCommit(handle);
        return id;
    }

    private static String insert(Handle handle, long now, String teamId, OutboxMessage message, boolean supersede) {
        String id = UUID.randomUUID().toString();
        OutboxDao dao = handle.attach(OutboxDao.class);
        dao.insert(
                teamId,
                id,
                message.kind().id(),
                message.channelId(),
                message.text(),
                message.blocksJson().orElse(null),
                message.requesterId().orElse(null),
                message.responseUrl().orElse(null),
                message.about(),
                now,
                now + message.kind().mattersFor().toMillis(),
                message.messageKey().orElse(null));
        if (supersede) {
            message.messageKey().ifPresent(key -> dao.supersede(teamId, key, id, now));
        }
        return id;
    }
}
