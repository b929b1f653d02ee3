package com.partnerbot.frameworks;

import com.partnerbot.playbook.Tier;
import java.util.List;
import java.util.Optional;

/**
 * Everything the bot says about a new partnership: the verdict, leverage and investment, the tier with the path
 * that chose it, dated follow-ups, anti-pattern warnings and one next step.
 */
public record AssessmentResult(
        QualificationResult qualification,
        LeverageResult leverage,
        TreeResult tierDecision,
        Optional<Tier> tier,
        List<FollowUpDue> followUps,
        List<Warning> warnings,
        String nextStep) {
    public AssessmentResult {
        followUps = List.copyOf(followUps);
        warnings = List.copyOf(warnings);
    }
}
