package com.partnerbot.slack.phases;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.radioButtons;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.partnerbot.phases.PhaseFields;
import com.partnerbot.phases.PhaseRun;
import com.partnerbot.phases.PhaseState;
import com.partnerbot.playbook.Branch;
import com.partnerbot.playbook.Node;
import com.partnerbot.playbook.Phase;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.render.Text;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;

/** The phase forms: starting the first phase, running a phase's gate, and a notice of where things stand. */
final class PhaseModals {
    static final String TITLE = "Crawl, walk, run";
    private static final int TITLE_MAX = 24;
    private static final int LABEL_MAX = 2000;
    private static final int RADIO_MAX = 10;

    private final PhaseBlocks blocks;

    PhaseModals(PhaseBlocks blocks) {
        this.blocks = blocks;
    }

    /** Start {@code phase}: the start date (today to begin with) and the success criteria its gate will check. */
    View start(PhaseState state, Phase phase) {
        List<LayoutBlock> content = new ArrayList<>();
        content.add(section(s -> s.text(Text.literal(
                state.partnership().name() + ": start " + phase.label() + " (" + phase.duration() + ").",
                PhaseBlocks.SECTION_MAX))));
        if (phase.purpose() != null && !phase.purpose().isBlank()) {
            content.add(context(List.of(markdownText(Text.escape(phase.purpose())))));
        }
        content.add(input(i -> i.blockId(PhaseIds.START_DATE_BLOCK)
                .label(plainText("Starts on"))
                .hint(plainText("Its gate review is due when it reaches its minimum length, at the partnership's"
                        + " reminder time."))
                .element(datePicker(d -> d.actionId(SlackIds.INPUT_ACTION)
                        .initialDate(state.today().toString())))));
        content.add(criteriaInput(
                PhaseIds.CRITERIA_BLOCK,
                "Success criteria for " + phase.label(),
                "What must be true at its gate, e.g. \"2 design-partner customers use it weekly\".",
                false));
        return view(v -> v.type("modal")
                .callbackId(PhaseIds.START_VIEW)
                .title(viewTitle(t -> t.type("plain_text").text(Text.clip("Start " + phase.label(), TITLE_MAX))))
                .submit(viewSubmit(t -> t.type("plain_text").text("Start")))
                .close(viewClose(t -> t.type("plain_text").text("Cancel")))
                .privateMetadata(new PhaseMetadata(state.partnership().id(), null).encode())
                .blocks(content));
    }

    /** The gate of the running phase: its questions, and the success criteria of what it starts. */
    View gate(PhaseState state, PhaseRun run, List<Node> questions) {
        List<LayoutBlock> content = new ArrayList<>(blocks.current(state, run));
        content.add(context(List.of(markdownText("Answer from the top. Your answers decide which questions count and"
                + " what follows: the next phase, this one again with changes, or the end."))));
        for (Node node : questions) {
            content.add(input(i -> i.blockId(PhaseIds.nodeBlock(node.id()))
                    .label(plainText(Text.clip(node.question(), LABEL_MAX)))
                    .hint(
                            node.help() == null || node.help().isBlank()
                                    ? null
                                    : plainText(Text.clip(node.help(), LABEL_MAX)))
                    .optional(true)
                    .element(choice(node))));
        }
        content.add(criteriaInput(
                PhaseIds.NEXT_CRITERIA_BLOCK,
                "Success criteria for the phase that starts",
                "Needed when the gate starts a phase (the next one, or one again with changes); left out when the"
                        + " partnership's phases end.",
                true));
        return view(v -> v.type("modal")
                .callbackId(PhaseIds.GATE_VIEW)
                .title(viewTitle(
                        t -> t.type("plain_text").text(Text.clip(run.phase().label() + " gate", TITLE_MAX))))
                .submit(viewSubmit(t -> t.type("plain_text").text("Decide")))
                .close(viewClose(t -> t.type("plain_text").text("Cancel")))
                .privateMetadata(new PhaseMetadata(state.partnership().id(), run.id()).encode())
                .blocks(content));
    }

    /** A form's answer when there is nothing to submit: {@code mrkdwn}, then where the phases stand. */
    View notice(String mrkdwn, PhaseState state) {
        List<LayoutBlock> content = new ArrayList<>();
        content.add(section(s -> s.text(markdownText(Text.clip(mrkdwn, PhaseBlocks.SECTION_MAX)))));
        if (state != null) {
            content.addAll(blocks.state(state, false));
        }
        return view(v -> v.type("modal")
                .title(viewTitle(t -> t.type("plain_text").text(TITLE)))
                .close(viewClose(t -> t.type("plain_text").text("Close")))
                .blocks(content));
    }

    private static LayoutBlock criteriaInput(String blockId, String label, String hint, boolean optional) {
        return input(i -> i.blockId(blockId)
                .label(plainText(Text.clip(label, LABEL_MAX)))
                .hint(plainText(hint))
                .optional(optional)
                .element(plainTextInput(
                        p -> p.actionId(SlackIds.INPUT_ACTION).multiline(true).maxLength(PhaseFields.CRITERIA_MAX))));
    }

    /** Radio buttons take at most 10 options; a team's playbook may give a question more, then a menu shows them. */
    private static BlockElement choice(Node node) {
        List<OptionObject> options = new ArrayList<>();
        for (Branch b : node.branches()) {
            options.add(option(plainText(b.label()), b.answer()));
        }
        return options.size() <= RADIO_MAX
                ? radioButtons(r -> r.actionId(SlackIds.INPUT_ACTION).options(options))
                : staticSelect(m -> m.actionId(SlackIds.INPUT_ACTION)
                        .placeholder(plainText("Choose an answer"))
                        .options(options));
    }
}
