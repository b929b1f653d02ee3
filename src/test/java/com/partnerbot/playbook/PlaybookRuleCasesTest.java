package com.partnerbot.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The playbook's rules beyond presence and length, each with a case it refuses (its message at its field) and, for
 * each limit, the value just inside it, which it accepts.
 */
class PlaybookRuleCasesTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static Consumer<JsonNode> set(String path, JsonNode value) {
        return root -> PlaybookTree.field(root, path).set(value);
    }

    private static Consumer<JsonNode> set(String path, int value) {
        return set(path, IntNode.valueOf(value));
    }

    private static Consumer<JsonNode> set(String path, String value) {
        return set(path, TextNode.valueOf(value));
    }

    private static Consumer<JsonNode> object(String path, Consumer<ObjectNode> change) {
        return root -> change.accept((ObjectNode) PlaybookTree.field(root, path).value());
    }

    private static Consumer<JsonNode> list(String path, Consumer<ArrayNode> change) {
        return root -> change.accept((ArrayNode) PlaybookTree.field(root, path).value());
    }

    @SafeVarargs
    private static Consumer<JsonNode> all(Consumer<JsonNode>... edits) {
        return root -> Stream.of(edits).forEach(e -> e.accept(root));
    }

    /** Makes the list at {@code path} hold {@code size} copies of its first entry, each with a distinct id. */
    private static Consumer<JsonNode> entries(String path, int size) {
        return root -> {
            ArrayNode list = (ArrayNode) PlaybookTree.field(root, path).value();
            ObjectNode first = (ObjectNode) list.get(0);
            for (int i = list.size(); i < size; i++) {
                ObjectNode copy = first.deepCopy();
                if (copy.has("id")) {
                    copy.put("id", "extra_" + i);
                }
                if (copy.has("rank")) {
                    copy.put("rank", 100 + i);
                }
                if (copy.has("answer")) {
                    copy.put("answer", "extra_" + i);
                }
                list.add(copy);
            }
        };
    }

    private static Consumer<JsonNode> condition(String path, String test, JsonNode value) {
        return root -> {
            ObjectNode condition = (ObjectNode) PlaybookTree.field(root, path).value();
            String field = condition.get("field").asText();
            condition.removeAll();
            condition.put("field", field);
            condition.set(test, value);
        };
    }

    private static List<Issue> issues(Consumer<JsonNode> edit) {
        JsonNode root = PlaybookTree.defaults();
        edit.accept(root);
        return PlaybookTree.issues(root);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(
                        "no tiers recommended",
                        set("recommended_max_tiers", 0),
                        "recommended_max_tiers",
                        "missing or below 1"),
                Arguments.of(
                        "rank 0",
                        set("leverage_types[0].rank", 0),
                        "leverage_types[0].rank",
                        "missing or below 1 (1 is the strongest)"),
                Arguments.of("tier level 0", set("tiers[0].level", 0), "tiers[0].level", "missing or below 1"),
                Arguments.of(
                        "phase of 0 weeks",
                        set("phases[0].duration.min", 0),
                        "phases[0].duration.min",
                        "missing or below 1"),
                Arguments.of(
                        "phase in days",
                        set("phases[0].duration.unit", "days"),
                        "phases[0].duration.unit",
                        "unit \"days\" is not weeks or months"),
                Arguments.of(
                        "stage starting in week 0",
                        set("launch.stages[1].start_week", 0),
                        "launch.stages[1]",
                        "week 0 does not exist: week 1 is launch week, -1 the week before it"),
                Arguments.of(
                        "stage ending in week 0",
                        set("launch.stages[0].end_week", 0),
                        "launch.stages[0]",
                        "week 0 does not exist: week 1 is launch week, -1 the week before it"),
                Arguments.of(
                        "stage ending before it starts",
                        set("launch.stages[1].start_week", 2),
                        "launch.stages[1].start_week",
                        "start_week 2 exceeds end_week 1"),
                Arguments.of(
                        "every kind commits",
                        set("qualification.commitment_kinds[5].commits", JSON.booleanNode(true)),
                        "qualification.commitment_kinds",
                        "needs a kind with commits: false (\"nothing\")"),
                Arguments.of(
                        "101 commitment kinds",
                        entries("qualification.commitment_kinds", 101),
                        "qualification.commitment_kinds",
                        "101 entries, but a select menu holds at most 100"),
                Arguments.of(
                        "101 leverage types",
                        entries("leverage_types", 101),
                        "leverage_types",
                        "101 entries, but a select menu holds at most 100"),
                Arguments.of(
                        "91 value sides",
                        entries("value.sides", 91),
                        "value.sides",
                        "91 entries, but one modal holds at most 90"),
                Arguments.of(
                        "101 answers to one question",
                        entries("trees.tier.nodes[1].branches", 101),
                        "trees.tier.nodes[1].branches",
                        "101 entries, but a select menu holds at most 100"),
                Arguments.of(
                        "a tree with another id than its key",
                        object("trees.tier", o -> o.put("id", "tiers")),
                        "trees.tier.id",
                        "id \"tiers\" differs from its key \"tier\""),
                Arguments.of("an empty tree", set("trees.tier", NullNode.instance), "trees.tier", "empty entry"),
                Arguments.of(
                        "a branch with next and outcome",
                        object("trees.tier.nodes[0].branches[1]", o -> o.put("outcome", "tier_2")),
                        "trees.tier.nodes[0].branches[1]",
                        "branch sets both next and outcome: keep one"),
                Arguments.of(
                        "an outcome leading to no phase",
                        set("trees.phase_gate.outcomes[2].phase", "sprint"),
                        "trees.phase_gate.outcomes[2].phase",
                        "no phase \"sprint\""),
                Arguments.of(
                        "a follow-up months before",
                        set("trees.tier.outcomes[0].follow_ups[0].after_months", -1),
                        "trees.tier.outcomes[0].follow_ups[0]",
                        "set after_months or after_weeks to a positive number"),
                Arguments.of(
                        "a follow-up weeks before",
                        set(
                                "trees.tier.outcomes[0].follow_ups[0]",
                                JSON.objectNode()
                                        .put("id", "check")
                                        .put("label", "Check")
                                        .put("after_months", 6)
                                        .put("after_weeks", -1)),
                        "trees.tier.outcomes[0].follow_ups[0]",
                        "set after_months or after_weeks to a positive number"),
                Arguments.of(
                        "two follow-ups with one id",
                        list(
                                "trees.tier.outcomes[0].follow_ups",
                                l -> l.add(JSON.objectNode()
                                        .put("id", "evaluate_tier_2")
                                        .put("label", "Again")
                                        .put("after_months", 12))),
                        "trees.tier.outcomes[0].follow_ups[1].id",
                        "repeated id \"evaluate_tier_2\" (first used at trees.tier.outcomes[0].follow_ups[0])"),
                Arguments.of(
                        "is neither empty nor present",
                        set("anti_patterns[6].detect[0].is", "blank"),
                        "anti_patterns[6].detect[0].is",
                        "is \"blank\": use empty or present"),
                Arguments.of(
                        "in an empty list",
                        condition("anti_patterns[5].detect[0]", "in", JSON.arrayNode()),
                        "anti_patterns[5].detect[0].in",
                        "empty list"),
                Arguments.of(
                        "contains any of an empty list",
                        condition("anti_patterns[0].detect[0]", "contains_any", JSON.arrayNode()),
                        "anti_patterns[0].detect[0].contains_any",
                        "empty list"),
                Arguments.of(
                        "below a limit that is not a number",
                        condition("anti_patterns[4].detect[0]", "below", TextNode.valueOf("two weeks")),
                        "anti_patterns[4].detect[0].below",
                        "\"two weeks\" is not a whole number or recommended_max_tiers"),
                Arguments.of(
                        "above a limit that is not a number",
                        condition("anti_patterns[4].detect[0]", "above", TextNode.valueOf("1.5")),
                        "anti_patterns[4].detect[0].above",
                        "\"1.5\" is not a whole number or recommended_max_tiers"),
                Arguments.of(
                        "a condition testing nothing",
                        object("anti_patterns[6].detect[0]", o -> o.remove("is")),
                        "anti_patterns[6].detect[0]",
                        "set exactly one of is, in, above, below, contains_any"),
                Arguments.of(
                        "an anti-pattern detecting nothing",
                        set("anti_patterns[6].detect", JSON.arrayNode()),
                        "anti_patterns[6].detect",
                        "missing or empty: needs at least one entry"),
                Arguments.of(
                        "a fact no partnership has",
                        set("checklists.before_starting[0].done_when[0].field", "mood"),
                        "checklists.before_starting[0].done_when[0].field",
                        "unknown field \"mood\"; known fields: leverage, exit_criteria, value.us, value.partner,"
                                + " value.customers, our_commitment, partner_commitment, committing_sides, tier,"
                                + " tiers_configured, launch_date, days_since_launch,"
                                + " days_since_post_launch_activity, integration_pathway, launch_owner_us,"
                                + " launch_owner_partner, charter_signatures, success_measures, dependency_answer,"
                                + " dependency, verdict, investment, value_missing, sides_not_committing"),
                Arguments.of(
                        "a question no answer leads to",
                        list(
                                "trees.tier.nodes",
                                l -> l.add(JSON.objectNode()
                                        .put("id", "orphan")
                                        .put("question", "Anyone?")
                                        .set(
                                                "branches",
                                                JSON.arrayNode()
                                                        .add(JSON.objectNode()
                                                                .put("answer", "yes")
                                                                .put("label", "Yes")
                                                                .put("summary", "yes")
                                                                .put("outcome", "tier_1"))))),
                        "trees.tier.nodes[2]",
                        "node \"orphan\" is not reached by any path"),
                Arguments.of(
                        "a signer who is no side",
                        set("charter.signature.signers[0]", "board"),
                        "charter.signature.signers[0]",
                        "no value side \"board\""),
                Arguments.of(
                        "a leverage type worth no level",
                        set("leverage_types[4].investment", "some"),
                        "leverage_types[4].investment",
                        "no investment level \"some\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void eachRuleRefusesItsCaseAtItsField(String name, Consumer<JsonNode> edit, String path, String message) {
        assertThat(issues(edit)).containsExactly(new Issue(path, message));
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("one tier recommended", set("recommended_max_tiers", 1)),
                Arguments.of(
                        "a phase of exactly one week",
                        all(set("phases[0].duration.min", 1), set("phases[0].duration.max", 1))),
                Arguments.of("a phase in months", set("phases[0].duration.unit", "months")),
                Arguments.of(
                        "a stage of one week before launch",
                        all(set("launch.stages[0].start_week", -1), set("launch.stages[0].end_week", -1))),
                Arguments.of(
                        "a follow-up a week later",
                        set(
                                "trees.tier.outcomes[0].follow_ups[0]",
                                JSON.objectNode()
                                        .put("id", "check")
                                        .put("label", "Check")
                                        .put("after_months", 0)
                                        .put("after_weeks", 1))),
                Arguments.of("100 commitment kinds", entries("qualification.commitment_kinds", 100)),
                Arguments.of("100 leverage types", entries("leverage_types", 100)),
                Arguments.of("90 value sides", entries("value.sides", 90)),
                Arguments.of("100 answers to one question", entries("trees.tier.nodes[1].branches", 100)),
                Arguments.of("is present", set("anti_patterns[6].detect[0].is", "present")),
                Arguments.of(
                        "below the recommended tiers",
                        condition("anti_patterns[3].detect[0]", "below", TextNode.valueOf("recommended_max_tiers"))),
                Arguments.of(
                        "a negative limit with blanks around it",
                        condition("anti_patterns[4].detect[0]", "above", TextNode.valueOf(" -3 "))),
                Arguments.of("a tree whose id is its key", object("trees.tier", o -> o.put("id", "tier"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void valuesJustInsideEachLimitAreAccepted(String name, Consumer<JsonNode> edit) {
        assertThat(issues(edit)).isEmpty();
    }

    @Test
    void aProblemIsPlacedOnTheLineOfItsField() throws Exception {
        JsonNode root = PlaybookTree.defaults();
        String marker = "marker" + "w".repeat(SlackLimits.MODAL_TITLE);
        PlaybookTree.field(root, "trees.phase_gate.title").set(TextNode.valueOf(marker));
        ((ObjectNode) PlaybookTree.field(root, "phases[1]").value()).remove("label");
        String yaml = PlaybookTree.yaml(root);

        List<Problem> problems = TestPlaybooks.problems(yaml);

        assertThat(problems)
                .extracting(Problem::path, Problem::line, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "trees.phase_gate.title",
                                TestPlaybooks.lineOf(yaml, marker),
                                "30 characters, but Slack shows at most 24 in a modal title"),
                        org.assertj.core.groups.Tuple.tuple(
                                "phases[1].label", TestPlaybooks.lineOf(yaml, "- id: \"walk\""), "missing"));
    }
}
