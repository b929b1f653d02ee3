package com.partnerbot.frameworks;

import com.partnerbot.playbook.Branch;
import com.partnerbot.playbook.DecisionTree;
import com.partnerbot.playbook.Node;
import com.partnerbot.playbook.Outcome;
import com.partnerbot.playbook.Phase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The gate of one phase, run on the playbook's phase gate tree. The gate of phase P asks the questions of P (and any
 * question of an earlier phase it has no recorded answer for); questions of earlier phases are answered with what
 * their own gates recorded. The walk from the tree's start ends at an outcome, whose phase says what follows (a later
 * phase: advance; the same or an earlier one: start it again; none: the phases end), or at a question of a later
 * phase, which means advancing to that phase.
 */
public final class PhaseGate {
    private final DecisionTree tree;
    private final List<Phase> phases;

    public PhaseGate(DecisionTree tree, List<Phase> phases) {
        this.tree = tree;
        this.phases = List.copyOf(phases);
    }

    /** What follows a gate. */
    public enum Move {
        /** A later phase starts. */
        ADVANCE,
        /** The same phase starts again, with new success criteria. */
        STAY,
        /** An earlier phase starts again, with changes. */
        RESTART,
        /** The partnership's phases end. */
        END
    }

    /** A gate decided: what follows, the phase that starts (none when the phases end), the path, the outcome. */
    public record Decision(
            Move move, Optional<String> nextPhase, String label, Optional<Outcome> outcome, List<PathStep> path) {
        public Decision {
            path = List.copyOf(path);
        }

        /** The path in plain words: "Crawl met its success criteria -> Advance to Walk". */
        public String explain() {
            List<String> parts = new ArrayList<>();
            path.forEach(s -> parts.add(s.summary()));
            parts.add(label);
            return String.join(" -> ", parts);
        }
    }

    public sealed interface Result {
        record Decided(Decision decision) implements Result {}

        /** The walk reached a question without a usable answer. */
        record Unanswered(String nodeId) implements Result {}
    }

    /** True when the phase has a gate: some question of the tree belongs to it. */
    public boolean hasGate(String phaseId) {
        return tree.nodes().stream().anyMatch(n -> phaseId.equals(n.phase()));
    }

    /**
     * The questions the gate of {@code phaseId} asks, in the tree's order: its own, and those of earlier phases that
     * {@code earlier} has no answer for.
     */
    public List<Node> asked(String phaseId, Map<String, String> earlier) {
        int at = index(phaseId);
        List<Node> asked = new ArrayList<>();
        for (Node node : tree.nodes()) {
            int of = index(node.phase());
            if (of == at || (of < at && node.branch(earlier.get(node.id())).isEmpty())) {
                asked.add(node);
            }
        }
        return List.copyOf(asked);
    }

    /**
     * Walks the tree for the gate of {@code phaseId}: its own questions with {@code given}, earlier phases' with
     * {@code earlier} (or {@code given} when they had none).
     */
    public Result evaluate(String phaseId, Map<String, String> given, Map<String, String> earlier) {
        int at = index(phaseId);
        List<PathStep> path = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        String nodeId = tree.start();
        while (visited.add(nodeId)) {
            String current = nodeId;
            Node node = tree.node(current)
                    .orElseThrow(() -> new IllegalArgumentException("Tree " + tree.id() + " has no node " + current));
            int of = index(node.phase());
            if (of > at) {
                Phase next = phases.get(of);
                return decided(Move.ADVANCE, Optional.of(next.id()), "Advance to " + next.label(), null, path);
            }
            Optional<Branch> chosen = of < at
                    ? node.branch(earlier.get(current)).or(() -> node.branch(given.get(current)))
                    : node.branch(given.get(current));
            if (chosen.isEmpty()) {
                return new Result.Unanswered(current);
            }
            Branch branch = chosen.get();
            path.add(new PathStep(current, node.question(), branch.answer(), branch.summary()));
            if (branch.outcome() != null) {
                Outcome outcome = tree.outcome(branch.outcome())
                        .orElseThrow(() -> new IllegalArgumentException(
                                "Tree " + tree.id() + " has no outcome " + branch.outcome()));
                return decided(
                        move(at, outcome.phase()),
                        Optional.ofNullable(outcome.phase()),
                        outcome.label(),
                        outcome,
                        path);
            }
            nodeId = branch.next();
        }
        // A validated playbook has no loops; an unvalidated one must not hang the caller.
        throw new IllegalArgumentException("Tree " + tree.id() + " loops back to node " + nodeId);
    }

    private Move move(int at, String nextPhase) {
        if (nextPhase == null) {
            return Move.END;
        }
        int next = index(nextPhase);
        if (next > at) {
            return Move.ADVANCE;
        }
        return next == at ? Move.STAY : Move.RESTART;
    }

    private static Result decided(
            Move move, Optional<String> next, String label, Outcome outcome, List<PathStep> path) {
        return new Result.Decided(new Decision(move, next, label, Optional.ofNullable(outcome), path));
    }

    /**
     * A phase's place in the playbook's order. A question without a phase (only in an unvalidated playbook) comes
     * before every phase: answered from earlier gates, else asked.
     */
    private int index(String phaseId) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).id().equals(phaseId)) {
                return i;
            }
        }
        if (phaseId == null) {
            return -1;
        }
        throw new IllegalArgumentException("No phase " + phaseId);
    }
}
