package com.partnerbot.slack.render;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.radioButtons;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.partnerbot.playbook.Branch;
import com.partnerbot.playbook.DecisionTree;
import com.partnerbot.playbook.Node;
import com.partnerbot.slack.SlackIds;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;

/**
 * A program decision as a form: every question of the playbook's tree at once, one radio group per node, its
 * options the node's branches. Which questions matter depends on the answers, so each is optional here and the
 * submission marks the one the path reaches unanswered.
 */
public final class DecisionModal {
    /** Slack's limits for an input's label and hint, and for a modal title. */
    private static final int LABEL_MAX = 2000;

    private static final int HINT_MAX = 2000;
    private static final int TITLE_MAX = 24;
    private static final int RADIO_MAX = 10;

    public View render(DecisionTree tree, String privateMetadata) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(context(List.of(markdownText("Answer from the top. Your answers decide which of the later"
                + " questions count; the others are ignored."))));
        for (Node node : tree.nodes()) {
            blocks.add(input(i -> i.blockId(SlackIds.nodeBlock(node.id()))
                    .label(plainText(Text.clip(node.question(), LABEL_MAX)))
                    .hint(
                            node.help() == null || node.help().isBlank()
                                    ? null
                                    : plainText(Text.clip(node.help(), HINT_MAX)))
                    .optional(true)
                    .element(choice(node))));
        }
        return view(v -> v.type("modal")
                .callbackId(SlackIds.decisionView(tree.id()))
                .title(viewTitle(t -> t.type("plain_text").text(Text.clip(tree.title(), TITLE_MAX))))
                .submit(viewSubmit(t -> t.type("plain_text").text("Decide")))
                .close(viewClose(t -> t.type("plain_text").text("Cancel")))
                .privateMetadata(privateMetadata)
                .blocks(blocks));
    }

    /** Radio buttons take at most 10 options; a team's playbook may give a question more, then a menu shows them. */
    private static BlockElement choice(Node node) {
        List<OptionObject> options = options(node);
        return options.size() <= RADIO_MAX
                ? radioButtons(r -> r.actionId(SlackIds.INPUT_ACTION).options(options))
                : staticSelect(m -> m.actionId(SlackIds.INPUT_ACTION)
                        .placeholder(plainText("Choose an answer"))
                        .options(options));
    }

    private static List<OptionObject> options(Node node) {
        List<OptionObject> options = new ArrayList<>();
        for (Branch b : node.branches()) {
            options.add(option(plainText(b.label()), b.answer()));
        }
        return options;
    }
}
