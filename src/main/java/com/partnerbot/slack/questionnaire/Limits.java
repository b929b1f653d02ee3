package com.partnerbot.slack.questionnaire;

/** How much each free-text answer may hold; Slack enforces it in the form, and the server checks it again. */
final class Limits {
    private Limits() {}

    static final int NOTE = 500;
    static final int DEPENDENCY = 1000;
    static final int VALUE = 500;
    static final int EXIT = 1000;
    /** Slack's limit on an option's text and description. */
    static final int OPTION = 75;
    /** Radio buttons hold at most 10 options; beyond that a select menu is used. */
    static final int RADIO_MAX = 10;
}
