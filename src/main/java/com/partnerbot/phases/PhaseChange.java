package com.partnerbot.phases;

import java.util.Optional;

/** What happened to a partnership's phases, for the posts that report it. */
public sealed interface PhaseChange {
    /** A phase started from the button: the first, or a new start after the phases ended. */
    record Started(PhaseRun run, String userId) implements PhaseChange {}

    /** A gate was run: {@code gated} is the run it closed, {@code next} the run it started, if any. */
    record Gated(PhaseRun gated, GateRecord gate, Optional<PhaseRun> next, String userId) implements PhaseChange {}
}
