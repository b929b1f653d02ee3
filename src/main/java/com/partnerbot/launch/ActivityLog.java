package com.partnerbot.launch;

import com.partnerbot.frameworks.GhostingWatch;
import com.partnerbot.frameworks.ReminderKind;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.reminders.Reminders;
import com.partnerbot.reminders.Schedule;
import com.partnerbot.store.LaunchDao;
import com.partnerbot.store.LaunchPlanRow;
import com.partnerbot.store.ReminderRow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Recorded activity, and the ghosting watch it resets: each activity (a note of what moved, an item ticked, a stage
 * marked done) moves the day silence counts from, so the warning is due that many days after it instead. A warning
 * that went out stays sent: the next one belongs to the next episode of silence.
 */
public final class ActivityLog implements Reminders.ActivityListener {
    /** The source of the ghosting watch's reminders. */
    public static final String GHOSTING_SOURCE = "ghosting";

    public static final int NOTE_MAX = 500;

    private final Optional<GhostingWatch> watch;
    private final Clock clock;

    public ActivityLog(Playbook playbook, Clock clock) {
        this.watch = GhostingWatch.of(playbook);
        this.clock = clock;
    }

    @Override
    public void acted(Handle h, ReminderRow reminder, String userId, String what) {
        ReminderKind kind = ReminderKind.of(reminder.kind());
        if (kind == ReminderKind.LAUNCH_STAGE || kind == ReminderKind.CHECK_IN) {
            record(h, reminder.teamId(), reminder.partnershipId(), userId, reminder.label() + ": " + what);
        }
    }

    /** Records an activity today (in the partnership's time zone) and moves the ghosting watch; returns the date. */
    public LocalDate record(Handle h, String teamId, String partnershipId, String userId, String note) {
        Schedule schedule = Schedule.of(h, teamId, partnershipId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), schedule.zone());
        String text = note.strip();
        h.attach(LaunchDao.class)
                .addActivity(
                        teamId,
                        UUID.randomUUID().toString(),
                        partnershipId,
                        today.toString(),
                        text.length() <= NOTE_MAX ? text : text.substring(0, NOTE_MAX),
                        userId,
                        clock.millis());
        rewatch(h, teamId, partnershipId, schedule);
        return today;
    }

    /** Schedules the ghosting warning of the current silence (replacing a waiting one); nothing without a launch. */
    void rewatch(Handle h, String teamId, String partnershipId, Schedule schedule) {
        Optional<LaunchPlanRow> plan = h.attach(LaunchDao.class).find(teamId, partnershipId);
        if (plan.isEmpty() || watch.isEmpty()) {
            return;
        }
        Reminders.replace(
                h,
                teamId,
                partnershipId,
                new Reminders.Source(GHOSTING_SOURCE, null),
                List.of(watch.get().next(plan.get().launchDate(), lastActivity(h, teamId, partnershipId))),
                schedule,
                clock.instant(),
                false);
    }

    static Optional<LocalDate> lastActivity(Handle h, String teamId, String partnershipId) {
        return h.attach(LaunchDao.class).lastActivity(teamId, partnershipId).map(LocalDate::parse);
    }

    Optional<GhostingWatch> watch() {
        return watch;
    }
}
