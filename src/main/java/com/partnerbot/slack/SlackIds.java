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
    /** The note with the partner's answer to "what happens to you?"; the answer itself is the kind block. */
    public static final String DEPENDENCY_BLOCK = "dependency";

    public static final String DEPENDENCY_KIND_BLOCK = "dependency_kind";
    public static final String VALUE_BLOCK_PREFIX = "value_";
    public static final String LEVERAGE_BLOCK = "leverage";
    public static final String TIER_BLOCK_PREFIX = "tier_";
    public static final String EXIT_BLOCK = "exit";

    // Program decisions: one modal per tree, the tree key after the prefix; one input block per tree node.
    public static final String DECISION_VIEW_PREFIX = "program_decision:";
    private static final String NODE_BLOCK_PREFIX = "node:";

    public static String decisionView(String treeKey) {
        return DECISION_VIEW_PREFIX + treeKey;
    }

    /** The tree key of a decision modal's callback id, or null when it is not one. */
    public static String treeKeyOf(String callbackId) {
        return callbackId != null && callbackId.startsWith(DECISION_VIEW_PREFIX)
                ? callbackId.substring(DECISION_VIEW_PREFIX.length())
                : null;
    }

    /**
     * The input block asking a tree node's question. Named by node id rather than position, so a submission reads
     * the right answers even when a node is added to the playbook while a modal is open.
     */
    public static String nodeBlock(String nodeId) {
        return NODE_BLOCK_PREFIX + nodeId;
    }
}
