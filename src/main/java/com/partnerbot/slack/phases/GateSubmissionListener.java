package com.partnerbot.slack.phases;

import com.partnerbot.phases.PhaseService;
import com.partnerbot.playbook.DecisionTree;
import com.partnerbot.playbook.Node;
import com.partnerbot.slack.render.DecisionMessages;
import com.partnerbot.slack.views.ViewValues;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The gate form submitted: a question the answers lead to left blank, or a phase starting without success criteria,
 * is marked in the form; otherwise the gate, what follows it and its post are stored in one transaction and the form
 * closes. A gate submitted for a phase that was gated meanwhile (a second form, a second person) changes nothing and
 * shows where things stand.
 */
final class GateSubmissionListener implements ViewSubmissionHandler {
    private final PhaseService phases;
    private final DecisionTree tree;
    private final PhaseModals modals;
    private final PhaseService.Announcer announcer;

    GateSubmissionListener(
            PhaseService phases, DecisionTree tree, PhaseModals modals, PhaseService.Announcer announcer) {
        this.phases = phases;
        this.tree = tree;
        this.modals = modals;
        this.announcer = announcer;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var payload = req.getPayload();
        Optional<PhaseMetadata> metadata =
                PhaseMetadata.decode(payload.getView().getPrivateMetadata());
        if (metadata.isEmpty() || metadata.get().runId() == null) {
            return ctx.ack(r -> r.responseAction("update")
                    .view(modals.notice("This form is no longer valid. Run `/partner phase NAME` again.", null)));
        }
        var values = new ViewValues(payload.getView());
        Map<String, String> answers = new HashMap<>();
        for (Node node : tree.nodes()) {
            String answer = values.option(PhaseIds.nodeBlock(node.id()));
            if (answer != null) {
                answers.put(node.id(), answer);
            }
        }
        var result = phases.gate(
                ctx.getTeamId(),
                payload.getUser().getId(),
                metadata.get().partnershipId(),
                metadata.get().runId(),
                answers,
                values.text(PhaseIds.NEXT_CRITERIA_BLOCK),
                announcer);
        if (result instanceof PhaseService.GateResult.Unanswered unanswered) {
            boolean inForm =
                    phases.questions(unanswered.state()).stream().anyMatch(n -> n.id().equals(unanswered.nodeId()));
            if (inForm) {
                return ctx.ackWithErrors(
                        Map.of(PhaseIds.nodeBlock(unanswered.nodeId()), DecisionMessages.ANSWER_THIS_ONE));
            }
            return ctx.ack(r -> r.responseAction("update")
                    .view(modals.notice(
                            "The playbook changed since this form opened. Run the gate again.", unanswered.state())));
        }
        if (result instanceof PhaseService.GateResult.Invalid invalid) {
            return ctx.ackWithErrors(Map.of(
                    PhaseIds.NEXT_CRITERIA_BLOCK,
                    String.join(" ", invalid.problems().values())));
        }
        if (result instanceof PhaseService.GateResult.Stale stale) {
            return ctx.ack(r -> r.responseAction("update")
                    .view(modals.notice(
                            "This gate was run already, so nothing changed. Where the phases stand now:",
                            stale.state())));
        }
        if (result instanceof PhaseService.GateResult.NotFound) {
            return ctx.ack(r -> r.responseAction("update")
                    .view(modals.notice("That partnership no longer exists, so nothing was decided.", null)));
        }
        return ctx.ack(r -> r.responseAction("clear"));
    }
}
