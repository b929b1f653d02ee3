package com.partnerbot.playbook;

/** How much to invest for a leverage type: {@code full}, {@code light} or {@code none} by default. */
public record InvestmentLevel(String id, String label, String advice, boolean pursue) {}
