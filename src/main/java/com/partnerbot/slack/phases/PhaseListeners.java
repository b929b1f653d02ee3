package com.partnerbot.slack.phases;

import com.partnerbot.partnerships.StatusService;
import com.partnerbot.phases.PhaseService;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.slack.Feature;
import com.partnerbot.slack.Interactions;
import com.partnerbot.slack.commands.PartnershipDecision;
import com.partnerbot.slack.commands.Subcommand;
import java.util.List;

/**
 * Crawl, walk, run's listeners: {@code /partner phase}, the Start and Run the gate buttons, the start and gate forms;
 * it gives {@code /partner status} its phase line and {@code /partner decide} its {@code phase-gate}.
 */
public final class PhaseListeners implements Feature {
    private final List<Subcommand> subcommands;
    private final StartActionListener start;
    private final RunGateActionListener runGate;
    private final StartSubmissionListener startSubmission;
    private final GateSubmissionListener gateSubmission;
    private final PhaseStatus status;
    private final GateDecision gateDecision;

    public PhaseListeners(Playbook playbook, PhaseService phases, StatusService statuses) {
        var blocks = new PhaseBlocks(phases.first());
        var modals = new PhaseModals(blocks);
        var tree = playbook.tree(Playbook.PHASE_GATE_TREE);
        var messages = new PhaseMessages(tree);
        var lookup = new PhaseLookup(statuses, phases);
        var opener = new GateOpener(phases, modals);
        this.subcommands = List.of(new PhaseSubcommand(lookup, blocks));
        this.start = new StartActionListener(phases, modals, blocks);
        this.runGate = new RunGateActionListener(phases, opener, blocks);
        this.startSubmission = new StartSubmissionListener(phases, modals, messages);
        this.gateSubmission = new GateSubmissionListener(phases, tree, modals, messages);
        this.status = new PhaseStatus(phases, blocks);
        this.gateDecision = new GateDecision(lookup, opener, blocks);
    }

    @Override
    public List<Subcommand> subcommands() {
        return subcommands;
    }

    /** What status shows of the phases. */
    public PhaseStatus status() {
        return status;
    }

    /** {@code /partner decide phase-gate NAME}. */
    public PartnershipDecision gateDecision() {
        return gateDecision;
    }

    @Override
    public void register(Interactions interactions) {
        interactions
                .viewSubmission(PhaseIds.START_VIEW, startSubmission)
                .viewSubmission(PhaseIds.GATE_VIEW, gateSubmission)
                .blockAction(PhaseIds.START_ACTION, start)
                .blockAction(PhaseIds.RUN_GATE_ACTION, runGate);
    }
}
