package com.partnerbot.slack.charter;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.partnerbot.charter.CharterState;
import com.partnerbot.charter.ChecklistState;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.render.Text;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/** One checklist of a partnership as a private message: the partnership, the list with its checkboxes, the others. */
final class ChecklistMessage {
    private final ChecklistBlocks blocks = new ChecklistBlocks();

    /** The first checklist with something left to do, or the last when all are done. */
    static ChecklistState firstOpen(CharterState state) {
        return state.checklists().stream()
                .filter(c -> c.done() < c.total())
                .findFirst()
                .orElse(state.checklists().get(state.checklists().size() - 1));
    }

    String fallback(CharterState state, ChecklistState list) {
        return Text.escape(list.title() + " for " + state.partnership().name() + ": " + ChecklistBlocks.progress(list));
    }

    List<LayoutBlock> render(CharterState state, ChecklistState list) {
        List<LayoutBlock> out = new ArrayList<>();
        out.add(section(
                s -> s.text(Text.literal("Checklist for " + state.partnership().name(), 3000))));
        out.addAll(blocks.render(state.partnership().id(), list));
        List<String> others = new ArrayList<>();
        for (ChecklistState other : state.checklists()) {
            if (!other.id().equals(list.id())) {
                others.add("`" + SlackIds.COMMAND + " checklist "
                        + Text.escape(state.partnership().name()) + " " + other.id() + "` ("
                        + ChecklistBlocks.progress(other) + ")");
            }
        }
        if (!others.isEmpty()) {
            out.add(context(List.of(markdownText(Text.clip("Other checklists: " + String.join(", ", others), 3000)))));
        }
        return out;
    }
}
