package com.partnerbot.frameworks;

import com.partnerbot.playbook.Phase;
import com.partnerbot.playbook.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A phase on the calendar: its gate review is due when it reaches its minimum length, and it is overdue the day
 * after its maximum length when no gate was run. Dates are local to the partnership.
 */
public final class PhaseWindow {
    public static final String GATE_REVIEW_KEY = "gate_review";
    public static final String OVERDUE_KEY = "overdue";

    private PhaseWindow() {}

    /** {@code start} plus {@code amount} of the span's unit (weeks or months). */
    static LocalDate plus(LocalDate start, int amount, String unit) {
        return Span.MONTHS.equals(unit) ? start.plusMonths(amount) : start.plusWeeks(amount);
    }

    /** The day the phase reaches its minimum length: its gate review is due. */
    public static LocalDate gateDue(Phase phase, LocalDate start) {
        return plus(start, phase.duration().min(), phase.duration().unit());
    }

    /** The last day of the phase's window, its maximum length. */
    public static LocalDate windowEnd(Phase phase, LocalDate start) {
        return plus(start, phase.duration().max(), phase.duration().unit());
    }

    /** The first day past the maximum length: a phase not gated by then is overdue. */
    public static LocalDate overdueOn(Phase phase, LocalDate start) {
        return windowEnd(phase, start).plusDays(1);
    }

    /**
     * The reminders of one run of a phase that has a gate: the gate review at its minimum length and the overdue
     * notice past its maximum. Keys carry the run, so a phase started again gets reminders of its own. A run started
     * in the past whose overdue day has come gets only the overdue notice: the review would say less, later.
     */
    public static List<PlannedReminder> reminders(Phase phase, String runId, LocalDate start, LocalDate today) {
        List<PlannedReminder> planned = new ArrayList<>();
        LocalDate overdue = overdueOn(phase, start);
        if (overdue.isAfter(today)) {
            planned.add(PlannedReminder.on(
                    ReminderKind.GATE_REVIEW,
                    key(GATE_REVIEW_KEY, phase.id(), runId),
                    phase.label() + " gate review due",
                    gateDue(phase, start)));
        }
        planned.add(PlannedReminder.on(
                ReminderKind.PHASE_OVERDUE,
                key(OVERDUE_KEY, phase.id(), runId),
                phase.label() + " is past its " + phase.duration().max() + " "
                        + phase.duration().unit() + " without a gate",
                overdue));
        return List.copyOf(planned);
    }

    /** A reminder key: {@code gate_review:crawl:RUN}. */
    static String key(String what, String phaseId, String runId) {
        return what + ":" + phaseId + ":" + runId;
    }

    /** The phase a gate reminder's key names; empty for any other key. */
    public static java.util.Optional<String> phaseOf(String key) {
        if (key == null) {
            return java.util.Optional.empty();
        }
        String[] parts = key.split(":", -1);
        boolean ours = parts.length == 3 && (GATE_REVIEW_KEY.equals(parts[0]) || OVERDUE_KEY.equals(parts[0]));
        return ours && !parts[1].isEmpty() ? java.util.Optional.of(parts[1]) : java.util.Optional.empty();
    }
}
