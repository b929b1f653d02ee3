package com.partnerbot.frameworks;

import com.partnerbot.playbook.InvestmentLevel;
import com.partnerbot.playbook.Outcome;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.Tier;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Runs the qualification questionnaire through frameworks 1, 2, 3, 5 and 10 in one call. */
public final class Assessor {
    private final Playbook playbook;
    private final Clock clock;
    private final Qualifier qualifier;
    private final LeverageEvaluator leverage;
    private final TreeEvaluator trees = new TreeEvaluator();
    private final AntiPatternDetector antiPatterns = new AntiPatternDetector();

    public Assessor(Playbook playbook, Clock clock) {
        this.playbook = playbook;
        this.clock = clock;
        this.qualifier = new Qualifier(playbook);
        this.leverage = new LeverageEvaluator(playbook);
    }

    public AssessmentResult assess(AssessmentAnswers a) {
        LocalDate today = LocalDate.now(clock);
        QualificationResult qualification = qualifier.qualify(
                a.ourCommitment(),
                a.ourCommitmentNote(),
                a.partnerCommitment(),
                a.partnerCommitmentNote(),
                a.valueBySide());
        LeverageResult leverageResult = leverage.evaluate(a.leverage());
        TreeResult tierDecision = trees.evaluate(playbook.tree(Playbook.TIER_TREE), a.tierAnswers());
        Optional<Tier> tier = tierDecision.outcome().map(Outcome::tier).flatMap(playbook::tier);
        List<FollowUpDue> followUps = tierDecision.outcome().stream()
                .flatMap(o -> o.followUps().stream())
                .map(f -> new FollowUpDue(f.id(), f.label(), today.plus(f.after())))
                .toList();
        PartnershipFacts facts = PartnershipFacts.builder(today)
                .leverage(a.leverage())
                .exitCriteria(a.exitCriteria())
                .valueBySide(a.valueBySide())
                .commitments(a.ourCommitment(), a.partnerCommitment())
                .tier(tier.map(Tier::id).orElse(null))
                .tiersConfigured(playbook.tiers().size())
                .dependencyAnswer(a.dependencyAnswer())
                .build();
        List<Warning> warnings = antiPatterns.detect(playbook, facts);
        return new AssessmentResult(
                qualification,
                leverageResult,
                tierDecision,
                tier,
                followUps,
                warnings,
                nextStep(qualification, leverageResult));
    }

    /** The verdict's step, unless something earlier must be fixed first: no pursuit, low leverage, missing value. */
    private static String nextStep(QualificationResult qualification, LeverageResult leverage) {
        if (!qualification.pursue()) {
            return qualification.verdict().nextStep();
        }
        Optional<InvestmentLevel> investment = leverage.investment().filter(i -> !i.pursue());
        if (investment.isPresent()) {
            return investment.get().advice();
        }
        if (!qualification.valueComplete()) {
            return qualification.valueAdvice();
        }
        return qualification.verdict().nextStep();
    }
}
