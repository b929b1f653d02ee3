package com.partnerbot.frameworks;

import com.partnerbot.playbook.LaunchPlan;
import com.partnerbot.playbook.LaunchStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Framework 8: places the launch plan's stages around a launch date. Week 1 starts on launch day; week -1 is the
 * week before it. Stages that ask for it get a reminder at the start of each of their weeks, so post-launch weeks
 * 2-8 are never silent.
 */
public final class LaunchSchedule {

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

    static LocalDate weekStart(LocalDate launchDate, int week) {
        return week > 0 ? launchDate.plusWeeks(week - 1L) : launchDate.plusWeeks(week);
    }
}
