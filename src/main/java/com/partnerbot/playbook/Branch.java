package com.partnerbot.playbook;

/**
 * One answer to a node. Exactly one of {@code next} (a node id) and {@code outcome} (an outcome id) is set.
 * {@code label} is the option text; {@code summary} is how the answer reads back in an explanation.
 */
public record Branch(String answer, String label, String summary, String next, String outcome) {}
