package com.partnerbot.decisions;

import java.time.Instant;
import java.util.Map;

/** A decision as kept: which tree, the answers on the path, where it ended and why, who decided and when. */
public record ProgramDecision(
        String id,
        String treeKey,
        Map<String, String> answers,
        String outcomeId,
        String outcomeLabel,
        String pathExplanation,
        String channelId,
        String decidedBy,
        Instant decidedAt,
        String playbookId,
        String playbookVersion) {
    public ProgramDecision {
        answers = Map.copyOf(answers);
    }
}
