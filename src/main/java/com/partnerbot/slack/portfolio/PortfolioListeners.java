package com.partnerbot.slack.portfolio;

import com.partnerbot.partnerships.StatusService;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.portfolio.Portfolio;
import com.partnerbot.slack.BackgroundWork;
import com.partnerbot.slack.Feature;
import com.partnerbot.slack.Interactions;
import com.partnerbot.slack.commands.StatusSubcommand;
import com.partnerbot.slack.commands.Subcommand;
import com.partnerbot.slack.render.AssessmentBlocks;
import com.partnerbot.slack.render.StatusRenderer;
import com.slack.api.model.event.AppHomeOpenedEvent;
import java.util.List;
import java.util.Set;

/**
 * The portfolio: {@code /partner list} with its filters, orders and pages, {@code /partner status} (with what other
 * features add to it), and the Home tab with its filter menu and pages; and the notice, after each request that may
 * have changed something, that refreshes Home.
 */
public final class PortfolioListeners implements Feature {
    private final List<Subcommand> subcommands;
    private final ListPageActionListener listPage;
    private final HomeListActionListener homeList;
    private final HomeOpenedListener homeOpened;
    private final WorkspaceChanges changes;

    public PortfolioListeners(
            Playbook playbook,
            Portfolio portfolio,
            HomePublisher home,
            HomeRefresher refresher,
            StatusService status,
            List<StatusSubcommand.Addition> statusSections,
            BackgroundWork work) {
        var list = new ListRenderer(new PortfolioBlocks(playbook));
        this.subcommands = List.of(
                new ListSubcommand(portfolio, playbook, list),
                new StatusSubcommand(status, new StatusRenderer(new AssessmentBlocks()), statusSections));
        this.listPage = new ListPageActionListener(portfolio, playbook, list, work);
        this.homeList = new HomeListActionListener(home, playbook);
        this.homeOpened = new HomeOpenedListener(home);
        this.changes = new WorkspaceChanges(
                Set.of(
                        PortfolioIds.LIST_PREVIOUS_ACTION,
                        PortfolioIds.LIST_NEXT_ACTION,
                        PortfolioIds.HOME_FILTER_ACTION,
                        PortfolioIds.HOME_PREVIOUS_ACTION,
                        PortfolioIds.HOME_NEXT_ACTION),
                refresher::changed);
    }

    @Override
    public List<Subcommand> subcommands() {
        return subcommands;
    }

    @Override
    public void register(Interactions interactions) {
        interactions
                .blockAction(PortfolioIds.LIST_PREVIOUS_ACTION, listPage)
                .blockAction(PortfolioIds.LIST_NEXT_ACTION, listPage)
                .blockAction(PortfolioIds.HOME_FILTER_ACTION, homeList)
                .blockAction(PortfolioIds.HOME_PREVIOUS_ACTION, homeList)
                .blockAction(PortfolioIds.HOME_NEXT_ACTION, homeList)
                .event(AppHomeOpenedEvent.class, homeOpened)
                .afterEach(changes);
    }
}
