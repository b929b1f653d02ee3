package com.partnerbot.playbook;

import java.util.List;

/**
 * Framework 6: Crawl, Walk or Run with its duration, what happens in it and its go/no-go criteria
 * ({@code goNoGoTitle} says when they apply, e.g. "After Crawl" or "Enter Run only if").
 */
public record Phase(
        String id,
        String label,
        Span duration,
        boolean ongoing,
        String purpose,
        List<String> activities,
        String goNoGoTitle,
        List<String> goNoGo) {
    public Phase {
        activities = Copies.list(activities);
        goNoGo = Copies.list(goNoGo);
    }
}
