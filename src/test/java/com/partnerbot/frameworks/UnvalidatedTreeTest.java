package com.partnerbot.frameworks;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbot.playbook.Branch;
import com.partnerbot.playbook.DecisionTree;
import com.partnerbot.playbook.Node;
import com.partnerbot.playbook.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A tree that skipped validation fails with a message naming what is wrong, and never hangs. */
class UnvalidatedTreeTest {
    private final TreeEvaluator evaluator = new TreeEvaluator();

    private static Node node(String id, Branch... branches) {
        return new Node(id, id + "?", null, List.of(branches));
    }

    private static Branch next(String answer, String node) {
        return new Branch(answer, answer, answer, node, null);
    }

    private static DecisionTree tree(String start, Node... nodes) {
        return new DecisionTree(
                "t", "T", start, List.of(nodes), List.of(new Outcome("done", "Done", null, null, null, null, null)));
    }

    @Test
    void aBranchToANodeThatDoesNotExistNamesThatNodeNotTheStart() {
        DecisionTree tree = tree("first", node("first", next("yes", "ghost")));

        assertThatThrownBy(() -> evaluator.evaluate(tree, Map.of("first", "yes")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Tree t has no node ghost");
    }

    @Test
    void aStartNodeThatDoesNotExistIsNamed() {
        DecisionTree tree = tree("nowhere", node("first", next("yes", "first")));

        assertThatThrownBy(() -> evaluator.evaluate(tree, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Tree t has no node nowhere");
    }

    @Test
    void aLoopStopsAtTheNodeSeenTwice() {
        DecisionTree tree = tree("a", node("a", next("yes", "b")), node("b", next("yes", "a")));

        assertThatThrownBy(() -> evaluator.evaluate(tree, Map.of("a", "yes", "b", "yes")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Tree t loops back to node a");
    }
}
