package com.partnerbot.portfolio;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** A partnership that needs attention, why, and what its list may be sorted by besides its name. */
public record Flagged(
        String partnershipId, Optional<Instant> assessedAt, Optional<Instant> nextAt, Set<Attention> reasons) {
    public Flagged {
        reasons = Set.copyOf(reasons);
    }
}
