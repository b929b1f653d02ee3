package com.partnerbot.portfolio;

import java.util.Map;

/** How many partnerships have each value of something (a verdict, a tier, a phase: playbook ids), and how many none. */
public record Tally(Map<String, Integer> byId, int none) {
    public Tally {
        byId = Map.copyOf(byId);
    }

    public int of(String id) {
        return byId.getOrDefault(id, 0);
    }
}
