package com.partnerbot.playbook;

import java.util.List;

/** Framework 5: a partner program tier with what it gives the partner and what it asks in return. */
public record Tier(String id, int level, String label, String summary, List<String> gives, List<String> requires) {
    public Tier {
        gives = Copies.list(gives);
        requires = Copies.list(requires);
    }
}
