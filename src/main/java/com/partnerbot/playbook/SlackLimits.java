package com.partnerbot.playbook;

/** Slack's text limits for where playbook text is shown; the validator holds the playbook to them. */
public final class SlackLimits {
    public static final int OPTION_TEXT = 75;
    public static final int BUTTON_TEXT = 75;
    public static final int MODAL_TITLE = 24;
    public static final int HEADER_TEXT = 150;
    public static final int INPUT_LABEL = 2000;
    public static final int SECTION_TEXT = 3000;

    private SlackLimits() {}
}
