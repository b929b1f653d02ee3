package com.partnerbot.slack.views;

import com.partnerbot.decisions.DecisionService;
import com.partnerbot.slack.Feature;
import com.partnerbot.slack.Interactions;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.commands.DecideSubcommand;
import com.partnerbot.slack.commands.EcosystemSubcommand;
import com.partnerbot.slack.commands.PartnershipDecision;
import com.partnerbot.slack.commands.Subcommand;
import com.partnerbot.slack.render.DecisionMessages;
import com.partnerbot.slack.render.DecisionModal;
import java.util.List;

/** Program decisions: {@code /partner decide ...} and {@code ecosystem}, and the submission of their modal. */
public final class DecisionListeners implements Feature {
    private final List<Subcommand> subcommands;
    private final DecisionSubmissionListener submission;

    public DecisionListeners(DecisionService decisions) {
        this(decisions, List.of());
    }

    /** With the decisions about one partnership that other features keep, e.g. {@code decide phase-gate NAME}. */
    public DecisionListeners(DecisionService decisions, List<PartnershipDecision> partnershipDecisions) {
        var messages = new DecisionMessages();
        var decide = new DecideSubcommand(decisions, new DecisionModal(), messages, partnershipDecisions);
        this.subcommands = List.of(decide, new EcosystemSubcommand(decide));
        this.submission = new DecisionSubmissionListener(decisions, messages);
    }

    @Override
    public List<Subcommand> subcommands() {
        return subcommands;
    }

    @Override
    public void register(Interactions interactions) {
        interactions.viewSubmissionPrefix(SlackIds.DECISION_VIEW_PREFIX, submission);
    }
}
