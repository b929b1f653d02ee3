package com.partnerbot.playbook;

import java.time.Period;

/** Something to do again later, e.g. "evaluate for Tier 2" six months after a Tier 1 start. */
public record FollowUp(String id, String label, int afterMonths, int afterWeeks) {
    public Period after() {
        return Period.ofMonths(afterMonths).plusDays(7L * afterWeeks);
    }
}
