package com.partnerbot.frameworks;

import com.partnerbot.playbook.LaunchStage;
import java.time.LocalDate;
import java.util.List;

/** A launch stage placed on the calendar, with the dates of its channel reminders (one a week, if asked for). */
public record StageWindow(LaunchStage stage, LocalDate start, LocalDate end, List<LocalDate> reminders) {
    public StageWindow {
        reminders = List.copyOf(reminders);
    }
}
