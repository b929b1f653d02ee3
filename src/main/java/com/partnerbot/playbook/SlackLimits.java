package com.partnerbot.playbook;

/** Slack's text limits for where playbook text is shown; the validator holds the playbook to them. */
public final class SlackLimits {
    public static final int OPTION_TEXT = 75;
    public static final int BUTTON_TEXT = 75;
    public static final int MODAL_TITLE = 24;
    public static final int HEADER_TEXT = 150;
    public static final int INPUT_LABEL = 2000;
    public static final int SECTION_TEXT = 3000;
    /** Node ids become block ids (255 at most, with a short prefix); kept well inside. */
    public static final int ID = 100;
    /** Branch answers become option values, which Slack holds to 150 characters. */
    public static final int OPTION_VALUE = 150;
    /** Questions asked in one modal of at most 100 blocks, leaving a few for the modal's own. */
    public static final int MODAL_INPUTS = 90;
    /** Options one select menu holds. */
    public static final int OPTIONS = 100;

    private SlackLimits() {}
}
