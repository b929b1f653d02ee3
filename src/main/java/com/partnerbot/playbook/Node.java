package com.partnerbot.playbook;

import java.util.List;
import java.util.Optional;

/**
 * One question of a decision tree; {@code help} is optional extra wording shown under it. In the phase gate tree,
 * {@code phase} names the phase whose gate asks the question (crawl_met is asked at the Crawl gate): reaching a node
 * of a later phase means advancing to that phase.
 */
public record Node(String id, String question, String help, List<Branch> branches, String phase) {
    public Node {
        branches = Copies.list(branches);
    }

    /** A question that belongs to no phase: every tree but the phase gate. */
    public Node(String id, String question, String help, List<Branch> branches) {
        this(id, question, help, branches, null);
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
