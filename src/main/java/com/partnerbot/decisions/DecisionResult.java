package com.partnerbot.decisions;

import com.partnerbot.frameworks.TreeResult;
import com.partnerbot.playbook.Outcome;

/** What a submitted set of answers led to: a stored decision, or the question the path reached unanswered. */
public sealed interface DecisionResult {

    /** Stored; {@code result} carries the path taken for the explanation. */
    record Decided(ProgramDecision decision, Outcome outcome, TreeResult result) implements DecisionResult {}

    /** The answers lead to {@code nodeId}, which has no usable answer; nothing was stored. */
    record Unanswered(String nodeId) implements DecisionResult {}
}
