package com.partnerbot.frameworks;

import com.partnerbot.playbook.Branch;
import com.partnerbot.playbook.DecisionTree;
import com.partnerbot.playbook.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Walks a decision tree with the answers given, question by question, and stops at the first outcome. */
public final class TreeEvaluator {

    /**
     * @param answersByNodeId answers keyed by node id; answers match a branch's {@code answer} ignoring case. An
     *     answer that matches no branch counts as missing.
     */
    public TreeResult evaluate(DecisionTree tree, Map<String, String> answersByNodeId) {
        List<PathStep> path = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        String nodeId = tree.start();
        while (visited.add(nodeId)) {
            String current = nodeId;
            Node node = tree.node(current)
                    .orElseThrow(() -> new IllegalArgumentException("Tree " + tree.id() + " has no node " + current));
            String answer = answersByNodeId.get(nodeId);
            Optional<Branch> chosen = node.branch(answer);
            if (chosen.isEmpty()) {
                return new TreeResult(Optional.empty(), path, Optional.of(nodeId));
            }
            Branch branch = chosen.get();
            path.add(new PathStep(nodeId, node.question(), branch.answer(), branch.summary()));
            if (branch.outcome() != null) {
                return new TreeResult(tree.outcome(branch.outcome()), path, Optional.empty());
            }
            nodeId = branch.next();
        }
        // A validated playbook has no loops; an unvalidated one must not hang the caller.
        throw new IllegalArgumentException("Tree " + tree.id() + " loops back to node " + nodeId);
    }
}
