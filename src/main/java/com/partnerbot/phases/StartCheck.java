package com.partnerbot.phases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The mistakes a phase start can have, by field: a start date that is not a date, more than a year from today
 * either way, or before the partnership existed; success criteria missing or longer than a form keeps.
 */
final class StartCheck {
    static final int MAX_DAYS_AWAY = 365;

    private StartCheck() {}

    /** The start date when it is one; empty otherwise. */
    static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Map<String, String> problems(String startDate, String criteria, LocalDate today, LocalDate created) {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<LocalDate> start = date(startDate);
        if (start.isEmpty()) {
            problems.put(
                    PhaseFields.START_DATE,
                    startDate == null || startDate.isBlank()
                            ? "Pick the day the phase starts."
                            : "Not a date: pick one in the calendar (YYYY-MM-DD).");
        } else if (Math.abs(ChronoUnit.DAYS.between(today, start.get())) > MAX_DAYS_AWAY) {
            problems.put(PhaseFields.START_DATE, "More than a year from today (" + today + "): pick a closer day.");
        } else if (start.get().isBefore(created)) {
            problems.put(
                    PhaseFields.START_DATE,
                    "Before the partnership existed: it was created on " + created + ". Pick that day or later.");
        }
        criteria(criteria).ifPresent(p -> problems.put(PhaseFields.SUCCESS_CRITERIA, p));
        return problems;
    }

    /** What is wrong with success criteria, if anything. */
    static Optional<String> criteria(String criteria) {
        if (criteria == null || criteria.isBlank()) {
            return Optional.of("Write the success criteria: the gate compares the results with them.");
        }
        int length = criteria.strip().length();
        if (length > PhaseFields.CRITERIA_MAX) {
            return Optional.of("At most " + PhaseFields.CRITERIA_MAX + " characters (it has " + length + ").");
        }
        return Optional.empty();
    }
}
