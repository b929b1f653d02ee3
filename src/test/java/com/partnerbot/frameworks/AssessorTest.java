package com.partnerbot.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.playbook.InvestmentLevel;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.playbook.Tier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssessorTest {
    private static final Playbook PLAYBOOK = PlaybookLoader.loadDefault();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-31T10:00:00Z"), ZoneOffset.UTC);
    private static final Map<String, String> ALL_VALUE =
            Map.of("us", "a new segment", "partner", "keeps certification", "customers", "one setup");

    private final Assessor assessor = new Assessor(PLAYBOOK, CLOCK);

    private static AssessmentAnswers answers(
            String ours, String theirs, Map<String, String> value, String leverage, String selfServe, String exit) {
        return new AssessmentAnswers(
                ours,
                "",
                theirs,
                "",
                "They lose their certification",
                value,
                leverage,
                Map.of("self_serve", selfServe, "marquee", "no"),
                exit);
    }

    @Test
    void aRealTierOnePartnershipGetsItsTierTwoEvaluationSixMonthsLater() {
        AssessmentResult result = assessor.assess(answers(
                "dedicated_engineering", "spend_commitment", ALL_VALUE, "requirement", "yes", "No usage by June"));

        assertThat(result.qualification().verdictId()).isEqualTo("real");
        assertThat(result.tier()).map(Tier::id).contains("tier_1");
        assertThat(result.tierDecision().explain())
                .isEqualTo("the partner can self-serve -> Start at Tier 1, evaluate for Tier 2 after 6 months");
        assertThat(result.followUps())
                .containsExactly(new FollowUpDue("evaluate_tier_2", "Evaluate for Tier 2", LocalDate.of(2026, 7, 31)));
        assertThat(result.leverage().investment()).map(InvestmentLevel::id).contains("full");
        assertThat(result.leverage().explain()).isEqualTo("Requirement (strongest) -> Full partnership investment");
        assertThat(result.warnings()).isEmpty();
        assertThat(result.nextStep())
                .isEqualTo(PLAYBOOK.qualification().verdicts().real().nextStep());
    }

    @Test
    void tierTwoHasNoFollowUp() {
        AssessmentResult result = assessor.assess(
                answers("dedicated_engineering", "spend_commitment", ALL_VALUE, "economic", "no", "No usage by June"));

        assertThat(result.tier()).map(Tier::id).contains("tier_2");
        assertThat(result.followUps()).isEmpty();
    }

    @Test
    void aHandshakeSaysPlainlyNotToPursueIt() {
        AssessmentResult result =
                assessor.assess(answers("nothing", "nothing", ALL_VALUE, "economic", "yes", "No usage by June"));

        assertThat(result.qualification().verdictId()).isEqualTo("handshake");
        assertThat(result.nextStep()).startsWith("Do not pursue this as a partnership");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"requirement, full", "economic, full", "competitive, light", "customer, light", "co_marketing, none"})
    void leverageDecidesTheInvestment(String leverage, String investment) {
        AssessmentResult result =
                assessor.assess(answers("exclusivity", "exclusivity", ALL_VALUE, leverage, "yes", "exit"));

        assertThat(result.leverage().investment()).map(InvestmentLevel::id).contains(investment);
    }

    @Test
    void coMarketingOnlyIsNotWorthPursuingAndFlagsVanity() {
        AssessmentResult result =
                assessor.assess(answers("exclusivity", "exclusivity", ALL_VALUE, "co_marketing", "yes", "exit"));

        assertThat(result.nextStep())
                .isEqualTo(PLAYBOOK.investmentLevel("none").orElseThrow().advice());
        assertThat(result.warnings()).extracting(Warning::id).containsExactly("vanity");
    }

    @Test
    void missingValueAndExitCriteriaAreCalledOut() {
        AssessmentResult result =
                assessor.assess(answers("exclusivity", "exclusivity", Map.of("us", "reach"), "economic", "yes", " "));

        assertThat(result.nextStep()).contains("The partner, Shared customers");
        assertThat(result.warnings()).extracting(Warning::id).containsExactly("no_exit_criteria");
    }

    @Test
    void anUnfinishedTierTreeLeavesNoTierAndNamesTheQuestion() {
        AssessmentResult result = assessor.assess(new AssessmentAnswers(
                "exclusivity", "", "exclusivity", "", "", ALL_VALUE, "economic", Map.of(), "exit"));

        assertThat(result.tier()).isEmpty();
        assertThat(result.tierDecision().missingNodeId()).contains("self_serve");
        assertThat(result.followUps()).isEmpty();
    }
}
