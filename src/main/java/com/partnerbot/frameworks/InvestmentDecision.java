package com.partnerbot.frameworks;

import com.partnerbot.playbook.InvestmentLevel;
import java.util.Optional;

/**
 * The investment after the playbook's precedence rules: the level the leverage earns, capped or withheld by what
 * comes before it (a handshake gets no level at all). {@code explain} is the path, e.g. "Requirement (strongest) ->
 * only one side loses something if it fails -> Light partnership, test first"; {@code advice} is the level's advice,
 * or the reason of the rule that changed it (empty when that rule lists its reason as a warning instead).
 * {@code changedBy} names that rule, empty when nothing did.
 */
public record InvestmentDecision(
        Optional<InvestmentLevel> level, boolean withheld, String explain, String advice, Optional<String> changedBy) {
    public boolean pursue() {
        return !withheld && level.map(InvestmentLevel::pursue).orElse(true);
    }
}
