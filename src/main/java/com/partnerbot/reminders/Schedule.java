package com.partnerbot.reminders;

import com.partnerbot.store.LaunchDao;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jdbi.v3.core.Handle;

/**
 * Where and when a partnership's reminders fall: its time zone and the time of day. A partnership without a launch
 * plan has the default, 09:00 UTC.
 */
public record Schedule(ZoneId zone, LocalTime at) {
    public static final Schedule DEFAULT = new Schedule(ZoneId.of("UTC"), LocalTime.of(9, 0));

    /** The partnership's schedule: its launch plan's time zone and time, or the default. */
    public static Schedule of(Handle h, String teamId, String partnershipId) {
        return h.attach(LaunchDao.class)
                .find(teamId, partnershipId)
                .map(p -> new Schedule(ZoneId.of(p.timeZone()), LocalTime.parse(p.remindAt())))
                .orElse(DEFAULT);
    }
}
