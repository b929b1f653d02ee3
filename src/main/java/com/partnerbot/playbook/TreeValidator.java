package com.partnerbot.playbook;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks one decision tree: references resolve, every branch ends somewhere, every outcome can be reached and no
 * path loops forever.
 */
final class TreeValidator {
    private final Playbook playbook;
    private final Checks checks;

    TreeValidator(Playbook playbook, Checks checks) {
        this.playbook = playbook;
        this.checks = checks;
    }

    void validate(String key, DecisionTree tree) {
        String path = "trees." + key;
        if (!checks.entry(path, tree)) {
            return;
        }
        if (tree.id() != null && !tree.id().equals(key)) {
            checks.add(path + ".id", "id \"" + tree.id() + "\" differs from its key \"" + key + "\"");
        }
        checks.text(path + ".title", tree.title(), SlackLimits.MODAL_TITLE, "a modal title");
        checks.notEmpty(path + ".nodes", tree.nodes());
        checks.atMost(path + ".nodes", tree.nodes(), SlackLimits.MODAL_INPUTS, "one modal");
        checks.notEmpty(path + ".outcomes", tree.outcomes());
        checks.unique(path + ".nodes", tree.nodes(), Node::id, "id");
        checks.unique(path + ".outcomes", tree.outcomes(), Outcome::id, "id");
        if (checks.present(path + ".start", tree.start())
                && tree.node(tree.start()).isEmpty()) {
            checks.add(path + ".start", "no node \"" + tree.start() + "\"");
        }
        for (int i = 0; i < tree.nodes().size(); i++) {
            node(path + ".nodes[" + i + "]", key, tree, tree.nodes().get(i));
        }
        for (int i = 0; i < tree.outcomes().size(); i++) {
            outcome(path + ".outcomes[" + i + "]", key, tree.outcomes().get(i));
        }
        reachability(path, tree);
    }

    private void node(String path, String treeKey, DecisionTree tree, Node node) {
        if (!checks.entry(path, node)) {
            return;
        }
        checks.text(path + ".id", node.id(), SlackLimits.ID, "an id");
        if (node.phase() != null && playbook.phase(node.phase()).isEmpty()) {
            checks.add(path + ".phase", "no phase \"" + node.phase() + "\"");
        }
        if (node.phase() == null && treeKey.equals(Playbook.PHASE_GATE_TREE)) {
            checks.add(path + ".phase", "missing: every question of the phase gate names the phase whose gate asks it");
        }
        checks.text(path + ".question", node.question(), SlackLimits.INPUT_LABEL, "an input label");
        checks.fits(path + ".help", node.help(), SlackLimits.SECTION_TEXT, "a section");
        if (!checks.notEmpty(path + ".branches", node.branches())) {
            return;
        }
        checks.unique(path + ".branches", node.branches(), Branch::answer, "answer");
        checks.atMost(path + ".branches", node.branches(), SlackLimits.OPTIONS, "a select menu");
        for (int i = 0; i < node.branches().size(); i++) {
            branch(path + ".branches[" + i + "]", tree, node.branches().get(i));
        }
    }

    private void branch(String path, DecisionTree tree, Branch branch) {
        if (!checks.entry(path, branch)) {
            return;
        }
        checks.present(path + ".answer", branch.answer());
        checks.text(path + ".label", branch.label(), SlackLimits.OPTION_TEXT, "an option");
        checks.fits(path + ".answer", branch.answer(), SlackLimits.OPTION_VALUE, "an option value");
        checks.text(path + ".summary", branch.summary(), SlackLimits.SECTION_TEXT, "a section");
        boolean hasNext = branch.next() != null && !branch.next().isBlank();
        boolean hasOutcome = branch.outcome() != null && !branch.outcome().isBlank();
        if (!hasNext && !hasOutcome) {
            checks.add(path, "branch has no outcome: set next (a node id) or outcome (an outcome id)");
        } else if (hasNext && hasOutcome) {
            checks.add(path, "branch sets both next and outcome: keep one");
        } else if (hasNext && tree.node(branch.next()).isEmpty()) {
            checks.add(path + ".next", "no node \"" + branch.next() + "\"");
        } else if (hasOutcome && tree.outcome(branch.outcome()).isEmpty()) {
            checks.add(path + ".outcome", "no outcome \"" + branch.outcome() + "\"");
        }
    }

