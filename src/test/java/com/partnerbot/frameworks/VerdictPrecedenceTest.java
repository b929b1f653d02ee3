package com.partnerbot.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.playbook.InvestmentLevel;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.playbook.Standing;
import com.partnerbot.playbook.TestPlaybooks;
import com.partnerbot.playbook.Tier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a verdict and the other answers bound in what follows them, as the default playbook's precedence says. */
class VerdictPrecedenceTest {
    private static final Playbook PLAYBOOK = PlaybookLoader.loadDefault();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-31T10:00:00Z"), ZoneOffset.UTC);
    private static final Map<String, String> ALL_VALUE =
            Map.of("us", "a new segment", "partner", "keeps certification", "customers", "one setup");

    private final Assessor assessor = new Assessor(PLAYBOOK, CLOCK);

    private static AssessmentAnswers answers(String ours, String theirs, String leverage, String dependency) {
        return answers(ours, theirs, leverage, dependency, ALL_VALUE, "End if no deals after Crawl");
    }

    private static AssessmentAnswers answers(
            String ours, String theirs, String leverage, String dependency, Map<String, String> value, String exit) {
        return new AssessmentAnswers(
                ours,
                "",
                theirs,
                "",
                "they said so on the call",
                value,
                leverage,
                Map.of("self_serve", "yes"),
                exit,
                dependency);
    }

    @Test
    void aHandshakeGetsNoInvestmentLevelAndNoTierWhateverTheLeverage() {
        AssessmentResult result = assessor.assess(answers("nothing", "nothing", "requirement", "loses_money"));

        assertThat(result.qualification().verdictId()).isEqualTo("handshake");
        assertThat(result.leverage().investment()).map(InvestmentLevel::id).contains("full");
        assertThat(result.investment().level()).isEmpty();
        assertThat(result.investment().withheld()).isTrue();
        assertThat(result.investment().advice()).isEqualTo("Don't invest until a side commits.");
        assertThat(result.investment().explain())
                .isEqualTo("Requirement (strongest) -> neither side loses anything if it fails"
                        + " -> Don't invest until a side commits.")
                .doesNotContain("Full partnership investment");
        assertThat(result.tier()).isEmpty();
        assertThat(result.tierWithheld()).contains("neither side loses anything if it fails");
        assertThat(result.followUps()).isEmpty();
        assertThat(result.standing()).isEqualTo(Standing.STOP);
        assertThat(result.nextStep())
                .isEqualTo(PLAYBOOK.qualification().verdicts().handshake().nextStep());
    }

    @Test
    void aOneSidedPartnershipIsCappedAtTheCautiousLevelAndToldWhatWouldMakeItReal() {
        AssessmentResult result =
                assessor.assess(answers("dedicated_engineering", "nothing", "requirement", "fails_requirement"));

        assertThat(result.qualification().verdictId()).isEqualTo("one_sided");
        assertThat(result.investment().level()).map(InvestmentLevel::id).contains("light");
        assertThat(result.investment().changedBy()).contains("one_sided");
        assertThat(result.investment().explain())
                .isEqualTo("Requirement (strongest) -> only one side loses something if it fails"
                        + " -> Light partnership, test first");
        assertThat(result.investment().advice())
                .contains("What would make it real: a commitment from The partner")
                .doesNotContain("Moderate leverage");
        assertThat(result.tier()).map(Tier::id).contains("tier_1");
        assertThat(result.standing()).isEqualTo(Standing.AT_RISK);
        assertThat(result.headline()).isEmpty();
    }

    @Test
    void aCapAboveWhatTheLeverageEarnsChangesNothing() {
        AssessmentResult result =
                assessor.assess(answers("dedicated_engineering", "nothing", "customer", "customers_miss_out"));

        assertThat(result.investment().level()).map(InvestmentLevel::id).contains("light");
        assertThat(result.investment().changedBy()).isEmpty();
        assertThat(result.investment().advice())
                .isEqualTo(PLAYBOOK.investmentLevel("light").orElseThrow().advice());
    }

    @Test
    void theCapIsPlaybookDataATeamCanChange() {
        Playbook stricter = TestPlaybooks.parse(TestPlaybooks.edited(
                "      - {field: verdict, in: [one_sided]}\n    investment_at_most: light",
                "      - {field: verdict, in: [one_sided]}\n    investment_at_most: none"));

        AssessmentResult result = new Assessor(stricter, CLOCK)
                .assess(answers("dedicated_engineering", "nothing", "requirement", "fails_requirement"));

        assertThat(result.investment().level()).map(InvestmentLevel::id).contains("none");
    }

    @Test
    void aRealPartnershipWithFullLeverageKeepsItsFullInvestment() {
        AssessmentResult result =
                assessor.assess(answers("dedicated_engineering", "spend_commitment", "economic", "loses_money"));

        assertThat(result.investment().level()).map(InvestmentLevel::id).contains("full");
        assertThat(result.precedenceApplied()).isEmpty();
        assertThat(result.standing()).isEqualTo(Standing.OK);
        assertThat(result.nextStep())
                .isEqualTo(PLAYBOOK.qualification().verdicts().real().nextStep());
    }

