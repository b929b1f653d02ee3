package com.partnerbot.frameworks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When reminders fall due, in a partnership's own time: a local date at the partnership's reminder time in its
 * time zone. 09:00 in New York is 09:00 on either side of a daylight-saving change; a time that a change skips
 * (02:30 on a spring-forward night) falls due just after the gap.
 */
public final class ReminderTimes {
    private ReminderTimes() {}

    public static Instant at(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    /** What to do with each planned reminder when a plan is made at {@code now}. */
    public enum Disposition {
        /** Still ahead: scheduled for its time. */
        AHEAD,
        /** Due already and still current: posted now, once. */
        NOW,
        /** Its time has passed: recorded as missed, never posted. */
        MISSED
    }

    public record Placed(PlannedReminder reminder, Instant dueAt, Disposition disposition) {}

    /**
     * Places a plan made at {@code now}, for a launch date that may be in the past: reminders ahead are scheduled;
     * of those already due only the latest stage reminder still in its stage is posted now; the rest are missed, so
     * a past launch date does not flood the channel. A plan without a current stage posts nothing now.
     */
    public static List<Placed> place(List<PlannedReminder> plan, LocalTime time, ZoneId zone, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        int current = -1;
        for (int i = 0; i < plan.size(); i++) {
            PlannedReminder r = plan.get(i);
            boolean due = !at(r.date(), time, zone).isAfter(now);
            boolean stillOn = r.until().map(today::isBefore).orElse(true);
            if (due && stillOn && r.kind() == ReminderKind.LAUNCH_STAGE) {
                current = i;
            }
        }
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            PlannedReminder r = plan.get(i);
            Instant dueAt = at(r.date(), time, zone);
            Disposition d;
            if (dueAt.isAfter(now)) {
                d = Disposition.AHEAD;
            } else if (i == current) {
                d = Disposition.NOW;
            } else {
                d = Disposition.MISSED;
            }
            placed.add(new Placed(r, dueAt, d));
        }
        return List.copyOf(placed);
    }
}
