package com.partnerbot.playbook;

import java.util.List;

/**
 * Framework 2: the three sides that must each get something. {@code missingAdvice} may use {@code {sides}} for the
 * labels of the sides left empty.
 */
public record ValueProposition(List<ValueSide> sides, String missingAdvice, List<String> decisionCriteria) {
    public ValueProposition {
        sides = Copies.list(sides);
        decisionCriteria = Copies.list(decisionCriteria);
    }
}
