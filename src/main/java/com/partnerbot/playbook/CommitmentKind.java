package com.partnerbot.playbook;

/**
 * A kind of commitment a side can make; {@code commits} is false for "nothing". A kind with {@code needsNote}
 * ("another commitment") says nothing until it is described, so it counts only with a note.
 */
public record CommitmentKind(String id, String label, boolean commits, boolean needsNote) {
    public CommitmentKind(String id, String label, boolean commits) {
        this(id, label, commits, false);
    }
}
