package com.partnerbot.frameworks;

import com.partnerbot.playbook.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the bot says about a new partnership: the verdict, leverage and investment, the tier with the path
 * that chose it, dated follow-ups, anti-pattern warnings and one next step.
 *
 * <p>{@code leverage} is what the leverage alone earns; {@code investment} is what the playbook's precedence rules
 * leave of it. {@code tier} is empty when no tier was decided or a rule withholds it ({@code tierWithheld} then
 * says why). {@code tierSince} is the day the partnership began in its tier, which dates the follow-ups.
 * {@code standing} ({@code ok}, {@code at_risk}, {@code stop}) is how the header reads, with {@code headline} when a
 * rule made it worse than the verdict's own.
 */
public record AssessmentResult(
        QualificationResult qualification,
        LeverageResult leverage,
        TreeResult tierDecision,
        Optional<Tier> tier,
        List<FollowUpDue> followUps,
        List<Warning> warnings,
        String nextStep,
        InvestmentDecision investment,
        Optional<String> tierWithheld,
        Optional<LocalDate> tierSince,
        String standing,
        String headline,
        Optional<DependencyReply> dependency,
        List<String> precedenceApplied) {
    public AssessmentResult {
        followUps = List.copyOf(followUps);
        warnings = List.copyOf(warnings);
        precedenceApplied = List.copyOf(precedenceApplied);
    }
}
