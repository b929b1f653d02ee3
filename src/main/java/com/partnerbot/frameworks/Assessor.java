package com.partnerbot.frameworks;

import com.partnerbot.playbook.DependencyAnswer;
import com.partnerbot.playbook.Outcome;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.Tier;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Runs the qualification questionnaire through frameworks 1, 2, 3, 5 and 10 in one call. What bounds what (a
 * handshake gets no investment, a one-sided partnership a capped one) is the playbook's precedence, not code here.
 */
public final class Assessor {
    private final Playbook playbook;
    private final Clock clock;
    private final Qualifier qualifier;
    private final LeverageEvaluator leverage;
    private final Precedence precedence;
    private final TreeEvaluator trees = new TreeEvaluator();
    private final AntiPatternDetector antiPatterns = new AntiPatternDetector();

    public Assessor(Playbook playbook, Clock clock) {
        this.playbook = playbook;
        this.clock = clock;
        this.qualifier = new Qualifier(playbook);
        this.leverage = new LeverageEvaluator(playbook);
        this.precedence = new Precedence(playbook);
    }

    /** A first assessment: any tier begins today. */
    public AssessmentResult assess(AssessmentAnswers a) {
        return assess(a, Optional.empty());
    }

    /**
     * An assessment of a partnership that may already be in a tier: when the answers keep it there, its follow-ups
     * stay dated from the day it began in that tier.
     */
    public AssessmentResult assess(AssessmentAnswers a, Optional<TierStart> current) {
        LocalDate today = LocalDate.now(clock);
        QualificationResult qualification = qualifier.qualify(
                a.ourCommitment(),
                a.ourCommitmentNote(),
                a.partnerCommitment(),
                a.partnerCommitmentNote(),
                a.valueBySide());
        LeverageResult leverageResult = leverage.evaluate(a.leverage());
        TreeResult tierDecision = trees.evaluate(playbook.tree(Playbook.TIER_TREE), a.tierAnswers());
        Optional<Tier> decided = tierDecision.outcome().map(Outcome::tier).flatMap(playbook::tier);
        PartnershipFacts facts = PartnershipFacts.builder(today)
                .leverage(a.leverage())
                .exitCriteria(a.exitCriteria())
                .valueBySide(a.valueBySide())
                .commitments(a.ourCommitment(), a.partnerCommitment())
                .commitmentNotes(a.ourCommitmentNote(), a.partnerCommitmentNote())
                .tier(decided.map(Tier::id).orElse(null))
                .tiersConfigured(playbook.tiers().size())
                .dependencyAnswer(a.dependencyAnswer())
                .dependency(a.dependency())
                .build();
        Precedence.Outcome bounds = precedence.apply(facts, qualification, leverageResult);

        Optional<Tier> tier = bounds.tierWithheld().isPresent() ? Optional.empty() : decided;
        Optional<LocalDate> since = tier.map(t -> current.filter(c -> t.id().equals(c.tierId()))
                .map(TierStart::since)
                .orElse(today));
        List<FollowUpDue> followUps = tier.isEmpty()
                ? List.of()
                : tierDecision.outcome().stream()
                        .flatMap(o -> o.followUps().stream())
                        .map(f -> new FollowUpDue(f.id(), f.label(), since.get().plus(f.after())))
                        .toList();
        List<Warning> warnings = Precedence.join(antiPatterns.detect(playbook, facts), bounds.warnings());
        return new AssessmentResult(
                qualification,
                leverageResult,
                tierDecision,
                tier,
                followUps,
                warnings,
                bounds.nextStep(),
                bounds.investment(),
                bounds.tierWithheld(),
                since,
                bounds.standing(),
                bounds.headline(),
                dependency(a),
                bounds.applied());
    }

    private Optional<DependencyReply> dependency(AssessmentAnswers a) {
        String id = a.dependency() == null ? "" : a.dependency().strip();
        String note = a.dependencyAnswer() == null ? "" : a.dependencyAnswer().strip();
        String label = playbook.qualification()
                .dependencyAnswer(id)
                .map(DependencyAnswer::label)
                .orElse("");
        if (label.isEmpty() && note.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DependencyReply(label.isEmpty() ? "" : id, label, note));
    }
}
