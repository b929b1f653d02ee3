package com.partnerbot.partnerships;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.partnerbot.frameworks.AssessmentResult;
import com.partnerbot.frameworks.DependencyReply;
import com.partnerbot.frameworks.SideReason;
import com.partnerbot.playbook.InvestmentLevel;
import com.partnerbot.playbook.LeverageType;
import com.partnerbot.playbook.Outcome;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.Tier;
import com.partnerbot.playbook.ValueSide;
import java.util.List;

/**
 * What the playbook concluded, in the words it used at the time: stored as JSON with each assessment, so status and
 * history read the same after the team changes its playbook. Fields added later are null or empty in older rows.
 *
 * <p>{@code investment*} is the investment after the precedence rules ({@code investmentWithheld} when none is
 * given, {@code investmentAdvice} then saying why); {@code standing} ({@code ok}, {@code at_risk}, {@code stop}) and
 * {@code headline} are how the header reads; {@code tierSince} (ISO date) is when the partnership began in its tier.
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
        String nextStep,
        String standing,
        String headline,
        boolean investmentWithheld,
        String tierSummary,
        List<String> tierGives,
        List<String> tierRequires,
        List<String> tierWarnings,
        String tierWithheld,
        String tierSince,
        String dependencyQuestion,
        String dependency,
        String dependencyNote) {

    public AssessmentSummary {
        sideReasons = sideReasons == null ? List.of() : List.copyOf(sideReasons);
        missingValueSides = missingValueSides == null ? List.of() : List.copyOf(missingValueSides);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        tierGives = tierGives == null ? List.of() : List.copyOf(tierGives);
        tierRequires = tierRequires == null ? List.of() : List.copyOf(tierRequires);
        tierWarnings = tierWarnings == null ? List.of() : List.copyOf(tierWarnings);
    }

    /** A summary as first stored, before standing, tier details and the dependency answer were kept. */
    public AssessmentSummary(
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
        this(
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
                warnings,
                nextStep,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
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
                nextStep,
                standing,
                headline,
                investmentWithheld,
                tierSummary,
                tierGives,
                tierRequires,
                tierWarnings,
                tierWithheld,
                tierSince,
                dependencyQuestion,
                dependency,
                dependencyNote);
    }

    public static AssessmentSummary from(Playbook playbook, AssessmentResult r) {
        var q = r.qualification();
        var investment = r.investment();
        var outcome = r.tierDecision().outcome();
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
                investment.level().map(InvestmentLevel::id).orElse(null),
                investment.level().map(InvestmentLevel::label).orElse(null),
                investment.advice().isBlank() ? null : investment.advice(),
                investment.explain(),
                r.tier().map(Tier::id).orElse(null),
                r.tier().map(Tier::label).orElse(null),
                r.tier().isPresent() ? outcome.map(Outcome::advice).orElse(null) : null,
                r.tierDecision().explain(),
                r.followUps().stream()
                        .map(f -> new Due(f.id(), f.label(), f.due().toString()))
                        .toList(),
                r.warnings().stream()
                        .map(w -> new Flag(w.id(), w.title(), w.reason()))
                        .toList(),
                r.nextStep(),
                r.standing(),
                r.headline().isBlank() ? null : r.headline(),
                investment.withheld(),
                r.tier().map(Tier::summary).orElse(null),
                r.tier().map(Tier::gives).orElse(List.of()),
                r.tier().map(Tier::requires).orElse(List.of()),
                r.tier().isPresent() ? outcome.map(Outcome::warnings).orElse(List.of()) : List.of(),
                r.tierWithheld().orElse(null),
                r.tierSince().map(Object::toString).orElse(null),
                playbook.qualification().dependencyQuestion(),
                r.dependency()
                        .map(DependencyReply::label)
                        .filter(s -> !s.isBlank())
                        .orElse(null),
                r.dependency()
                        .map(DependencyReply::note)
                        .filter(s -> !s.isBlank())
                        .orElse(null));
    }
}
