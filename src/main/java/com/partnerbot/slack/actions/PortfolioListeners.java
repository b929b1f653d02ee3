package com.partnerbot.slack.actions;

import com.partnerbot.partnerships.AssessmentService;
import com.partnerbot.partnerships.StatusService;
import com.partnerbot.slack.BackgroundWork;
import com.partnerbot.slack.Feature;
import com.partnerbot.slack.Interactions;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.commands.ListSubcommand;
import com.partnerbot.slack.commands.StatusSubcommand;
import com.partnerbot.slack.commands.Subcommand;
import com.partnerbot.slack.events.AppHomeOpenedListener;
import com.partnerbot.slack.render.AssessmentBlocks;
import com.partnerbot.slack.render.HomeRenderer;
import com.partnerbot.slack.render.PartnershipListRenderer;
import com.partnerbot.slack.render.StatusRenderer;
import com.slack.api.model.event.AppHomeOpenedEvent;
import java.util.List;

/**
 * The portfolio: {@code /partner list} with its pages, {@code /partner status} (with what other features add to
 * it), and the Home tab.
 */
public final class PortfolioListeners implements Feature {
    private final List<Subcommand> subcommands;
    private final ListPageActionListener listPage;
    private final AppHomeOpenedListener home;

    public PortfolioListeners(
            AssessmentService assessments,
            StatusService status,
            List<StatusSubcommand.Addition> statusSections,
            BackgroundWork work) {
        var listRenderer = new PartnershipListRenderer();
        this.subcommands = List.of(
                new ListSubcommand(assessments, listRenderer),
                new StatusSubcommand(status, new StatusRenderer(new AssessmentBlocks()), statusSections));
        this.listPage = new ListPageActionListener(assessments, listRenderer, work);
        this.home = new AppHomeOpenedListener(assessments, new HomeRenderer(), work);
    }

    @Override
    public List<Subcommand> subcommands() {
        return subcommands;
    }

    @Override
    public void register(Interactions interactions) {
        interactions
                .blockAction(SlackIds.LIST_PREVIOUS_ACTION, listPage)
                .blockAction(SlackIds.LIST_NEXT_ACTION, listPage)
                .event(AppHomeOpenedEvent.class, home);
    }
}
