package com.partnerbot.playbook;

import java.util.List;
import java.util.Optional;

/**
 * A decision tree as data: questions ({@link Node}) whose branches lead to another node or end in an
 * {@link Outcome}. The title doubles as a modal title, so it stays within 24 characters.
 */
public record DecisionTree(String id, String title, String start, List<Node> nodes, List<Outcome> outcomes) {
    public DecisionTree {
        nodes = Copies.list(nodes);
        outcomes = Copies.list(outcomes);
    }

    public Optional<Node> node(String nodeId) {
        return nodes.stream()
                .filter(n -> n != null && nodeId != null && nodeId.equals(n.id()))
                .findFirst();
    }

    public Optional<Outcome> outcome(String outcomeId) {
        return outcomes.stream()
                .filter(o -> o != null && outcomeId != null && outcomeId.equals(o.id()))
                .findFirst();
    }

    /** The tree under its map key; the key is the id, so YAML may leave {@code id} out. */
    DecisionTree withId(String key) {
        return new DecisionTree(key, title, start, nodes, outcomes);
    }
}
