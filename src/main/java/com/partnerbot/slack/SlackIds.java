package com.partnerbot.slack;

/** Every callback, block and action id the bot uses, in one place, so listeners and renderers agree. */
public final class SlackIds {
    private SlackIds() {}

    public static final String COMMAND = "/partner";

    // Modals
    public static final String NEW_PARTNERSHIP_VIEW = "partnership_new";

    // Blocks and actions of the basics step
    public static final String NAME_BLOCK = "name";
    public static final String CHANNEL_BLOCK = "channel";
    public static final String OWNER_BLOCK = "owner";
    public static final String DESCRIPTION_BLOCK = "description";
    public static final String INPUT_ACTION = "value";
}
