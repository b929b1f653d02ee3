package com.partnerbot.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.playbook.Outcome;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.PlaybookLoader;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every branch of every default tree decides as the source playbook says. */
class TreeEvaluatorTest {
    private static final Playbook PLAYBOOK = PlaybookLoader.loadDefault();
    private final TreeEvaluator evaluator = new TreeEvaluator();

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ecosystem        | brand_risk=yes                        | curated        | brand damage risk is high -> Curated
            ecosystem        | brand_risk=no,human_review=no         | open           | brand damage risk is not high -> human review cannot scale -> Open
            ecosystem        | brand_risk=no,human_review=yes        | curated        | brand damage risk is not high -> human review can scale -> Curated
            tier             | self_serve=yes                        | tier_1         | the partner can self-serve -> Start at Tier 1, evaluate for Tier 2 after 6 months
            tier             | self_serve=no,marquee=yes             | tier_3         | the partner cannot self-serve -> a marquee logo that shifts our positioning -> Tier 3 (Strategic)
            tier             | self_serve=no,marquee=no              | tier_2         | the partner cannot self-serve -> not a marquee logo -> Tier 2 (Joint Development)
            build_or_partner | core=yes                              | build          | core to our differentiation -> Build it yourself
            build_or_partner | core=no,delay=yes                     | partner        | not core to differentiation -> building would delay the roadmap more than 6 months -> Partner
            build_or_partner | core=no,delay=no,credible_partner=yes | partner        | not core to differentiation -> building would not delay the roadmap more than 6 months -> a credible partner needs us too -> Partner
            build_or_partner | core=no,delay=no,credible_partner=no  | build_anyway   | not core to differentiation -> building would not delay the roadmap more than 6 months -> no credible partner needs us too -> Build
            phase_gate       | crawl_met=no                          | end            | Crawl missed its success criteria -> End partnership, learn from failure
            phase_gate       | crawl_met=yes,walk_met=no             | end_or_restart | Crawl met its success criteria -> Walk missed its success criteria -> End partnership or restart Crawl with changes
            phase_gate       | crawl_met=yes,walk_met=yes            | run            | Crawl met its success criteria -> Walk met its success criteria -> Move to Run phase
            """)
    void everyBranchOfEveryDefaultTree(String tree, String answers, String outcome, String explanation) {
        TreeResult result = evaluator.evaluate(PLAYBOOK.tree(tree), answers(answers));

        assertThat(result.outcome()).map(Outcome::id).contains(outcome);
        assertThat(result.missingNodeId()).isEmpty();
        assertThat(result.explain()).isEqualTo(explanation);
        assertThat(result.path())
                .extracting(PathStep::nodeId)
                .containsExactlyElementsOf(answers(answers).keySet());
    }

    @Test
    void answersFollowingTheOutcomeAreIgnored() {
        TreeResult result = evaluator.evaluate(PLAYBOOK.tree("build_or_partner"), answers("core=yes,delay=no"));

        assertThat(result.outcome()).map(Outcome::id).contains("build");
        assertThat(result.path()).hasSize(1);
    }

    @Test
    void theFirstUnansweredQuestionIsNamed() {
        TreeResult result = evaluator.evaluate(PLAYBOOK.tree("build_or_partner"), answers("core=no"));

        assertThat(result.outcome()).isEmpty();
        assertThat(result.missingNodeId()).contains("delay");
        assertThat(result.explain()).isEqualTo("not core to differentiation");
    }

    @Test
    void anAnswerNoBranchKnowsCountsAsMissing() {
        TreeResult result = evaluator.evaluate(PLAYBOOK.tree("tier"), answers("self_serve=maybe"));

        assertThat(result.outcome()).isEmpty();
        assertThat(result.missingNodeId()).contains("self_serve");
        assertThat(result.path()).isEmpty();
    }

    @Test
    void answersIgnoreCaseAndBlanks() {
        TreeResult result = evaluator.evaluate(PLAYBOOK.tree("tier"), answers("self_serve= YES "));

        assertThat(result.outcome()).map(Outcome::id).contains("tier_1");
        assertThat(result.path().get(0).question()).isEqualTo("Does partner have engineering resources to self-serve?");
    }

    @Test
    void tierOneCarriesItsSixMonthFollowUp() {
        Outcome tierOne = evaluator
                .evaluate(PLAYBOOK.tree("tier"), answers("self_serve=yes"))
                .outcome()
                .orElseThrow();

        assertThat(tierOne.tier()).isEqualTo("tier_1");
        assertThat(tierOne.followUps()).singleElement().satisfies(f -> {
            assertThat(f.label()).isEqualTo("Evaluate for Tier 2");
            assertThat(f.afterMonths()).isEqualTo(6);
        });
    }

    static Map<String, String> answers(String pairs) {
        Map<String, String> answers = new LinkedHashMap<>();
        Arrays.stream(pairs.split(",")).map(pair -> pair.split("=", 2)).forEach(kv -> answers.put(kv[0], kv[1]));
        return answers;
    }
}
