package com.partnerbot.outbox;

import java.time.Duration;

/**
 * What a message is, and how long it is worth trying to deliver: a verdict matters while the person who asked is
 * still looking (minutes), a reminder for the rest of its day. Past that the requester is told instead.
 */
public enum Kind {
    VERDICT(Duration.ofMinutes(15)),
    DECISION(Duration.ofMinutes(15)),
    FOLLOW_UP(Duration.ofHours(24)),
    /** A launch stage, a check-in, a gate review, a ghosting warning: worth posting for the rest of its day. */
    REMINDER(Duration.ofHours(24)),
    /** A partnership's charter, kept up to date in its channel: worth trying for a day, like a reminder. */
    CHARTER(Duration.ofHours(24)),
    /** Tells a person that something could not be posted; never itself the subject of a notice. */
    NOTICE(Duration.ofHours(1));

    private final Duration mattersFor;

    Kind(Duration mattersFor) {
        this.mattersFor = mattersFor;
    }

    public Duration mattersFor() {
        return mattersFor;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Kind of(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}
