package com.partnerbot.slack.history;

import java.util.Optional;

/**
 * The ids of the history pages. They were the charter's when history lived there; buttons on pages already in Slack
 * carry them, so they stay as they were, and so does a button's value: the partnership and the page it opens.
 */
public final class HistoryIds {
    private HistoryIds() {}

    public static final String PREVIOUS_ACTION = "history_previous";
    public static final String NEXT_ACTION = "history_next";
    public static final String PAGER_BLOCK = "history_pager";

    /** A Newer or Older button's value. */
    public static String pageValue(String partnershipId, int page) {
        return partnershipId + ":" + page;
    }

    public record Clicked(String partnershipId, int page) {}

    public static Optional<Clicked> clicked(String value) {
        int colon = value == null ? -1 : value.lastIndexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Clicked(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
