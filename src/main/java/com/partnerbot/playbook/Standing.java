package com.partnerbot.playbook;

import java.util.List;

/** How an assessment's header reads, best first: a verdict's own standing, lowered by precedence rules. */
public final class Standing {
    public static final String OK = "ok";
    public static final String AT_RISK = "at_risk";
    public static final String STOP = "stop";
    /** Best first: a higher index is worse. */
    public static final List<String> ORDER = List.of(OK, AT_RISK, STOP);

    private Standing() {}

    public static int rank(String standing) {
        int at = ORDER.indexOf(standing);
        return Math.max(at, 0);
    }
}