    private void outcome(String path, String treeKey, Outcome outcome) {
        if (!checks.entry(path, outcome)) {
            return;
        }
        checks.present(path + ".id", outcome.id());
        checks.text(path + ".label", outcome.label(), SlackLimits.HEADER_TEXT, "a header");
        checks.fits(path + ".advice", outcome.advice(), SlackLimits.SECTION_TEXT, "a section");
        if (outcome.tier() != null && playbook.tier(outcome.tier()).isEmpty()) {
            checks.add(path + ".tier", "no tier \"" + outcome.tier() + "\"");
        }
        if (outcome.tier() == null && treeKey.equals(Playbook.TIER_TREE)) {
            checks.add(path + ".tier", "missing: every outcome of the tier tree names its tier");
        }
        if (outcome.phase() != null && playbook.phase(outcome.phase()).isEmpty()) {
            checks.add(path + ".phase", "no phase \"" + outcome.phase() + "\"");
        }
        checks.unique(path + ".follow_ups", outcome.followUps(), FollowUp::id, "id");
        for (int i = 0; i < outcome.followUps().size(); i++) {
            FollowUp followUp = outcome.followUps().get(i);
            String at = path + ".follow_ups[" + i + "]";
            if (checks.entry(at, followUp)) {
                checks.present(at + ".id", followUp.id());
                checks.text(at + ".label", followUp.label(), SlackLimits.BUTTON_TEXT, "a button");
                if (followUp.afterMonths() < 0
                        || followUp.afterWeeks() < 0
                        || followUp.after().isZero()) {
                    checks.add(at, "set after_months or after_weeks to a positive number");
                }
            }
        }
        for (int i = 0; i < outcome.warnings().size(); i++) {
            checks.text(
                    path + ".warnings[" + i + "]", outcome.warnings().get(i), SlackLimits.SECTION_TEXT, "a section");
        }
    }

    /** Walks every path from the start: finds loops, and nodes and outcomes no path reaches. */
    private void reachability(String path, DecisionTree tree) {
        if (tree.start() == null || tree.node(tree.start()).isEmpty()) {
            return;
        }
        Set<String> nodesSeen = new HashSet<>();
        Set<String> outcomesSeen = new HashSet<>();
        walk(path, tree, tree.start(), new LinkedHashSet<>(), nodesSeen, outcomesSeen);
        List<Node> nodes = tree.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) != null
                    && nodes.get(i).id() != null
                    && !nodesSeen.contains(nodes.get(i).id())) {
                checks.add(path + ".nodes[" + i + "]", "node \"" + nodes.get(i).id() + "\" is not reached by any path");
            }
        }
        List<Outcome> outcomes = tree.outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            if (outcome != null && outcome.id() != null && !outcomesSeen.contains(outcome.id())) {
                checks.add(
                        path + ".outcomes[" + i + "]", "outcome \"" + outcome.id() + "\" is not reached by any path");
            }
        }
    }

    private void walk(
            String path,
            DecisionTree tree,
            String nodeId,
            LinkedHashSet<String> onPath,
            Set<String> nodesSeen,
            Set<String> outcomesSeen) {
        if (onPath.contains(nodeId)) {
            checks.add(
                    path + ".nodes[" + tree.nodes().indexOf(tree.node(nodeId).orElseThrow()) + "]",
                    "a path loops back to node \"" + nodeId + "\" and never ends in an outcome");
            return;
        }
        Node node = tree.node(nodeId).orElse(null);
        if (node == null || !nodesSeen.add(nodeId)) {
            return;
        }
        onPath.add(nodeId);
        for (Branch branch : node.branches()) {
            if (branch == null) {
                continue;
            }
            if (branch.outcome() != null && branch.next() == null) {
                outcomesSeen.add(branch.outcome());
            } else if (branch.next() != null) {
                walk(path, tree, branch.next(), onPath, nodesSeen, outcomesSeen);
            }
        }
        onPath.remove(nodeId);
    }
}
