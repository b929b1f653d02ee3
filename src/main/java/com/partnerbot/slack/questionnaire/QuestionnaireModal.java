package com.partnerbot.slack.questionnaire;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.conversationsSelect;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.radioButtons;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.usersSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.partnerbot.partnerships.PartnershipDraft;
import com.partnerbot.partnerships.QuestionnaireAnswers;
import com.partnerbot.playbook.DecisionTree;
import com.partnerbot.playbook.Node;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.ValueSide;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.render.Text;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ConversationsFilter;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders one step of the questionnaire with the playbook's own wording, prefilled from the answers so far, with
 * "Step N of M" on top and a Back button from the second step on.
 */
public final class QuestionnaireModal {
    static final String TITLE = "Partnership assessment";

    private final Playbook playbook;

    public QuestionnaireModal(Playbook playbook) {
        this.playbook = playbook;
    }

    /** The step named by the metadata; the partnership's name, once known, heads every step. */
    public View render(QuestionnaireMetadata metadata, QuestionnaireAnswers answers) {
        List<Step> steps = Step.sequence(metadata.newPartnership());
        int index = steps.indexOf(metadata.step());
        boolean last = index == steps.size() - 1;
        List<LayoutBlock> blocks = new ArrayList<>();
        List<ContextBlockElement> heading = new ArrayList<>();
        heading.add(markdownText("Step " + (index + 1) + " of " + steps.size() + ": "
                + metadata.step().title()));
        if (answers.name() != null && !answers.name().isBlank()) {
            // The name as typed: plain_text, where Slack formats nothing.
            heading.add(Text.literal(answers.name(), PartnershipDraft.NAME_MAX + 1));
        }
        blocks.add(context(heading));
        switch (metadata.step()) {
            case BASICS -> basics(blocks, answers);
            case QUALIFICATION -> qualification(blocks, answers);
            case VALUE -> value(blocks, answers);
            case LEVERAGE_AND_TIER -> leverageAndTier(blocks, answers);
            case EXIT -> exit(blocks, answers);
        }
        if (index > 0) {
            blocks.add(actions(a -> a.blockId("nav").elements(List.of(button(b -> b.actionId(SlackIds.BACK_ACTION)
                    .text(plainText("Back"))
                    .value(steps.get(index - 1).name()))))));
        }
        return view(v -> v.type("modal")
                .callbackId(SlackIds.QUESTIONNAIRE_VIEW)
                .title(viewTitle(t -> t.type("plain_text").text(TITLE)))
                .submit(viewSubmit(t -> t.type("plain_text").text(last ? "Get the verdict" : "Next")))
                .close(viewClose(t -> t.type("plain_text").text("Cancel")))
                .privateMetadata(metadata.encode())
                .blocks(blocks));
    }

    private void basics(List<LayoutBlock> blocks, QuestionnaireAnswers a) {
        String name = a.name();
        boolean nameTooLong = name != null && name.length() > PartnershipDraft.NAME_MAX;
        blocks.add(input(i -> i.blockId(SlackIds.NAME_BLOCK)
                .label(plainText("Partner name"))
                .hint(plainText("The company or product you partner with, as your team calls it."))
                .element(plainTextInput(p -> p.actionId(SlackIds.INPUT_ACTION)
                        .maxLength(PartnershipDraft.NAME_MAX)
                        .initialValue(name == null || name.isBlank() || nameTooLong ? null : name)
                        .placeholder(plainText("e.g. Acme Cloud"))))));
        if (nameTooLong) {
            blocks.add(context(List.of(markdownText("The name you typed has " + name.length()
                    + " characters; names are at most " + PartnershipDraft.NAME_MAX + ". Enter a shorter one."))));
        }
        blocks.add(input(i -> i.blockId(SlackIds.CHANNEL_BLOCK)
                .label(plainText("Channel where it is worked"))
                .hint(plainText("Partnerbot posts the verdict and its follow-up reminders here."))
                .element(conversationsSelect(c -> c.actionId(SlackIds.INPUT_ACTION)
                        .defaultToCurrentConversation(a.channelId() == null)
                        .initialConversation(a.channelId())
                        .filter(ConversationsFilter.builder()
                                .include(List.of("public", "private"))
                                .excludeBotUsers(true)
                                .build())))));
        blocks.add(input(i -> i.blockId(SlackIds.OWNER_BLOCK)
                .label(plainText("Owner"))
                .element(usersSelect(u -> u.actionId(SlackIds.INPUT_ACTION).initialUser(a.ownerUserId())))));
        blocks.add(text(
                SlackIds.DESCRIPTION_BLOCK,
                "One-line description",
                null,
                a.description(),
                PartnershipDraft.DESCRIPTION_MAX,
                true,
                false));
    }

