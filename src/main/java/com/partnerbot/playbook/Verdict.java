package com.partnerbot.playbook;

/**
 * What the bot says for one qualification verdict; {@code pursue} false means "do not pursue". The verdict holds
 * when at least {@code committingSides} sides commit (the highest such verdict wins); {@code standing} is how its
 * header reads: {@code ok}, {@code at_risk} or {@code stop}.
 */
public record Verdict(
        String label, String advice, boolean pursue, String nextStep, Integer committingSides, String standing) {
    public Verdict(String label, String advice, boolean pursue, String nextStep) {
        this(label, advice, pursue, nextStep, null, null);
    }
}
