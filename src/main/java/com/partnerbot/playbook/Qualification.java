package com.partnerbot.playbook;

import java.util.List;
import java.util.Optional;

/**
 * Framework 1: the questions that tell a real partnership from a handshake, and the words for each verdict.
 *
 * <p>Free text alone cannot be judged, so each side picks one of {@code commitmentKinds} and may add a note, and
 * the partner's answer to the dependency question is one of {@code dependencyAnswers} with a note.
 */
public record Qualification(
        String lossQuestion,
        String dependencyQuestion,
        String dependencyHelp,
        List<DependencyAnswer> dependencyAnswers,
        String exitCriteriaQuestion,
        List<CommitmentKind> commitmentKinds,
        SideReasons reasons,
        Verdicts verdicts) {

    public Qualification {
        commitmentKinds = Copies.list(commitmentKinds);
        dependencyAnswers = Copies.list(dependencyAnswers);
    }

    public Optional<DependencyAnswer> dependencyAnswer(String answerId) {
        return dependencyAnswers.stream()
                .filter(d -> d != null && answerId != null && answerId.equals(d.id()))
                .findFirst();
    }

    public Optional<CommitmentKind> commitmentKind(String kindId) {
        return commitmentKinds.stream()
                .filter(k -> k != null && kindId != null && kindId.equals(k.id()))
                .findFirst();
    }
}
