package com.partnerbot.frameworks;

import com.partnerbot.playbook.Outcome;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a walk through a decision tree ended. Without an outcome, {@code missingNodeId} names the first question
 * reached that had no usable answer, so a form can mark that field.
 */
public record TreeResult(Optional<Outcome> outcome, List<PathStep> path, Optional<String> missingNodeId) {
    public TreeResult {
        path = List.copyOf(path);
    }

    public boolean decided() {
        return outcome.isPresent();
    }

    /** The path in plain words, e.g. "not core to differentiation -> building would delay ... -> Partner". */
    public String explain() {
        return Stream.concat(path.stream().map(PathStep::summary), outcome.map(Outcome::label).stream())
                .collect(Collectors.joining(" -> "));
    }
}
