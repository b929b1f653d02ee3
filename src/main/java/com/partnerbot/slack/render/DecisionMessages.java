package com.partnerbot.slack.render;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.partnerbot.decisions.DecisionResult;
import com.partnerbot.decisions.DecisionService;
import com.partnerbot.playbook.DecisionTree;
import com.partnerbot.slack.Messenger;
import com.partnerbot.slack.SlackIds;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/** Program decisions in Slack: what can be decided, and a decision as posted to the channel. */
public final class DecisionMessages {
    private static final int SECTION_MAX = 3000;
    private static final int HEADER_MAX = 150;

    public static final String ANSWER_THIS_ONE = "Answer this one: your earlier answers lead here.";

    /** The decisions on offer; {@code unknown}, when not null, is what the person typed that names none. */
    public List<LayoutBlock> choices(List<DecisionTree> trees, String unknown) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (unknown == null) {
            blocks.add(section(s -> s.text(
                    markdownText("Decisions about your partner program, asked with your playbook's questions:"))));
        } else {
            // What the person typed, shown as typed.
            blocks.add(section(s -> s.text(Text.literal(
                    "⚠️ I can't decide “" + Text.clip(unknown, 60) + "”. These are the decisions I can help with:",
                    SECTION_MAX))));
        }
        for (DecisionTree tree : trees) {
            String first = tree.node(tree.start()).map(n -> n.question()).orElse("");
            blocks.add(section(s -> s.text(markdownText(Text.clip(
                    "`" + SlackIds.COMMAND + " decide " + DecisionService.word(tree.id()) + "`  *"
                            + Text.escape(tree.title()) + "*\n" + Text.escape(first),
                    SECTION_MAX)))));
        }
        return blocks;
    }

    public String choicesFallback(List<DecisionTree> trees) {
        return "What can be decided: "
                + String.join(
                        ", ",
                        trees.stream()
                                .map(t -> SlackIds.COMMAND + " decide " + DecisionService.word(t.id()))
                                .toList());
    }

    /** The decision for the channel: outcome, the path in plain words, the advice and warnings, who decided. */
    public Messenger.Message decided(DecisionTree tree, DecisionResult.Decided d, String channelId) {
        var decision = d.decision();
        var outcome = d.outcome();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(Text.clip(tree.title() + ": " + outcome.label(), HEADER_MAX)))));
        StringBuilder body = new StringBuilder(":compass: *" + Text.escape(outcome.label()) + "*");
        body.append("\n_Why:_ ").append(Text.escape(decision.pathExplanation()));
        if (outcome.advice() != null && !outcome.advice().isBlank()) {
            body.append("\n").append(Text.escape(outcome.advice()));
        }
        blocks.add(text(body.toString()));
        if (!outcome.warnings().isEmpty()) {
            StringBuilder warnings = new StringBuilder("*Watch out*");
            outcome.warnings().forEach(w -> warnings.append("\n:warning: ").append(Text.escape(w)));
            blocks.add(text(warnings.toString()));
        }
        blocks.add(context(List.of(markdownText("Decided by <@" + decision.decidedBy() + "> for the partner program"
                + " · playbook " + Text.escape(decision.playbookId()) + " " + Text.escape(decision.playbookVersion())
                + " · `" + SlackIds.COMMAND + " decide " + DecisionService.word(tree.id()) + "` to decide again"))));
        String fallback = Text.escape(tree.title() + ": " + outcome.label() + " (" + decision.pathExplanation() + ")");
        return new Messenger.Message(channelId, fallback, blocks);
    }

    private static LayoutBlock text(String mrkdwn) {
        return section(s -> s.text(markdownText(Text.clip(mrkdwn, SECTION_MAX))));
    }
}
