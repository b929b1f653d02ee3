package com.partnerbot.phases;

import com.partnerbot.frameworks.PhaseWindow;
import com.partnerbot.playbook.Phase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One run of a phase: when it started, the success criteria recorded then, and the gate that closed it (none while it
 * runs). {@code gated} says whether the playbook gives this phase a gate at all (Run, ongoing, has none).
 */
public record PhaseRun(
        String id,
        int seq,
        Phase phase,
        LocalDate startDate,
        String successCriteria,
        String startedBy,
        Instant startedAt,
        boolean hasGate,
        Optional<GateRecord> gate) {

    /** The day its gate review is due: the phase's minimum length. */
    public LocalDate gateDue() {
        return PhaseWindow.gateDue(phase, startDate);
    }

    /** The last day of its window: the phase's maximum length. */
    public LocalDate windowEnd() {
        return PhaseWindow.windowEnd(phase, startDate);
    }

    public boolean open() {
        return gate.isEmpty();
    }

    /** Running, with a gate, and past its maximum length on {@code today}. */
    public boolean overdue(LocalDate today) {
        return open() && hasGate && today.isAfter(windowEnd());
    }
}
