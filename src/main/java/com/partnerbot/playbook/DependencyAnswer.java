package com.partnerbot.playbook;

/** One answer to "if we don't do this partnership, what happens to you?", as the partner would give it. */
public record DependencyAnswer(String id, String label) {}
