package com.partnerbot.slack.phases;

import com.partnerbot.slack.reminders.ReminderMessages;
import java.util.Optional;

/** The callback, block and action ids of crawl, walk, run. */
public final class PhaseIds {
    private PhaseIds() {}

    public static final String START_VIEW = "phase_start";
    public static final String GATE_VIEW = "phase_gate";

    public static final String START_ACTION = "phase_start";
    /** Run the gate: on the gate review and overdue reminders, and in {@code /partner phase}. */
    public static final String RUN_GATE_ACTION = ReminderMessages.RUN_GATE_ACTION;

    public static final String ACTIONS_BLOCK = "phase_actions";
    public static final String START_DATE_BLOCK = "phase_start_date";
    public static final String CRITERIA_BLOCK = "phase_success_criteria";
    public static final String NEXT_CRITERIA_BLOCK = "phase_next_success_criteria";

    private static final String NODE_BLOCK_PREFIX = "phase_gate_node:";

    /** The input of one question of the gate. */
    public static String nodeBlock(String nodeId) {
        return NODE_BLOCK_PREFIX + nodeId;
    }

    /** A Run the gate button's value: the partnership and, when known, the run of the phase it gates. */
    public static String gateValue(String partnershipId, String runId) {
        return runId == null ? partnershipId : partnershipId + ":" + runId;
    }

    public record GateTarget(String partnershipId, Optional<String> runId) {}

    public static Optional<GateTarget> gateTarget(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        int colon = value.indexOf(':');
        return colon < 0
                ? Optional.of(new GateTarget(value, Optional.empty()))
                : Optional.of(new GateTarget(value.substring(0, colon), Optional.of(value.substring(colon + 1))));
    }
}
