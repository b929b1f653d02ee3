package com.partnerbot.slack.questionnaire;

import java.util.List;

/** The questionnaire's steps, in order. A re-assessment skips the basics, which the partnership already has. */
public enum Step {
    BASICS("Basics"),
    QUALIFICATION("What each side loses"),
    VALUE("Three-sided value"),
    LEVERAGE_AND_TIER("Leverage and tier"),
    EXIT("Exit criteria");

    private final String title;

    Step(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public static List<Step> forNewPartnership() {
        return List.of(values());
    }

    public static List<Step> forReassessment() {
        return List.of(QUALIFICATION, VALUE, LEVERAGE_AND_TIER, EXIT);
    }

    public static List<Step> sequence(boolean newPartnership) {
        return newPartnership ? forNewPartnership() : forReassessment();
    }
}
