package com.partnerbot.portfolio;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the whole workspace's program looks like, for its dashboard: how many partnerships there are by verdict, tier
 * and phase; which need attention (all of them, by name, why, and the first few in full) and how many for each reason; the
 * reminders of the next seven days (the first few, and how many). {@code at} is when it was worked out.
 */
public record TeamOverview(
        int total,
        Tally verdicts,
        Tally tiers,
        Tally phases,
        List<Flagged> attention,
        Map<String, Set<Attention>> reasons,
        Map<Attention, Integer> attentionByReason,
        List<PortfolioRow> attentionFirst,
        List<UpcomingReminder> upcoming,
        int upcomingTotal,
        Instant at) {
    public TeamOverview {
        attention = List.copyOf(attention);
        reasons = Map.copyOf(reasons);
        attentionByReason = Map.copyOf(attentionByReason);
        attentionFirst = List.copyOf(attentionFirst);
        upcoming = List.copyOf(upcoming);
    }

    public int attentionTotal() {
        return attention.size();
    }
}
