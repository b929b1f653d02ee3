package com.partnerbot.playbook;

/** What the bot says for one qualification verdict; {@code pursue} false means "do not pursue". */
public record Verdict(String label, String advice, boolean pursue, String nextStep) {}
