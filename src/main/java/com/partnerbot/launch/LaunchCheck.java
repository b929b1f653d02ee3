package com.partnerbot.launch;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a launch plan as entered, field by field, with the reason in words: a launch date that is not a date, more
 * than two years away or before the partnership existed; no launch owner on our side; an unknown time zone; a time
 * that is not a time; texts past their limits.
 */
final class LaunchCheck {
    static final int YEARS_AHEAD = 2;

    /** The plan's values once they pass. */
    record Checked(LocalDate launchDate, ZoneId zone, LocalTime remindAt) {}

    private LaunchCheck() {}

    /** Problems by field ({@link LaunchDraft} constants); empty when the draft can be saved. */
    static Map<String, String> problems(LaunchDraft d, LocalDate today, LocalDate created) {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<LocalDate> date = date(d.launchDate());
        if (blank(d.launchDate())) {
            problems.put(LaunchDraft.LAUNCH_DATE, "Pick the launch date.");
        } else if (date.isEmpty()) {
            problems.put(
                    LaunchDraft.LAUNCH_DATE,
                    "\"" + d.launchDate().strip() + "\" is not a date; pick one, e.g. " + today.plusWeeks(6) + ".");
        } else if (date.get().isAfter(today.plusYears(YEARS_AHEAD))) {
            problems.put(
                    LaunchDraft.LAUNCH_DATE,
                    "That is more than two years away; pick a date up to " + today.plusYears(YEARS_AHEAD) + ".");
        } else if (date.get().isBefore(created)) {
            problems.put(
                    LaunchDraft.LAUNCH_DATE,
                    "That is before this partnership existed (it was created on " + created + ").");
        }
        if (blank(d.ourOwnerUserId())) {
            problems.put(
                    LaunchDraft.OUR_OWNER,
                    "Name who owns the launch on our side: partners rarely promote on" + " their own.");
        }
        if (d.partnerOwner() != null && d.partnerOwner().strip().length() > LaunchDraft.PARTNER_OWNER_MAX) {
            problems.put(LaunchDraft.PARTNER_OWNER, "At most " + LaunchDraft.PARTNER_OWNER_MAX + " characters.");
        }
        if (d.integrationPathway() != null && d.integrationPathway().strip().length() > LaunchDraft.PATHWAY_MAX) {
            problems.put(LaunchDraft.PATHWAY, "At most " + LaunchDraft.PATHWAY_MAX + " characters.");
        }
        if (blank(d.timeZone())) {
            problems.put(LaunchDraft.TIME_ZONE, "Enter the time zone reminders follow, e.g. America/New_York.");
        } else if (zone(d.timeZone()).isEmpty()) {
            problems.put(
                    LaunchDraft.TIME_ZONE,
                    "\"" + clip(d.timeZone().strip()) + "\" is not a time zone I know;"
                            + " use a name such as America/New_York, Europe/Berlin or UTC.");
        }
        if (!blank(d.remindAt()) && time(d.remindAt()).isEmpty()) {
            problems.put(LaunchDraft.REMIND_AT, "Pick the time of day, e.g. 09:00.");
        }
        return problems;
    }

    /** The values of a draft that passed {@link #problems}; the time defaults to 09:00. */
    static Checked checked(LaunchDraft d) {
        return new Checked(
                date(d.launchDate()).orElseThrow(),
                zone(d.timeZone()).orElseThrow(),
                blank(d.remindAt()) ? LocalTime.of(9, 0) : time(d.remindAt()).orElseThrow());
    }

    static Optional<LocalDate> date(String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A region such as {@code America/New_York}, or {@code UTC}; fixed offsets would ignore daylight saving. */
    static Optional<ZoneId> zone(String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        String id = value.strip();
        if (id.equalsIgnoreCase("UTC")) {
            return Optional.of(ZoneId.of("UTC"));
        }
        if (!ZoneId.getAvailableZoneIds().contains(id)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalTime> time(String value) {
        try {
            LocalTime t = LocalTime.parse(value.strip());
            return Optional.of(t.withSecond(0).withNano(0));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
