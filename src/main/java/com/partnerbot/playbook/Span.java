package com.partnerbot.playbook;

/** A duration range such as 4-8 weeks; {@code unit} is {@code weeks} or {@code months}. */
public record Span(int min, int max, String unit) {
    public static final String WEEKS = "weeks";
    public static final String MONTHS = "months";

    @Override
    public String toString() {
        return min + "-" + max + " " + unit;
    }
}
