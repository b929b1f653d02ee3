package com.partnerbot.frameworks;

import com.partnerbot.playbook.ValueSide;
import com.partnerbot.playbook.Verdict;
import java.util.List;

/**
 * The qualification verdict ({@code real}, {@code one_sided} or {@code handshake}) with a reason per side and
 * the value sides left empty. {@code valueAdvice} is empty when every side is named.
 */
public record QualificationResult(
        String verdictId,
        Verdict verdict,
        SideReason us,
        SideReason partner,
        List<ValueSide> missingSides,
        String valueAdvice) {
    public QualificationResult {
        missingSides = List.copyOf(missingSides);
    }

    public String label() {
        return verdict.label();
    }

    public String advice() {
        return verdict.advice();
    }

    public boolean pursue() {
        return verdict.pursue();
    }

    public boolean valueComplete() {
        return missingSides.isEmpty();
    }
}
