package com.partnerbot.phases;

import com.partnerbot.store.Partnership;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a partnership stands in crawl, walk, run: every run of a phase, oldest first, and {@code today} in its own
 * time zone. No run: no phase has started. The latest run without a gate is the current phase; the latest run gated
 * with no phase to follow means the phases ended.
 */
public record PhaseState(Partnership partnership, List<PhaseRun> runs, ZoneId zone, LocalDate today) {
    public PhaseState {
        runs = List.copyOf(runs);
    }

    public enum Stage {
        NONE,
        RUNNING,
        ENDED
    }

    public Stage stage() {
        if (runs.isEmpty()) {
            return Stage.NONE;
        }
        return latest().orElseThrow().open() ? Stage.RUNNING : Stage.ENDED;
    }

    public Optional<PhaseRun> latest() {
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }

    /** The phase running now. */
    public Optional<PhaseRun> current() {
        return latest().filter(PhaseRun::open);
    }

    /** The phase running now, when it has a gate to run. */
    public Optional<PhaseRun> gateable() {
        return current().filter(PhaseRun::hasGate);
    }

    /** A new phase may be started: none has, or the phases ended. */
    public boolean canStart() {
        return stage() != Stage.RUNNING;
    }

    /** The answers every gate so far recorded, later gates over earlier ones: what earlier phases' questions got. */
    public Map<String, String> earlierAnswers() {
        Map<String, String> answers = new HashMap<>();
        for (PhaseRun run : runs) {
            run.gate().ifPresent(g -> answers.putAll(g.answers()));
        }
        return answers;
    }

    /** The runs that were gated, oldest first. */
    public List<PhaseRun> gated() {
        return runs.stream().filter(r -> r.gate().isPresent()).toList();
    }
}