    @Test
    void anUndescribedOtherCommitmentIsNoCommitment() {
        AssessmentResult result = assessor.assess(answers("other", "other", "requirement", "loses_money"));

        assertThat(result.qualification().verdictId()).isEqualTo("handshake");
        assertThat(result.investment().withheld()).isTrue();
    }

    @Test
    void nothingChangesForThePartnerWarnsCapsTheInvestmentAndIsShown() {
        AssessmentResult result =
                assessor.assess(answers("dedicated_engineering", "spend_commitment", "requirement", "nothing_changes"));

        assertThat(result.dependency())
                .contains(
                        new DependencyReply("nothing_changes", "Nothing changes for them", "they said so on the call"));
        assertThat(result.investment().level()).map(InvestmentLevel::id).contains("light");
        assertThat(result.investment().changedBy()).contains("nothing_changes");
        assertThat(result.warnings())
                .extracting(Warning::id, Warning::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("nothing_changes", "Pitching on our benefit, not theirs"));
        assertThat(result.standing()).isEqualTo(Standing.AT_RISK);
        assertThat(result.headline()).isEqualTo("at risk: the partner does not need us");
        assertThat(result.nextStep()).startsWith("Find out what the partner loses without us");
    }

    @Test
    void aDependencyAnswerThatHurtsBoundsNothing() {
        AssessmentResult result =
                assessor.assess(answers("dedicated_engineering", "spend_commitment", "requirement", "falls_behind"));

        assertThat(result.dependency()).map(DependencyReply::label).contains("A competitor gets ahead of them");
        assertThat(result.warnings()).isEmpty();
        assertThat(result.investment().level()).map(InvestmentLevel::id).contains("full");
    }

    @Test
    void aPlaceholderValuePutsARealPartnershipAtRiskAndNamesTheSide() {
        AssessmentResult result = assessor.assess(answers(
                "dedicated_engineering",
                "spend_commitment",
                "economic",
                "loses_money",
                Map.of("us", "a new segment", "partner", "n/a", "customers", "one setup"),
                "End if no deals after Crawl"));

        assertThat(result.qualification().verdictId()).isEqualTo("real");
        assertThat(result.qualification().missingSides())
                .extracting(s -> s.label())
                .containsExactly("The partner");
        assertThat(result.standing()).isEqualTo(Standing.AT_RISK);
        assertThat(result.headline()).isEqualTo("at risk: value not named for every side");
        assertThat(result.nextStep()).contains("The partner");
    }

    @Test
    void aPlaceholderExitCriterionIsNoExitCriterion() {
        AssessmentResult result = assessor.assess(
                answers("dedicated_engineering", "spend_commitment", "economic", "loses_money", ALL_VALUE, "TBD"));

        assertThat(result.warnings()).extracting(Warning::id).containsExactly("no_exit_criteria");
    }

    @Test
    void lowLeverageOnARealPartnershipIsNotGreenAndGetsNoTier() {
        AssessmentResult result =
                assessor.assess(answers("dedicated_engineering", "spend_commitment", "co_marketing", "loses_money"));

        assertThat(result.standing()).isEqualTo(Standing.STOP);
        assertThat(result.headline()).isEqualTo("not worth pursuing: leverage too low");
        assertThat(result.tier()).isEmpty();
        assertThat(result.followUps()).isEmpty();
    }

    @Test
    void theChosenTiersAdviceAndWarningsComeWithIt() {
        AssessmentResult result =
                assessor.assess(answers("dedicated_engineering", "spend_commitment", "economic", "loses_money"));

        Tier tier = result.tier().orElseThrow();
        assertThat(tier.gives()).isNotEmpty();
        assertThat(tier.requires()).isNotEmpty();
        assertThat(result.tierDecision().outcome().orElseThrow().warnings())
                .singleElement()
                .asString()
                .startsWith("Don't treat all partners equally");
    }

    @Test
    void aReassessmentThatKeepsTierOneKeepsTheDayItBegan() {
        LocalDate tierOneStart = LocalDate.of(2025, 11, 15);
        AssessmentResult kept = assessor.assess(
                answers("dedicated_engineering", "spend_commitment", "economic", "loses_money"),
                Optional.of(new TierStart("tier_1", tierOneStart)));

        assertThat(kept.tierSince()).contains(tierOneStart);
        assertThat(kept.followUps())
                .containsExactly(new FollowUpDue("evaluate_tier_2", "Evaluate for Tier 2", LocalDate.of(2026, 5, 15)));
    }

    @Test
    void aTierChangeStartsTheClockAgain() {
        AssessmentResult moved = assessor.assess(
                answers("dedicated_engineering", "spend_commitment", "economic", "loses_money"),
                Optional.of(new TierStart("tier_2", LocalDate.of(2025, 11, 15))));

        assertThat(moved.tierSince()).contains(LocalDate.of(2026, 1, 31));
        assertThat(moved.followUps()).extracting(FollowUpDue::due).containsExactly(LocalDate.of(2026, 7, 31));
    }
}
