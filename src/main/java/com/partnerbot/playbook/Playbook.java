package com.partnerbot.playbook;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole playbook: every framework the bot applies, as data a team can replace.
 *
 * <p>{@code trees} keeps the YAML order and holds at least {@link #TREE_KEYS}. {@code placeholderAnswers} are
 * answers that say nothing ("tbd", "n/a"); {@code precedence} says what bounds what in a verdict.
 */
public record Playbook(
        String id,
        String version,
        String name,
        int recommendedMaxTiers,
        Qualification qualification,
        ValueProposition value,
        List<LeverageType> leverageTypes,
        List<InvestmentLevel> investmentLevels,
        List<Tier> tiers,
        Map<String, DecisionTree> trees,
        List<Phase> phases,
        Charter charter,
        LaunchPlan launch,
        List<AntiPattern> antiPatterns,
        Checklists checklists,
        List<String> placeholderAnswers,
        List<PrecedenceRule> precedence) {

    public static final String TIER_TREE = "tier";
    public static final String ECOSYSTEM_TREE = "ecosystem";
    public static final String BUILD_OR_PARTNER_TREE = "build_or_partner";
    public static final String PHASE_GATE_TREE = "phase_gate";
    public static final List<String> TREE_KEYS =
            List.of(TIER_TREE, ECOSYSTEM_TREE, BUILD_OR_PARTNER_TREE, PHASE_GATE_TREE);

    public Playbook {
        leverageTypes = Copies.list(leverageTypes);
        investmentLevels = Copies.list(investmentLevels);
        tiers = Copies.list(tiers);
        trees = Copies.map(trees);
        phases = Copies.list(phases);
        antiPatterns = Copies.list(antiPatterns);
        placeholderAnswers = Copies.list(placeholderAnswers);
        precedence = Copies.list(precedence);
    }

    public DecisionTree tree(String key) {
        DecisionTree tree = trees.get(key);
        if (tree == null) {
            throw new IllegalArgumentException("No tree \"" + key + "\" in playbook " + id);
        }
        return tree;
    }

    public Optional<Tier> tier(String tierId) {
        return tiers.stream()
                .filter(t -> t != null && tierId != null && tierId.equals(t.id()))
                .findFirst();
    }

    public Optional<LeverageType> leverageType(String leverageId) {
        return leverageTypes.stream()
                .filter(t -> t != null && leverageId != null && leverageId.equals(t.id()))
                .findFirst();
    }

    public Optional<InvestmentLevel> investmentLevel(String levelId) {
        return investmentLevels.stream()
                .filter(l -> l != null && levelId != null && levelId.equals(l.id()))
                .findFirst();
    }

    public Optional<Phase> phase(String phaseId) {
        return phases.stream()
                .filter(p -> p != null && phaseId != null && phaseId.equals(p.id()))
                .findFirst();
    }
}
