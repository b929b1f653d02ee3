package com.partnerbot.slack.charter;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;

import com.partnerbot.charter.ChecklistState;
import com.partnerbot.charter.Tick;
import com.partnerbot.slack.render.Text;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A checklist as blocks: its progress, the items that tick themselves from the record with their state, and the
 * items ticked by hand as checkboxes (ten to a group, Slack's limit), with who ticked each and when.
 */
final class ChecklistBlocks {
    /** Slack holds at most 10 options in one checkboxes element. */
    static final int GROUP = 10;

    static String progress(ChecklistState list) {
        return list.done() + " of " + list.total() + " done";
    }

    List<LayoutBlock> render(String partnershipId, ChecklistState list) {
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder("*" + Text.escape(list.title()) + "*: " + progress(list));
        for (ChecklistState.Line line : list.lines()) {
            if (!line.byHand()) {
                text.append("\n")
                        .append(line.done() ? ":white_check_mark: " : ":white_large_square: ")
                        .append(Text.escape(line.item().text()));
            }
        }
        for (String piece : Chunks.of(text.toString(), 3000)) {
            blocks.add(section(s -> s.text(markdownText(piece))));
        }
        List<ChecklistState.Line> byHand = list.byHand();
        for (int group = 0; group * GROUP < byHand.size(); group++) {
            List<ChecklistState.Line> lines =
                    byHand.subList(group * GROUP, Math.min(byHand.size(), (group + 1) * GROUP));
            List<OptionObject> options =
                    lines.stream().map(ChecklistBlocks::option).toList();
            List<OptionObject> ticked = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).done()) {
                    ticked.add(options.get(i));
                }
            }
            String blockId = CharterIds.checklistBlock(partnershipId, list.id(), group);
            blocks.add(
                    actions(a -> a.blockId(blockId).elements(List.of(checkboxes(c -> c.actionId(CharterIds.TICK_ACTION)
                            .options(options)
                            .initialOptions(ticked.isEmpty() ? null : ticked))))));
            List<String> who = new ArrayList<>();
            for (ChecklistState.Line line : lines) {
                line.lastTick().ifPresent(t -> who.add(tickLine(line, t)));
            }
            if (!who.isEmpty()) {
                blocks.add(context(List.of(markdownText(Text.clip(String.join("\n", who), 3000)))));
            }
        }
        return blocks;
    }

    private static String tickLine(ChecklistState.Line line, Tick tick) {
        return Text.escape(Text.clip(line.item().text(), 60)) + ": " + (tick.ticked() ? "ticked" : "unticked")
                + " by <@" + tick.userId() + "> on "
                + tick.at().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static OptionObject option(ChecklistState.Line line) {
        return OptionObject.builder()
                .text(plainText(Text.clip(line.item().text(), 75)))
                .value(line.item().id())
                .build();
    }
}
