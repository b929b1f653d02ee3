package com.partnerbot.partnerships;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.partnerbot.frameworks.AssessmentResult;
import com.partnerbot.frameworks.SideReason;
import com.partnerbot.playbook.InvestmentLevel;
import com.partnerbot.playbook.LeverageType;
import com.partnerbot.playbook.Outcome;
import com.partnerbot.playbook.Tier;
import com.partnerbot.playbook.ValueSide;
import java.util.List;

/**
 * What the playbook concluded, in the words it used at the time: stored as JSON with each assessment, so status and
 * history read the same after the team changes its playbook.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssessmentSummary(
        String verdictId,
        String verdict,
        String verdictAdvice,
        boolean pursue,
        List<String> sideReasons,
        List<String> missingValueSides,
        String valueAdvice,
        String leverageId,
        String leverage,
        String investmentId,
        String investment,
        String investmentAdvice,
        String leverageExplain,
        String tierId,
        String tier,
        String tierAdvice,
        String tierExplain,
        List<Due> followUps,
        List<Flag> warnings,
        String nextStep) {

    public AssessmentSummary {
        sideReasons = sideReasons == null ? List.of() : List.copyOf(sideReasons);
        missingValueSides = missingValueSides == null ? List.of() : List.copyOf(missingValueSides);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A follow-up with its date (ISO, yyyy-mm-dd). */
    public record Due(String id, String label, String due) {}

    /** An anti-pattern warning with its reason. */
    public record Flag(String id, String title, String reason) {}

    /** The same conclusions with the warnings as they are now (e.g. once a charter records more facts). */
    public AssessmentSummary withWarnings(List<Flag> now) {
        return new AssessmentSummary(
                verdictId,
                verdict,
                verdictAdvice,
                pursue,
                sideReasons,
                missingValueSides,
                valueAdvice,
                leverageId,
                leverage,
                investmentId,
                investment,
                investmentAdvice,
                leverageExplain,
                tierId,
                tier,
                tierAdvice,
                tierExplain,
                followUps,
                now,
                nextStep);
    }

    public static AssessmentSummary from(AssessmentResult r) {
        var q = r.qualification();
        return new AssessmentSummary(
                q.verdictId(),
                q.label(),
                q.advice(),
                q.pursue(),
                List.of(q.us(), q.partner()).stream().map(SideReason::reason).toList(),
                q.missingSides().stream().map(ValueSide::label).toList(),
                q.valueAdvice(),
                r.leverage().type().map(LeverageType::id).orElse(null),
                r.leverage().type().map(LeverageType::label).orElse(null),
                r.leverage().investment().map(InvestmentLevel::id).orElse(null),
                r.leverage().investment().map(InvestmentLevel::label).orElse(null),
                r.leverage().investment().map(InvestmentLevel::advice).orElse(null),
                r.leverage().explain(),
                r.tier().map(Tier::id).orElse(null),
                r.tier().map(Tier::label).orElse(null),
                r.tierDecision().outcome().map(Outcome::advice).orElse(null),
                r.tierDecision().explain(),
                r.followUps().stream()
                        .map(f -> new Due(f.id(), f.label(), f.due().toString()))
                        .toList(),
                r.warnings().stream()
                        .map(w -> new Flag(w.id(), w.title(), w.reason()))
                        .toList(),
                r.nextStep());
    }
}
