package com.partnerbot.playbook;

import java.util.List;

/**
 * Where a path through a tree ends. {@code tier} and {@code phase} optionally name the tier or phase it leads to,
 * so callers need not know outcome ids.
 */
public record Outcome(
        String id,
        String label,
        String advice,
        String tier,
        String phase,
        List<FollowUp> followUps,
        List<String> warnings) {
    public Outcome {
        followUps = Copies.list(followUps);
        warnings = Copies.list(warnings);
    }
}
