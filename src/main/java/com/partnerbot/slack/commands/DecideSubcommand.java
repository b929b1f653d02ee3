package com.partnerbot.slack.commands;

import com.partnerbot.decisions.DecisionService;
import com.partnerbot.slack.ModalMetadata;
import com.partnerbot.slack.render.DecisionMessages;
import com.partnerbot.slack.render.DecisionModal;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /partner decide TREE}: opens the playbook tree's questions as a modal at once, while the trigger id is
 * fresh. Without a tree, or with one it does not know, it lists what can be decided. A decision about one partnership
 * ({@code decide phase-gate NAME}) is handed to the feature that keeps it, with the name.
 */
public final class DecideSubcommand implements Subcommand {
    private final DecisionService decisions;
    private final DecisionModal modal;
    private final DecisionMessages messages;
    private final List<PartnershipDecision> partnershipDecisions;

    public DecideSubcommand(DecisionService decisions, DecisionModal modal, DecisionMessages messages) {
        this(decisions, modal, messages, List.of());
    }

    public DecideSubcommand(
            DecisionService decisions,
            DecisionModal modal,
            DecisionMessages messages,
            List<PartnershipDecision> partnershipDecisions) {
        this.decisions = decisions;
        this.modal = modal;
        this.messages = messages;
        this.partnershipDecisions = List.copyOf(partnershipDecisions);
    }

    @Override
    public String name() {
        return "decide";
    }

    @Override
    public String usage() {
        StringBuilder usage = new StringBuilder("decide build-or-partner | ecosystem");
        partnershipDecisions.forEach(d -> usage.append(" | ").append(d.word()).append(" NAME"));
        return usage.toString();
    }

    @Override
    public String purpose() {
        return "Decide for the partner program with the playbook's questions: build a capability or partner for it;"
                + " a curated or an open ecosystem. The decision and why are posted here.";
    }

    @Override
    public String example() {
        return "/partner decide build-or-partner";
    }

    @Override
    public Response handle(String args, SlashCommandRequest req, SlashCommandContext ctx)
            throws IOException, SlackApiException {
        String[] words = args.strip().split("\\s+", 2);
        for (PartnershipDecision decision : partnershipDecisions) {
            if (decision.word().equals(words[0].toLowerCase(Locale.ROOT))) {
                return decision.open(words.length > 1 ? words[1] : "", req, ctx);
            }
        }
        Optional<String> treeKey = DecisionService.treeKey(args);
        if (treeKey.isEmpty()) {
            var trees = decisions.trees();
            String unknown = args.isBlank() ? null : args;
            return ctx.ack(r -> r.responseType("ephemeral")
                    .text(messages.choicesFallback(trees))
                    .blocks(messages.choices(trees, unknown)));
        }
        return open(treeKey.get(), req, ctx);
    }

    /** Opens the modal of one program tree; also what {@code /partner ecosystem} does. */
    Response open(String treeKey, SlashCommandRequest req, SlashCommandContext ctx)
            throws IOException, SlackApiException {
        var payload = req.getPayload();
        var metadata = new ModalMetadata(payload.getChannelId(), payload.getResponseUrl());
        var view = modal.render(decisions.tree(treeKey), metadata.encode());
        ViewsOpenResponse opened =
                ctx.client().viewsOpen(r -> r.triggerId(payload.getTriggerId()).view(view));
        if (!opened.isOk()) {
            ctx.logger.warn("views.open failed: {}", opened.getError());
            return ctx.ack(r -> r.responseType("ephemeral")
                    .text("I couldn't open the questions (Slack said `" + opened.getError() + "`). Please run `/partner"
                            + " decide " + DecisionService.word(treeKey) + "` again."));
        }
        return ctx.ack();
    }
}
