package com.partnerbot.frameworks;

import java.util.Locale;

/** What a reminder is for; every kind lives in the one reminder store. */
public enum ReminderKind {
    /** A decision's follow-up, e.g. "Evaluate for Tier 2" six months after the Tier 1 start. */
    FOLLOW_UP,
    /** A launch stage begins: its items, to tick. */
    LAUNCH_STAGE,
    /** A week of a reminding stage after its first: "What moved this week?". */
    CHECK_IN,
    /** A phase reached its minimum length: its gate review is due. */
    GATE_REVIEW,
    /** A phase passed its maximum length without a gate: the owner is told. */
    PHASE_OVERDUE,
    /** No activity recorded since launch, or since the last activity, for longer than the playbook allows. */
    GHOSTING;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReminderKind of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
