package com.partnerbot.playbook;

/** A kind of commitment a side can make; {@code commits} is false for "nothing". */
public record CommitmentKind(String id, String label, boolean commits) {}
