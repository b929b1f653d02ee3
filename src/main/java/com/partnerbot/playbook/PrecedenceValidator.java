package com.partnerbot.playbook;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks the placeholder answers and the precedence rules: what bounds what in a verdict. */
final class PrecedenceValidator {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private final Playbook playbook;
    private final Checks checks;

    PrecedenceValidator(Playbook playbook, Checks checks) {
        this.playbook = playbook;
        this.checks = checks;
    }

    void validate() {
        checks.texts("placeholder_answers", playbook.placeholderAnswers(), SlackLimits.ID, "a placeholder answer");
        List<PrecedenceRule> rules = playbook.precedence();
        checks.notEmpty("precedence", rules);
        checks.unique("precedence", rules, PrecedenceRule::id, "id");
        FactRulesValidator conditions = new FactRulesValidator(playbook, checks);
        for (int i = 0; i < rules.size(); i++) {
            String path = "precedence[" + i + "]";
            PrecedenceRule rule = rules.get(i);
            if (checks.entry(path, rule)) {
                rule(path, rule, conditions);
            }
        }
    }

    private void rule(String path, PrecedenceRule rule, FactRulesValidator conditions) {
        checks.text(path + ".id", rule.id(), SlackLimits.ID, "an id");
        text(path + ".summary", rule.summary(), SlackLimits.OPTION_TEXT, "a decision path step", true);
        conditions.conditions(path + ".when", rule.when(), true);
        if (rule.investmentAtMost() != null) {
            if (rule.withholdInvestment()) {
                checks.add(path, "set investment_at_most or withhold_investment, not both");
            } else if (playbook.investmentLevel(rule.investmentAtMost()).isEmpty()) {
                checks.add(path + ".investment_at_most", "no investment level \"" + rule.investmentAtMost() + "\"");
            }
        }
        if (rule.standing() != null && !List.of(Standing.AT_RISK, Standing.STOP).contains(rule.standing())) {
            checks.add(path + ".standing", "standing \"" + rule.standing() + "\": use at_risk or stop");
        }
        text(path + ".headline", rule.headline(), SlackLimits.HEADER_TEXT, "a header", rule.standing() != null);
        text(path + ".warning", rule.warning(), SlackLimits.HEADER_TEXT, "a header", false);
        if (rule.reason() == null && (rule.bounds() || rule.warning() != null)) {
            checks.add(path + ".reason", "missing: it explains the investment or tier the rule bounds, or its warning");
        }
        text(path + ".reason", rule.reason(), SlackLimits.SECTION_TEXT, "a section", false);
        text(path + ".next_step", rule.nextStep(), SlackLimits.SECTION_TEXT, "a section", false);
        if (rule.nextStep() != null && rule.nextStepFrom() != null) {
            checks.add(path, "set next_step or next_step_from, not both");
        }
        if (rule.nextStepFrom() != null && !PrecedenceRule.NEXT_STEP_SOURCES.contains(rule.nextStepFrom())) {
            checks.add(
                    path + ".next_step_from",
                    "\"" + rule.nextStepFrom() + "\": use " + String.join(", ", PrecedenceRule.NEXT_STEP_SOURCES));
        }
    }

    /** A text whose {placeholders} must each name a fact. */
    private void text(String path, String value, int limit, String shownAs, boolean required) {
        if (required) {
            checks.text(path, value, limit, shownAs);
        } else {
            checks.fits(path, value, limit, shownAs);
        }
        if (value == null) {
            return;
        }
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            if (FactField.byName(m.group(1)).isEmpty()) {
                checks.add(
                        path,
                        "unknown placeholder {" + m.group(1) + "}; use a field in braces: "
                                + FactRulesValidator.KNOWN_FIELDS);
            }
        }
    }
}
