package com.partnerbot.frameworks;

import com.partnerbot.playbook.LaunchPlan;
import com.partnerbot.playbook.LaunchStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Framework 8: places the launch plan's stages around a launch date. Week 1 starts on launch day; week -1 is the
 * week before it. A stage that asks for reminders is posted on its first day with its items, and each later week
 * of it gets a check-in ("What moved this week?"), so post-launch weeks 2-8 are never silent.
 */
public final class LaunchSchedule {
    /** The key of a stage's reminder: one per stage, whatever the launch date. */
    public static final String STAGE_KEY = "stage:";

    /** The key of a check-in: the stage and the week, e.g. {@code check_in:post_launch:3}. */
    public static final String CHECK_IN_KEY = "check_in:";

    public List<StageWindow> plan(LaunchPlan launch, LocalDate launchDate) {
        List<StageWindow> windows = new ArrayList<>();
        for (LaunchStage stage : launch.stages()) {
            LocalDate start = weekStart(launchDate, stage.startWeek());
            LocalDate end = weekStart(launchDate, stage.endWeek()).plusDays(6);
            List<LocalDate> reminders = new ArrayList<>();
            if (stage.remindInChannel()) {
                for (int week = stage.startWeek(); week <= stage.endWeek(); week++) {
                    if (week != 0) {
                        reminders.add(weekStart(launchDate, week));
                    }
                }
            }
            windows.add(new StageWindow(stage, start, end, reminders));
        }
        return List.copyOf(windows);
    }

    /**
     * The reminders of a launch on {@code launchDate}, in date order: each reminding stage on its first day (missed
     * once the stage is over), then a check-in at the start of each of its later weeks (missed once that week is
     * over).
     */
    public List<PlannedReminder> reminders(LaunchPlan launch, LocalDate launchDate) {
        List<PlannedReminder> planned = new ArrayList<>();
        for (StageWindow window : plan(launch, launchDate)) {
            LaunchStage stage = window.stage();
            for (int i = 0; i < window.reminders().size(); i++) {
                LocalDate date = window.reminders().get(i);
                if (i == 0) {
                    planned.add(new PlannedReminder(
                            ReminderKind.LAUNCH_STAGE,
                            STAGE_KEY + stage.id(),
                            stage.label(),
                            date,
                            Optional.of(window.end().plusDays(1))));
                } else {
                    int week = weekOf(launchDate, date);
                    planned.add(new PlannedReminder(
                            ReminderKind.CHECK_IN,
                            CHECK_IN_KEY + stage.id() + ":" + week,
                            stage.label() + ", week " + week + " check-in",
                            date,
                            Optional.of(date.plusDays(7))));
                }
            }
        }
        planned.sort(java.util.Comparator.comparing(PlannedReminder::date));
        return List.copyOf(planned);
    }

    /** The stage of a stage reminder's key, e.g. {@code post_launch} for {@code stage:post_launch}. */
    public static Optional<String> stageOf(String key) {
        if (key.startsWith(STAGE_KEY)) {
            return Optional.of(key.substring(STAGE_KEY.length()));
        }
        if (key.startsWith(CHECK_IN_KEY)) {
            String rest = key.substring(CHECK_IN_KEY.length());
            int colon = rest.lastIndexOf(':');
            return Optional.of(colon < 0 ? rest : rest.substring(0, colon));
        }
        return Optional.empty();
    }

    static LocalDate weekStart(LocalDate launchDate, int week) {
        return week > 0 ? launchDate.plusWeeks(week - 1L) : launchDate.plusWeeks(week);
    }

    /** The launch week a week's first day is in: 1 on launch day, -1 the week before. */
    static int weekOf(LocalDate launchDate, LocalDate weekStart) {
        long weeks = Math.floorDiv(java.time.temporal.ChronoUnit.DAYS.between(launchDate, weekStart), 7);
        return weeks >= 0 ? (int) weeks + 1 : (int) weeks;
    }
}
