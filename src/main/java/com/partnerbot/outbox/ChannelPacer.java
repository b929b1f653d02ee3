package com.partnerbot.outbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Slack takes about one message per second per channel. The pacer keeps the sender to that by itself, so a channel
 * owed many posts at once (ten reminders due at 09:00) gets them one a second, while other channels go on at once:
 * at most one post per channel is under way, and the next may start only {@code interval} after the previous one
 * ended. Measuring from the end, not the start, keeps the gap at Slack at least {@code interval} however long a post
 * takes. A row that may not go yet is given a slot: {@code interval} plus a small {@code margin} after the one
 * before it, so the rows of one channel come due one by one instead of all at once.
 *
 * <p>In memory and per process. Several processes on one database also look there before a post, whether another
 * one is posting to the channel or posted there within {@code interval} ({@link OutboxSender}); should two still
 * meet, Slack's 429 and its Retry-After keep them apart, which the sender honours for the channel ({@link #hold}). Times are epoch milliseconds from the
 * sender's clock.
 */
public final class ChannelPacer {
    /** Beyond this many channels remembered, those with nothing pending are forgotten. */
    static final int FORGET_ABOVE = 10_000;

    private final long interval;
    private final long margin;
    private final Map<String, Channel> channels = new HashMap<>();

    private static final class Channel {
        boolean busy;
        /** The earliest a next post may start. */
        long openAt = Long.MIN_VALUE;
        /** The latest slot given to a row that had to wait. */
        long booked = Long.MIN_VALUE;
    }

    public ChannelPacer(Duration interval, Duration margin) {
        this.interval = interval.toMillis();
        this.margin = margin.toMillis();
    }

    /** Slack's pace: one post per channel per second, slots 1.2 s apart. */
    public static ChannelPacer slack() {
        return new ChannelPacer(Duration.ofSeconds(1), Duration.ofMillis(200));
    }

    /** No pacing: for tests whose clock stands still, where two posts to one channel go out at the same instant. */
    public static ChannelPacer unpaced() {
        return new ChannelPacer(Duration.ZERO, Duration.ZERO);
    }

    /** The least time between the end of one post to a channel and the start of the next, in milliseconds. */
    public long interval() {
        return interval;
    }

    /** Whether a post may start now, or when to try again. */
    public record Turn(boolean go, long notBefore) {
        static Turn now() {
            return new Turn(true, 0);
        }
    }

    /**
     * A post to {@code channel} may start at {@code now}: then the channel is busy until {@link #done}. Otherwise the
     * row gets the next free slot of the channel.
     */
    public synchronized Turn admit(String channel, long now) {
        if (interval == 0) {
            return Turn.now();
        }
        if (channels.size() > FORGET_ABOVE) {
            channels.values().removeIf(c -> !c.busy && c.openAt < now && c.booked < now);
        }
        Channel c = channels.computeIfAbsent(channel, k -> new Channel());
        if (!c.busy && now >= c.openAt) {
            c.busy = true;
            return Turn.now();
        }
        // While a post is under way its end is not known yet: assume it ends about now.
        long open = c.busy ? Math.max(now, c.openAt) + interval : c.openAt;
        long slot = Math.max(
                Math.max(open, now + 1), c.booked == Long.MIN_VALUE ? Long.MIN_VALUE : c.booked + interval + margin);
        c.booked = slot;
        return new Turn(false, slot);
    }

    /** The post admitted for {@code channel} was not made after all (another process claimed the row). */
    public synchronized void release(String channel) {
        Channel c = channels.get(channel);
        if (c != null) {
            c.busy = false;
        }
    }

    /** The post to {@code channel} ended at {@code endedAt}: the next may start {@code interval} later. */
    public synchronized void done(String channel, long endedAt) {
        Channel c = channels.get(channel);
        if (c != null) {
            c.busy = false;
            c.openAt = Math.max(c.openAt, endedAt + interval);
        }
    }

    /** Slack asked to wait until {@code until} before posting to {@code channel} again (HTTP 429, Retry-After). */
    public synchronized void hold(String channel, long until) {
        if (interval == 0) {
            return;
        }
        Channel c = channels.computeIfAbsent(channel, k -> new Channel());
        c.openAt = Math.max(c.openAt, until);
    }
}
