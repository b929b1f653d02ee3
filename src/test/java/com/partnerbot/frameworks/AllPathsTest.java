package com.partnerbot.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.playbook.Branch;
import com.partnerbot.playbook.DecisionTree;
import com.partnerbot.playbook.Node;
import com.partnerbot.playbook.Outcome;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.PlaybookLoader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Generated from the playbook itself: every path through every tree ends in an outcome, and every outcome is used. */
class AllPathsTest {
    private static final Playbook PLAYBOOK = PlaybookLoader.loadDefault();

    /** One full set of answers from the start node to an outcome, and the outcome the data says it ends in. */
    record Route(String tree, Map<String, String> answers, String expectedOutcome) {}

    @TestFactory
    Stream<DynamicTest> everyPathEndsInItsOutcome() {
        TreeEvaluator evaluator = new TreeEvaluator();
        return routes().stream()
                .map(route -> DynamicTest.dynamicTest(route.tree() + " " + route.answers(), () -> {
                    TreeResult result = evaluator.evaluate(PLAYBOOK.tree(route.tree()), route.answers());
                    assertThat(result.outcome()).map(Outcome::id).contains(route.expectedOutcome());
                    assertThat(result.path()).hasSize(route.answers().size());
                }));
    }

    @Test
    void everyOutcomeIsReachedAndEveryTreeHasPaths() {
        List<Route> routes = routes();
        for (Map.Entry<String, DecisionTree> tree : PLAYBOOK.trees().entrySet()) {
            Set<String> reached = new HashSet<>();
            routes.stream().filter(r -> r.tree().equals(tree.getKey())).forEach(r -> reached.add(r.expectedOutcome()));
            assertThat(reached)
                    .as(tree.getKey())
                    .containsExactlyInAnyOrderElementsOf(
                            tree.getValue().outcomes().stream().map(Outcome::id).toList());
        }
        assertThat(routes).hasSize(13);
    }

    static List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        PLAYBOOK.trees().forEach((key, tree) -> walk(key, tree, tree.start(), new LinkedHashMap<>(), routes));
        return routes;
    }

    private static void walk(
            String key, DecisionTree tree, String nodeId, Map<String, String> answers, List<Route> routes) {
        Node node = tree.node(nodeId).orElseThrow();
        assertThat(answers).as("loop at %s", nodeId).doesNotContainKey(nodeId);
        for (Branch branch : node.branches()) {
            Map<String, String> next = new LinkedHashMap<>(answers);
            next.put(nodeId, branch.answer());
            if (branch.outcome() != null) {
                routes.add(new Route(key, next, branch.outcome()));
            } else {
                walk(key, tree, branch.next(), next, routes);
            }
        }
    }
}
