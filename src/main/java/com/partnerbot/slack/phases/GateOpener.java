package com.partnerbot.slack.phases;

import com.partnerbot.phases.PhaseRun;
import com.partnerbot.phases.PhaseService;
import com.partnerbot.phases.PhaseState;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Optional;

/**
 * Opens the gate form of the running phase while the trigger id is fresh: from Run the gate on a reminder or in
 * {@code /partner phase}, and from {@code /partner decide phase-gate NAME}.
 */
final class GateOpener {
    private final PhaseService phases;
    private final PhaseModals modals;

    GateOpener(PhaseService phases, PhaseModals modals) {
        this.phases = phases;
        this.modals = modals;
    }

    /** Slack's error when the form could not open. The state must have a phase with a gate running. */
    Optional<String> open(MethodsClient client, String triggerId, PhaseState state)
            throws IOException, SlackApiException {
        PhaseRun run = state.gateable().orElseThrow();
        var view = modals.gate(state, run, phases.questions(state));
        var opened = client.viewsOpen(r -> r.triggerId(triggerId).view(view));
        return opened.isOk() ? Optional.empty() : Optional.of(opened.getError());
    }

    /** Why there is no gate to run now, in a sentence. */
    static String noGate(PhaseState state) {
        return switch (state.stage()) {
            case NONE -> "No phase has started yet, so there is no gate to run.";
            case ENDED -> "The partnership's phases have ended, so there is no gate to run.";
            case RUNNING ->
                com.partnerbot.slack.render.Text.escape(
                                state.current().orElseThrow().phase().label())
                        + " is ongoing: no gate closes it.";
        };
    }
}
