package com.partnerbot.slack.history;

import com.partnerbot.history.History;
import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.partnerships.StatusService;
import com.partnerbot.slack.Feature;
import com.partnerbot.slack.Interactions;
import com.partnerbot.slack.commands.Subcommand;
import java.util.List;

/** The history feature: {@code /partner history NAME} and the Newer and Older buttons of its pages. */
public final class HistoryListeners implements Feature {
    private final List<Subcommand> subcommands;
    private final HistoryPageListener page;

    public HistoryListeners(History history, PartnershipService partnerships, StatusService statuses) {
        var renderer = new HistoryRenderer();
        this.subcommands = List.of(new HistorySubcommand(statuses, history, renderer));
        this.page = new HistoryPageListener(partnerships, history, renderer);
    }

    @Override
    public List<Subcommand> subcommands() {
        return subcommands;
    }

    @Override
    public void register(Interactions interactions) {
        interactions.blockAction(HistoryIds.PREVIOUS_ACTION, page).blockAction(HistoryIds.NEXT_ACTION, page);
    }
}
