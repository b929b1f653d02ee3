package com.partnerbot.slack.phases;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.partnerbot.phases.GateRecord;
import com.partnerbot.phases.PhaseRun;
import com.partnerbot.phases.PhaseState;
import com.partnerbot.playbook.Phase;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.render.Text;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;

/**
 * A partnership's crawl, walk, run as blocks: the current phase with its start, window, activities, go/no-go criteria
 * and the success criteria the team recorded, when its gate review is due, the gates run so far, and the one action
 * that makes sense now (Start when no phase runs, Run the gate while a phase with a gate runs). What people typed (the
 * name, the success criteria) is shown as typed, in plain_text.
 */
final class PhaseBlocks {
    static final int SECTION_MAX = 3000;
    /** Gates listed; older ones are counted. Keeps the message well under Slack's 50 blocks. */
    static final int GATES_SHOWN = 10;

    private final Phase first;

    PhaseBlocks(Phase first) {
        this.first = first;
    }

    /** Everything about the partnership's phases; with {@code actions}, its buttons. */
    List<LayoutBlock> state(PhaseState state, boolean actions) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String name = state.partnership().name();
        switch (state.stage()) {
            case NONE ->
                blocks.add(section(s -> s.text(Text.literal(
                        name + ": no phase has started yet. Crawl, walk, run starts with " + first.label() + " ("
                                + first.duration() + ").",
                        SECTION_MAX))));
            case ENDED -> {
                PhaseRun last = state.latest().orElseThrow();
                GateRecord gate = last.gate().orElseThrow();
                blocks.add(section(s -> s.text(Text.literal(
                        name + ": the phases ended at the " + last.phase().label() + " gate on " + gate.gateDate()
                                + " (" + gate.label() + ").",
                        SECTION_MAX))));
            }
            case RUNNING -> blocks.addAll(current(state, state.current().orElseThrow()));
        }
        blocks.addAll(history(state));
        if (actions) {
            actionsFor(state).ifPresent(blocks::add);
        }
        return blocks;
    }

    /** {@code mrkdwn} first, then everything about the partnership's phases with its buttons. */
    List<LayoutBlock> withNote(String mrkdwn, PhaseState state) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(mrkdwn(mrkdwn));
        blocks.addAll(state(state, true));
        return blocks;
    }

    /** The running phase: when it started, its window, what to do in it, what decides its gate. */
    List<LayoutBlock> current(PhaseState state, PhaseRun run) {
        Phase phase = run.phase();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(Text.literal(
                state.partnership().name() + " is in " + phase.label() + ", since " + run.startDate() + ".",
                SECTION_MAX))));
        StringBuilder window = new StringBuilder(
                "*Window:* " + phase.duration() + " (" + run.startDate() + " to " + run.windowEnd() + ")");
        if (run.hasGate()) {
            window.append("\n*Gate review due:* ").append(run.gateDue());
            if (run.overdue(state.today())) {
                window.append(" · *overdue*: past its maximum on ").append(run.windowEnd());
            }
        } else {
            window.append("\n").append(phase.ongoing() ? "Ongoing: " : "").append("no gate closes this phase.");
        }
        if (phase.purpose() != null && !phase.purpose().isBlank()) {
            window.append("\n_").append(Text.escape(phase.purpose())).append("_");
        }
        blocks.add(mrkdwn(window.toString()));
        blocks.add(mrkdwn(list("*Activities*", phase.activities())));
        blocks.add(mrkdwn(list("*" + Text.escape(phase.goNoGoTitle()) + "* (go/no-go)", phase.goNoGo())));
        blocks.add(context(List.of(markdownText("*Success criteria recorded when it started:*"))));
        blocks.add(section(s -> s.text(Text.literal(run.successCriteria(), SECTION_MAX))));
        return blocks;
    }

    /** The gates run so far, newest first. */
    List<LayoutBlock> history(PhaseState state) {
        List<PhaseRun> gated = new ArrayList<>(state.gated());
        if (gated.isEmpty()) {
            return List.of();
        }
        java.util.Collections.reverse(gated);
        StringBuilder text = new StringBuilder("*Gates so far*");
        for (PhaseRun run : gated.subList(0, Math.min(GATES_SHOWN, gated.size()))) {
            GateRecord gate = run.gate().orElseThrow();
            text.append("\n• ")
                    .append(gate.gateDate())
                    .append(", ")
                    .append(Text.escape(run.phase().label()))
                    .append(" gate (started ")
                    .append(run.startDate())
                    .append(") by <@")
                    .append(gate.decidedBy())
                    .append(">: ")
                    .append(Text.path(gate.pathExplanation()));
        }
        if (gated.size() > GATES_SHOWN) {
            text.append("\n_and ").append(gated.size() - GATES_SHOWN).append(" earlier_");
        }
        return List.of(mrkdwn(text.toString()));
    }

    private java.util.Optional<LayoutBlock> actionsFor(PhaseState state) {
        List<BlockElement> buttons = new ArrayList<>();
        String partnershipId = state.partnership().id();
        if (state.canStart()) {
            String label = state.stage() == PhaseState.Stage.NONE
                    ? "Start " + first.label()
                    : "Start " + first.label() + " again";
            buttons.add(button(b -> b.actionId(PhaseIds.START_ACTION)
                    .text(plainText(Text.clip(label, 75)))
                    .style("primary")
                    .value(partnershipId)));
        }
        state.gateable()
                .ifPresent(run -> buttons.add(button(b -> b.actionId(PhaseIds.RUN_GATE_ACTION)
                        .text(plainText("Run the gate"))
                        .style("primary")
                        .value(PhaseIds.gateValue(partnershipId, run.id())))));
        if (buttons.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(
                actions(a -> a.blockId(PhaseIds.ACTIONS_BLOCK).elements(buttons)));
    }

    /** One line for {@code /partner status}. */
    String summary(PhaseState state) {
        return switch (state.stage()) {
            case NONE -> "*Phase:* none started yet (`" + SlackIds.COMMAND + " phase` to start " + first.label() + ")";
            case ENDED -> {
                PhaseRun last = state.latest().orElseThrow();
                yield "*Phase:* ended at the " + Text.escape(last.phase().label()) + " gate on "
                        + last.gate().orElseThrow().gateDate();
            }
            case RUNNING -> {
                PhaseRun run = state.current().orElseThrow();
                String gate = run.hasGate()
                        ? "; gate review due " + run.gateDue() + (run.overdue(state.today()) ? " (overdue)" : "")
                        : "; ongoing, no gate";
                yield "*Phase:* " + Text.escape(run.phase().label()) + " since " + run.startDate() + " ("
                        + run.phase().duration() + gate + ")";
            }
        };
    }

    private static String list(String title, List<String> items) {
        StringBuilder text = new StringBuilder(title);
        if (items.isEmpty()) {
            text.append("\n_none in the playbook_");
        }
        items.forEach(i -> text.append("\n• ").append(Text.escape(i)));
        return text.toString();
    }

    private static LayoutBlock mrkdwn(String text) {
        return section(s -> s.text(markdownText(Text.clip(text, SECTION_MAX))));
    }
}
