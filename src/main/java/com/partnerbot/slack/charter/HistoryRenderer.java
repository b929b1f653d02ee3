package com.partnerbot.slack.charter;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.partnerbot.charter.HistoryEvent;
import com.partnerbot.charter.Signature;
import com.partnerbot.slack.render.Page;
import com.partnerbot.slack.render.Text;
import com.partnerbot.store.Partnership;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** {@code /partner history NAME}: the partnership's record, newest first, ten entries a page. */
final class HistoryRenderer {
    static final int PAGE_SIZE = 10;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    Page<HistoryEvent> page(List<HistoryEvent> events, int index) {
        return Page.of(events, index, PAGE_SIZE);
    }

    String fallback(Partnership p, Page<HistoryEvent> page) {
        return Text.escape("History of " + p.name() + ": " + page.total() + " entries");
    }

    List<LayoutBlock> render(Partnership p, Page<HistoryEvent> page) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(Text.literal(
                "History of " + p.name() + (page.total() == 0 ? ": nothing recorded yet." : ", newest first"), 3000))));
        for (HistoryEvent event : page.items()) {
            blocks.add(section(s -> s.text(markdownText(Text.clip(line(event), 3000)))));
            if (event instanceof HistoryEvent.Signed signed && signed.evidence().isPresent()) {
                blocks.add(context(
                        List.of(Text.literal("Evidence: " + signed.evidence().get(), 3000))));
            }
        }
        if (page.count() > 1) {
            blocks.add(context(List.of(markdownText("Entries " + page.first() + "–" + page.last() + " of "
                    + page.total() + " · page " + (page.index() + 1) + " of " + page.count()))));
            List<BlockElement> buttons = new ArrayList<>();
            if (page.hasPrevious()) {
                buttons.add(button(b -> b.actionId(CharterIds.HISTORY_PREVIOUS_ACTION)
                        .text(plainText("Newer"))
                        .value(p.id() + ":" + (page.index() - 1))));
            }
            if (page.hasNext()) {
                buttons.add(button(b -> b.actionId(CharterIds.HISTORY_NEXT_ACTION)
                        .text(plainText("Older"))
                        .value(p.id() + ":" + (page.index() + 1))));
            }
            blocks.add(actions(a -> a.blockId(CharterIds.HISTORY_PAGER_BLOCK).elements(buttons)));
        }
        return blocks;
    }

    static String line(HistoryEvent event) {
        String when = "`" + WHEN.format(event.at().atZone(ZoneOffset.UTC)) + "` ";
        String who = "<@" + event.userId() + ">";
        if (event instanceof HistoryEvent.Assessed a) {
            return when + who + " assessed it (#" + a.seq() + "): " + Text.escape(a.verdict());
        }
        if (event instanceof HistoryEvent.Written w) {
            return when + who + " wrote charter version " + w.version();
        }
        if (event instanceof HistoryEvent.Signed s) {
            String side = s.side() == Signature.Side.US ? "our side" : "the partner";
            if (s.method() == Signature.Method.OUTSIDE) {
                return when + who + " recorded that the partner signed version " + s.version() + " outside Slack";
            }
            return when + who + " signed version " + s.version() + " for " + side
                    + s.userTeamId()
                            .map(t -> " (workspace " + Text.escape(t) + ")")
                            .orElse("");
        }
        HistoryEvent.Ticked t = (HistoryEvent.Ticked) event;
        return when + who + (t.ticked() ? " ticked " : " unticked ") + "“" + Text.escape(t.itemText()) + "” ("
                + Text.escape(t.checklistTitle()) + ")";
    }
}
