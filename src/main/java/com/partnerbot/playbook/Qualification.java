package com.partnerbot.playbook;

import java.util.List;
import java.util.Optional;

/**
 * Framework 1: the questions that tell a real partnership from a handshake, and the words for each verdict.
 *
 * <p>Free text alone cannot be judged, so each side picks one of {@code commitmentKinds} and may add a note.
 */
public record Qualification(
        String lossQuestion,
        String dependencyQuestion,
        String dependencyHelp,
        String exitCriteriaQuestion,
        List<CommitmentKind> commitmentKinds,
        SideReasons reasons,
        Verdicts verdicts) {

    public Qualification {
        commitmentKinds = Copies.list(commitmentKinds);
    }

    public Optional<CommitmentKind> commitmentKind(String kindId) {
        return commitmentKinds.stream()
                .filter(k -> k != null && kindId != null && kindId.equals(k.id()))
                .findFirst();
    }
}
