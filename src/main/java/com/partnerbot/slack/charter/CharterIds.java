package com.partnerbot.slack.charter;

import java.util.Optional;

/** The callback, block and action ids of the charter and its checklists. */
public final class CharterIds {
    private CharterIds() {}

    public static final String VIEW = "charter";
    public static final String ATTEST_VIEW = "charter_attest";

    public static final String SIGN_ACTION = "charter_sign";
    public static final String EDIT_ACTION = "charter_edit";
    public static final String CHECKLIST_ACTION = "charter_checklist";
    public static final String ATTEST_ACTION = "charter_attest";
    public static final String TICK_ACTION = "checklist_tick";

    public static final String ACTIONS_BLOCK = "charter_actions";
    public static final String OUR_SIGNER_BLOCK = "charter_our_signer";
    public static final String PARTNER_SIGNER_BLOCK = "charter_partner_signer";
    public static final String PARTNER_NAME_BLOCK = "charter_partner_name";
    public static final String PARTNER_EMAIL_BLOCK = "charter_partner_email";
    public static final String EVIDENCE_BLOCK = "charter_evidence";

    private static final String TEXT_BLOCK_PREFIX = "charter_text:";
    private static final String CHECKLIST_BLOCK_PREFIX = "checklist:";
    private static final String MESSAGE_KEY_PREFIX = "charter:";

    /** The input of a section or field, by its playbook id. */
    public static String textBlock(String id) {
        return TEXT_BLOCK_PREFIX + id;
    }

    /** The partnership's living charter message in the outbox. */
    public static String messageKey(String partnershipId) {
        return MESSAGE_KEY_PREFIX + partnershipId;
    }

    /** A button's value: the partnership and the version the message showed. */
    public static String versionValue(String partnershipId, int version) {
        return partnershipId + ":" + version;
    }

    public record Versioned(String partnershipId, int version) {}

    public static Optional<Versioned> versioned(String value) {
        int colon = value == null ? -1 : value.lastIndexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Versioned(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The block of one group of checkboxes (at most 10) of a checklist. */
    public static String checklistBlock(String partnershipId, String checklistId, int group) {
        return CHECKLIST_BLOCK_PREFIX + partnershipId + ":" + checklistId + ":" + group;
    }

    public record ChecklistGroup(String partnershipId, String checklistId, int group) {}

    public static Optional<ChecklistGroup> checklistGroup(String blockId) {
        if (blockId == null || !blockId.startsWith(CHECKLIST_BLOCK_PREFIX)) {
            return Optional.empty();
        }
        String[] parts = blockId.substring(CHECKLIST_BLOCK_PREFIX.length()).split(":");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ChecklistGroup(parts[0], parts[1], Integer.parseInt(parts[2])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
