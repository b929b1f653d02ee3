package com.partnerbot.playbook;

/** Framework 3: a kind of leverage, ranked 1 (strongest) down, and the investment level it earns. */
public record LeverageType(String id, int rank, String label, String description, String investment) {}
