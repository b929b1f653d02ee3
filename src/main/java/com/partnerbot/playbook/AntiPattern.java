package com.partnerbot.playbook;

import java.util.List;

/**
 * Framework 10: a mistake the bot watches for. It is found when every condition in {@code detect} holds; the
 * {@code reason} may use {@code {value}} (the value of the first condition's field) and {@code {limit}} (the
 * number that condition compares against).
 */
public record AntiPattern(
        String id, String title, String description, boolean enabled, List<Condition> detect, String reason) {
    public AntiPattern {
        detect = Copies.list(detect);
    }
}
