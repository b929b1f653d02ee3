package com.partnerbot.portfolio;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a partnership needs attention; each is one rule of {@code PortfolioDao.ATTENTION}, whose reason is the id.
 * Listed in the order they are shown.
 */
public enum Attention {
    /** Its newest verdict is a handshake: nothing is committed on one side or both. */
    HANDSHAKE("handshake"),
    /** Its charter's current version waits for a side's signature. */
    CHARTER_UNSIGNED("charter_unsigned"),
    /** A phase's gate review is due (or the phase is past its maximum) and the gate has not been run. */
    GATE_DUE("gate_due"),
    /** A ghosting warning went out and nothing was recorded since. */
    GHOSTING("ghosting"),
    /** A posted follow-up not followed by an assessment, or a launch stage or check-in still open after its time. */
    OVERDUE("overdue"),
    /** A reminder could not be posted lately. */
    NOT_POSTED("not_posted");

    private final String id;

    Attention(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Attention> of(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
