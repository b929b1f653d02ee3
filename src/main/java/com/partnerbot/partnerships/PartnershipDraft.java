package com.partnerbot.partnerships;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a person typed to start a partnership, before it is checked and stored. */
public record PartnershipDraft(String name, String channelId, String ownerUserId, String description) {
    public static final int NAME_MAX = 80;
    public static final int DESCRIPTION_MAX = 300;

    public static final String NAME = "name";
    public static final String CHANNEL = "channel";
    public static final String OWNER = "owner";
    public static final String DESCRIPTION = "description";

    /** The mistakes in this draft, by field; empty when it can be stored. Nothing is trimmed to fit. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            problems.put(NAME, "Give the partner's name.");
        } else if (name.strip().length() > NAME_MAX) {
            problems.put(
                    NAME,
                    "Keep the name to " + NAME_MAX + " characters (it has "
                            + name.strip().length() + ").");
        }
        if (channelId == null || channelId.isBlank()) {
            problems.put(CHANNEL, "Pick the channel where this partnership is worked.");
        }
        if (ownerUserId == null || ownerUserId.isBlank()) {
            problems.put(OWNER, "Pick the person who owns this partnership.");
        }
        if (description != null && description.strip().length() > DESCRIPTION_MAX) {
            problems.put(
                    DESCRIPTION,
                    "Keep the description to " + DESCRIPTION_MAX + " characters (it has "
                            + description.strip().length() + ").");
        }
        return problems;
    }
}
