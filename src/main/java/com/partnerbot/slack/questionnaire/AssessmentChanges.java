package com.partnerbot.slack.questionnaire;

import com.partnerbot.partnerships.AssessmentSummary;
import com.partnerbot.partnerships.StoredAssessment;
import com.partnerbot.playbook.CommitmentKind;
import com.partnerbot.playbook.DependencyAnswer;
import com.partnerbot.playbook.Playbook;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two assessments of a partnership, as short lines: "Verdict: One-sided → Real partnership". */
public final class AssessmentChanges {
    private final Playbook playbook;

    public AssessmentChanges(Playbook playbook) {
        this.playbook = playbook;
    }

    public List<String> between(StoredAssessment before, StoredAssessment after) {
        AssessmentSummary b = before.summary();
        AssessmentSummary a = after.summary();
        List<String> lines = new ArrayList<>();
        change(lines, "Verdict", b.verdict(), a.verdict());
        change(lines, "At risk", b.headline(), a.headline());
        change(
                lines,
                "What we would lose",
                kind(before.answers().ourCommitment()),
                kind(after.answers().ourCommitment()));
        change(
                lines,
                "What the partner would lose",
                kind(before.answers().partnerCommitment()),
                kind(after.answers().partnerCommitment()));
        change(
                lines,
                "What happens to the partner without us",
                dependency(before.answers().dependency()),
                dependency(after.answers().dependency()));
        change(lines, "Leverage", b.leverage(), a.leverage());
        change(lines, "Investment", b.investment(), a.investment());
        change(lines, "Tier", b.tier(), a.tier());
        Set<String> was = titles(b);
        Set<String> now = titles(a);
        now.stream().filter(t -> !was.contains(t)).forEach(t -> lines.add("New warning: " + t));
        was.stream().filter(t -> !now.contains(t)).forEach(t -> lines.add("Resolved: " + t));
        return lines;
    }

    private String kind(String id) {
        return playbook.qualification()
                .commitmentKind(id)
                .map(CommitmentKind::label)
                .orElse(id);
    }

    private String dependency(String id) {
        return playbook.qualification()
                .dependencyAnswer(id)
                .map(DependencyAnswer::label)
                .orElse(id);
    }

    private static Set<String> titles(AssessmentSummary s) {
        return s.warnings().stream()
                .map(AssessmentSummary.Flag::title)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static void change(List<String> lines, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            Function<String, String> shown = s -> s == null ? "none" : s;
            lines.add(what + ": " + shown.apply(before) + " → " + shown.apply(after));
        }
    }
}
