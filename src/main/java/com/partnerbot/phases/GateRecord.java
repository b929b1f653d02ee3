package com.partnerbot.phases;

import com.partnerbot.frameworks.PhaseGate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A gate as recorded: the answers given to its questions, what followed and the phase that started (none when the
 * phases ended), the outcome reached (none when the path went on to a later phase's question), the path in plain
 * words, the day it was run, who ran it and when.
 */
public record GateRecord(
        Map<String, String> answers,
        PhaseGate.Move move,
        Optional<String> nextPhaseId,
        Optional<String> outcomeId,
        String label,
        String pathExplanation,
        LocalDate gateDate,
        String decidedBy,
        Instant decidedAt) {
    public GateRecord {
        answers = Map.copyOf(answers);
    }
}
