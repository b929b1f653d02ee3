package com.partnerbot.frameworks;

import com.partnerbot.playbook.InvestmentLevel;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.PrecedenceRule;
import com.partnerbot.playbook.Standing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Applies the playbook's precedence rules, so what follows a verdict never contradicts it: which rules hold, the
 * investment they cap or withhold, the tier they withhold, the header's standing, their warnings and the next step.
 */
final class Precedence {
    private final Playbook playbook;

    Precedence(Playbook playbook) {
        this.playbook = playbook;
    }

    /** What the rules that hold make of the verdict, the leverage and the value. */
    record Outcome(
            List<String> applied,
            InvestmentDecision investment,
            Optional<String> tierWithheld,
            String standing,
            String headline,
            List<Warning> warnings,
            String nextStep) {}

    Outcome apply(PartnershipFacts facts, QualificationResult qualification, LeverageResult leverage) {
        ConditionEvaluator conditions = new ConditionEvaluator(playbook, facts);
        FactValues values = new FactValues(playbook, facts);
        List<PrecedenceRule> holding = playbook.precedence().stream()
                .filter(r -> !r.when().isEmpty() && r.when().stream().allMatch(conditions::holds))
                .toList();

        InvestmentDecision investment = investment(holding, leverage, values);
        Optional<String> tierWithheld = holding.stream()
                .filter(PrecedenceRule::withholdTier)
                .findFirst()
                .map(PrecedenceRule::summary);

        String standing = verdictStanding(qualification);
        String headline = "";
        for (PrecedenceRule rule : holding) {
            if (rule.standing() != null && Standing.rank(rule.standing()) > Standing.rank(standing)) {
                standing = rule.standing();
                headline = values.fill(rule.headline());
            }
        }

        List<Warning> warnings = holding.stream()
                .filter(r -> r.warning() != null)
                .map(r -> new Warning(r.id(), r.warning(), values.fill(r.reason())))
                .toList();

        String nextStep = holding.stream()
                .map(r -> nextStep(r, qualification, investment, leverage, values))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(qualification.verdict().nextStep());
        return new Outcome(
                holding.stream().map(PrecedenceRule::id).toList(),
                investment,
                tierWithheld,
                standing,
                headline,
                warnings,
                nextStep);
    }

    private static String verdictStanding(QualificationResult qualification) {
        String own = qualification.verdict().standing();
        if (own != null) {
            return own;
        }
        return qualification.pursue() ? Standing.OK : Standing.STOP;
    }

    private InvestmentDecision investment(List<PrecedenceRule> holding, LeverageResult leverage, FactValues values) {
        String leverageLabel = leverage.type().map(t -> t.label()).orElse("");
        Optional<PrecedenceRule> withheldBy =
                holding.stream().filter(PrecedenceRule::withholdInvestment).findFirst();
        if (withheldBy.isPresent()) {
            PrecedenceRule rule = withheldBy.get();
            String reason = values.fill(rule.reason());
            return new InvestmentDecision(
                    Optional.empty(),
                    true,
                    path(leverageLabel, rule.summary(), reason),
                    reason,
                    Optional.of(rule.id()));
        }
        Optional<InvestmentLevel> earned = leverage.investment();
        if (earned.isEmpty()) {
            return new InvestmentDecision(Optional.empty(), false, leverage.explain(), "", Optional.empty());
        }
        InvestmentLevel level = earned.get();
        Optional<PrecedenceRule> cappedBy = Optional.empty();
        for (PrecedenceRule rule : holding) {
            Optional<InvestmentLevel> cap = playbook.investmentLevel(rule.investmentAtMost());
            if (cap.isPresent() && rank(cap.get()) > rank(level)) {
                level = cap.get();
                cappedBy = Optional.of(rule);
            }
        }
        if (cappedBy.isEmpty()) {
            return new InvestmentDecision(earned, false, leverage.explain(), level.advice(), Optional.empty());
        }
        PrecedenceRule rule = cappedBy.get();
        // A rule with a warning says its reason there; the investment's path names the rule.
        return new InvestmentDecision(
                Optional.of(level),
                false,
                path(leverageLabel, rule.summary(), level.label()),
                rule.warning() == null ? values.fill(rule.reason()) : "",
                Optional.of(rule.id()));
    }

    /** Levels are listed from most to least investment: a higher index invests less. */
    private int rank(InvestmentLevel level) {
        return playbook.investmentLevels().indexOf(level);
    }

    private static String path(String... steps) {
        return Stream.of(steps).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" -> "));
    }

    private static Optional<String> nextStep(
            PrecedenceRule rule,
            QualificationResult qualification,
            InvestmentDecision investment,
            LeverageResult leverage,
            FactValues values) {
        if (rule.nextStep() != null) {
            return Optional.of(values.fill(rule.nextStep()));
        }
        if (rule.nextStepFrom() == null) {
            return Optional.empty();
        }
        return switch (rule.nextStepFrom()) {
            case PrecedenceRule.FROM_VERDICT ->
                Optional.of(qualification.verdict().nextStep());
            case PrecedenceRule.FROM_INVESTMENT ->
                investment.level().or(leverage::investment).map(InvestmentLevel::advice);
            case PrecedenceRule.FROM_VALUE ->
                qualification.valueAdvice().isBlank() ? Optional.empty() : Optional.of(qualification.valueAdvice());
            default -> Optional.empty();
        };
    }

    static List<Warning> join(List<Warning> first, List<Warning> second) {
        List<Warning> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
