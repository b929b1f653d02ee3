package com.partnerbot.portfolio;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * One partnership as a list shows it: the outcome of its newest assessment (playbook ids: verdict, tier, investment)
 * and when it was answered, the phase running now, its next reminder and why it needs attention, if it does.
 */
public record PortfolioRow(
        String id,
        String name,
        String channelId,
        String ownerUserId,
        Optional<String> verdictId,
        Optional<String> tierId,
        Optional<String> investmentId,
        Optional<Instant> assessedAt,
        Optional<String> phaseId,
        Optional<UpcomingReminder> next,
        Set<Attention> attention) {
    public PortfolioRow {
        attention = Set.copyOf(attention);
    }
}
