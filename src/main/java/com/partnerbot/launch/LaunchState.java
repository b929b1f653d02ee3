package com.partnerbot.launch;

import com.partnerbot.frameworks.StageWindow;
import com.partnerbot.store.LaunchPlanRow;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.ReminderRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a partnership's launch stands: its plan (if one was made), the stages on the calendar, the reminders the plan
 * and the ghosting watch scheduled (with how each ended), the last activity recorded, and the ghosting warning of the
 * current episode when one went out.
 */
public record LaunchState(
        Partnership partnership,
        Optional<LaunchPlanRow> plan,
        List<StageWindow> stages,
        List<ReminderRow> reminders,
        Optional<LocalDate> lastActivity,
        Optional<ReminderRow> ghosting) {
    public LaunchState {
        stages = List.copyOf(stages);
        reminders = List.copyOf(reminders);
    }

    public int version() {
        return plan.map(LaunchPlanRow::version).orElse(0);
    }
}
