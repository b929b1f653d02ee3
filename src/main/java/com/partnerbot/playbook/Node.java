package com.partnerbot.playbook;

import java.util.List;
import java.util.Optional;

/** One question of a decision tree; {@code help} is optional extra wording shown under it. */
public record Node(String id, String question, String help, List<Branch> branches) {
    public Node {
        branches = Copies.list(branches);
    }

    /** The branch for an answer, ignoring case and surrounding blanks. */
    public Optional<Branch> branch(String answer) {
        if (answer == null) {
            return Optional.empty();
        }
        String wanted = answer.strip();
        return branches.stream()
                .filter(b -> b != null && b.answer() != null && b.answer().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
