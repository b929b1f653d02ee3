package com.partnerbot.frameworks;

/**
 * The partner's answer to "if we don't do this partnership, what happens to you?": one of the playbook's answers
 * ({@code id} and {@code label}, empty when not chosen) and the note typed with it.
 */
public record DependencyReply(String id, String label, String note) {}
