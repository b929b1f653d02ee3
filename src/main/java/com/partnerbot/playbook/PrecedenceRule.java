package com.partnerbot.playbook;

import java.util.List;

/**
 * One rule of what bounds what: when every condition in {@code when} holds, the rule caps the investment at
 * {@code investmentAtMost} (an investment level id), or withholds the investment level or the tier altogether,
 * lowers the header's {@code standing} (with its {@code headline}), and explains itself with {@code reason}.
 * {@code summary} is how the rule reads in a decision path. The first rule that holds gives the next step: its own
 * {@code nextStep}, or the text of {@code nextStepFrom} ({@code verdict}, {@code investment} or {@code value}).
 * With a {@code warning} title the rule is also listed among the warnings, with its reason. Texts may name facts
 * in braces, e.g. {@code {sides_not_committing}}.
 */
public record PrecedenceRule(
        String id,
        String summary,
        List<Condition> when,
        String investmentAtMost,
        boolean withholdInvestment,
        boolean withholdTier,
        String standing,
        String headline,
        String reason,
        String warning,
        String nextStep,
        String nextStepFrom) {
    public static final String FROM_VERDICT = "verdict";
    public static final String FROM_INVESTMENT = "investment";
    public static final String FROM_VALUE = "value";
    public static final List<String> NEXT_STEP_SOURCES = List.of(FROM_VERDICT, FROM_INVESTMENT, FROM_VALUE);

    public PrecedenceRule {
        when = Copies.list(when);
    }

    /** True when the rule changes the investment or the tier, which its reason then explains. */
    public boolean bounds() {
        return investmentAtMost != null || withholdInvestment || withholdTier;
    }
}
