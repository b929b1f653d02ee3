package com.partnerbot.playbook;

import java.util.List;

/**
 * Framework 10: a mistake the bot watches for. It is found when every condition in {@code detect} holds; the
 * {@code reason} may use {@code {value}} (the field's value) and {@code {limit}} (the number compared against).
 */
public record AntiPattern(
        String id, String title, String description, boolean enabled, List<Condition> detect, String reason) {
    public AntiPattern {
        detect = Copies.list(detect);
    }
}
