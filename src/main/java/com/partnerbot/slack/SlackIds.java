package com.partnerbot.slack;

/** Every callback, block and action id the bot uses, in one place, so listeners and renderers agree. */
public final class SlackIds {
    private SlackIds() {}

    public static final String COMMAND = "/partner";

    // Blocks and actions of the basics step of the questionnaire
    public static final String NAME_BLOCK = "name";
    public static final String CHANNEL_BLOCK = "channel";
    public static final String OWNER_BLOCK = "owner";
    public static final String DESCRIPTION_BLOCK = "description";
    public static final String INPUT_ACTION = "value";

    // The questionnaire: one callback for every step; block ids per question
    public static final String QUESTIONNAIRE_VIEW = "questionnaire";
    public static final String ASSESS_SHORTCUT = "assess_partnership";
    public static final String BACK_ACTION = "questionnaire_back";
    public static final String REASSESS_ACTION = "reassess";
    public static final String HOME_ASSESS_ACTION = "home_assess";
    public static final String OUR_KIND_BLOCK = "our_kind";
    public static final String OUR_NOTE_BLOCK = "our_note";
    public static final String PARTNER_KIND_BLOCK = "partner_kind";
    public static final String PARTNER_NOTE_BLOCK = "partner_note";
    public static final String DEPENDENCY_BLOCK = "dependency";
    public static final String VALUE_BLOCK_PREFIX = "value_";
    public static final String LEVERAGE_BLOCK = "leverage";
    public static final String TIER_BLOCK_PREFIX = "tier_";
    public static final String EXIT_BLOCK = "exit";
}
