package com.partnerbot.portfolio;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The orders of a list: by name; by when each was last assessed, newest first and never assessed last; by its next
 * reminder, soonest first and none last. Ties go by name, which is unique in a workspace.
 */
public enum PortfolioSort {
    NAME("name"),
    ASSESSED("assessed"),
    REMINDER("reminder");

    private final String id;

    PortfolioSort(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<PortfolioSort> of(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id.equals(wanted)).findFirst();
    }

    /**
     * The same order over flagged partnerships held in memory, given them by name: the sort is stable, so ties stay
     * by name.
     */
    List<Flagged> order(List<Flagged> byName) {
        return switch (this) {
            case NAME -> byName;
            case ASSESSED -> sorted(byName, Flagged::assessedAt, Comparator.<Instant>reverseOrder());
            case REMINDER -> sorted(byName, Flagged::nextAt, Comparator.<Instant>naturalOrder());
        };
    }

    /** Sorted by a time that may be absent: present ones first, in {@code order}. */
    private static List<Flagged> sorted(
            List<Flagged> byName, Function<Flagged, Optional<Instant>> time, Comparator<Instant> order) {
        List<Flagged> sorted = new ArrayList<>(byName);
        sorted.sort(Comparator.comparing(f -> time.apply(f).orElse(null), Comparator.nullsLast(order)));
        return sorted;
    }
}
