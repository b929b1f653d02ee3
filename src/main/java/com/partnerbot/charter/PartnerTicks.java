package com.partnerbot.charter;

import com.partnerbot.playbook.ChecklistItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a partner's person (from their own workspace, in a Slack Connect channel) may change in a checklist ticked by
 * hand: tick what is open, and untick only what they ticked themselves. What the host's people ticked is theirs to
 * undo.
 */
public final class PartnerTicks {
    private PartnerTicks() {}

    /** The changes let through, and the items the partner asked to untick but may not. */
    public record Split(Map<String, Boolean> allowed, List<ChecklistItem> refused) {}

    /** Sorts {@code wanted} (item id to ticked) for the partner {@code userId}. */
    public static Split of(List<ChecklistState.Line> byHand, Map<String, Boolean> wanted, String userId) {
        Map<String, Boolean> allowed = new LinkedHashMap<>();
        List<ChecklistItem> refused = new ArrayList<>();
        for (ChecklistState.Line line : byHand) {
            Boolean want = wanted.get(line.item().id());
            if (want == null) {
                continue;
            }
            boolean untick = line.done() && !want;
            boolean theirs = line.lastTick()
                    .map(t -> t.ticked() && t.userId().equals(userId))
                    .orElse(false);
            if (untick && !theirs) {
                refused.add(line.item());
            } else {
                allowed.put(line.item().id(), want);
            }
        }
        return new Split(allowed, refused);
    }
}