    private void qualification(List<LayoutBlock> blocks, QuestionnaireAnswers a) {
        var q = playbook.qualification();
        String noteHint = q.commitmentKinds().stream()
                .filter(k -> k.needsNote())
                .map(k -> "Required for \u201c" + k.label() + "\u201d.")
                .reduce((x, y) -> x + " " + y)
                .orElse(null);
        blocks.add(section(s -> s.text(markdownText("*" + Text.escape(q.lossQuestion()) + "*"))));
        List<OptionObject> kinds = q.commitmentKinds().stream()
                .map(k -> option(k.label(), k.id(), null))
                .toList();
        blocks.add(choice(SlackIds.OUR_KIND_BLOCK, "What we would lose", kinds, a.ourCommitment(), false, null));
        blocks.add(text(
                SlackIds.OUR_NOTE_BLOCK,
                "Our commitment, in a line",
                noteHint,
                a.ourCommitmentNote(),
                Limits.NOTE,
                true,
                false));
        blocks.add(choice(
                SlackIds.PARTNER_KIND_BLOCK, "What the partner would lose", kinds, a.partnerCommitment(), false, null));
        blocks.add(text(
                SlackIds.PARTNER_NOTE_BLOCK,
                "The partner's commitment, in a line",
                noteHint,
                a.partnerCommitmentNote(),
                Limits.NOTE,
                true,
                false));
        List<OptionObject> dependency = q.dependencyAnswers().stream()
                .map(d -> option(d.label(), d.id(), null))
                .toList();
        blocks.add(choice(
                SlackIds.DEPENDENCY_KIND_BLOCK,
                q.dependencyQuestion(),
                dependency,
                a.dependency(),
                false,
                q.dependencyHelp()));
        blocks.add(text(
                SlackIds.DEPENDENCY_BLOCK,
                "What the partner said, in their words",
                null,
                a.dependencyAnswer(),
                Limits.DEPENDENCY,
                true,
                true));
    }

    private void value(List<LayoutBlock> blocks, QuestionnaireAnswers a) {
        blocks.add(section(s -> s.text(markdownText("*What does each party get?* Leave a side empty if you can't"
                + " say yet; the verdict will name it."))));
        for (ValueSide side : playbook.value().sides()) {
            blocks.add(text(
                    SlackIds.VALUE_BLOCK_PREFIX + side.id(),
                    side.question(),
                    null,
                    a.valueBySide().get(side.id()),
                    Limits.VALUE,
                    true,
                    true));
        }
    }

    private void leverageAndTier(List<LayoutBlock> blocks, QuestionnaireAnswers a) {
        List<OptionObject> leverage = playbook.leverageTypes().stream()
                .map(t -> option(t.label(), t.id(), t.description()))
                .toList();
        blocks.add(choice(
                SlackIds.LEVERAGE_BLOCK,
                "Our strongest leverage with this partner",
                leverage,
                a.leverage(),
                false,
                "Requirement is strongest, co-marketing weakest."));
        DecisionTree tier = playbook.tree(Playbook.TIER_TREE);
        blocks.add(section(s -> s.text(markdownText("*" + Text.escape(tier.title()) + "*: answer in order; a question"
                + " your earlier answers skip can stay empty."))));
        for (Node node : tier.nodes()) {
            List<OptionObject> options = node.branches().stream()
                    .map(b -> option(b.label(), b.answer(), null))
                    .toList();
            blocks.add(choice(
                    SlackIds.TIER_BLOCK_PREFIX + node.id(),
                    node.question(),
                    options,
                    a.tierAnswers().get(node.id()),
                    true,
                    node.help()));
        }
    }

    private void exit(List<LayoutBlock> blocks, QuestionnaireAnswers a) {
        blocks.add(text(
                SlackIds.EXIT_BLOCK,
                playbook.qualification().exitCriteriaQuestion(),
                "When do we end it? e.g. fewer than 5 joint deals after Crawl, or no engineering owner by week 4.",
                a.exitCriteria(),
                Limits.EXIT,
                true,
                true));
    }

    private static LayoutBlock text(
            String blockId,
            String label,
            String hint,
            String initial,
            int maxLength,
            boolean optional,
            boolean multiline) {
        return input(i -> i.blockId(blockId)
                .label(plainText(Text.clip(label, 2000)))
                .hint(hint == null || hint.isBlank() ? null : plainText(Text.clip(hint, 2000)))
                .optional(optional)
                .element(plainTextInput(p -> p.actionId(SlackIds.INPUT_ACTION)
                        .maxLength(maxLength)
                        .multiline(multiline)
                        .initialValue(initial == null || initial.isBlank() ? null : initial))));
    }

    private static LayoutBlock choice(
            String blockId, String label, List<OptionObject> options, String selected, boolean optional, String hint) {
        OptionObject initial = options.stream()
                .filter(o -> o.getValue().equals(selected))
                .findFirst()
                .orElse(null);
        BlockElement element = options.size() <= Limits.RADIO_MAX
                ? radioButtons(
                        r -> r.actionId(SlackIds.INPUT_ACTION).options(options).initialOption(initial))
                : staticSelect(s -> s.actionId(SlackIds.INPUT_ACTION)
                        .options(options)
                        .initialOption(initial)
                        .placeholder(plainText("Choose one")));
        return input(i -> i.blockId(blockId)
                .label(plainText(Text.clip(label, 2000)))
                .hint(hint == null || hint.isBlank() ? null : plainText(Text.clip(hint, 2000)))
                .optional(optional)
                .element(element));
    }

    private static OptionObject option(String label, String value, String description) {
        return OptionObject.builder()
                .text(plainText(Text.clip(label, Limits.OPTION)))
                .value(value)
                .description(
                        description == null || description.isBlank()
                                ? null
                                : plainText(Text.clip(description, Limits.OPTION)))
                .build();
    }
}
