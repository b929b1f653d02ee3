package com.partnerbot.slack.history;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.partnerbot.charter.Signature;
import com.partnerbot.frameworks.ReminderKind;
import com.partnerbot.history.HistoryEntry;
import com.partnerbot.history.HistoryPage;
import com.partnerbot.slack.reminders.ReminderPreview;
import com.partnerbot.slack.render.Text;
import com.partnerbot.store.Partnership;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A page of {@code /partner history NAME}: one line per entry, newest first, ten a page, with Newer and Older. The
 * partnership's name is plain_text; evidence typed for a signature too; playbook labels and notes are escaped once.
 */
final class HistoryRenderer {
    static final int PAGE_SIZE = 10;
    private static final int SECTION_MAX = 3000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    String fallback(Partnership p, HistoryPage page) {
        return Text.escape("History of " + p.name() + ": " + page.total() + " entries");
    }

    List<LayoutBlock> render(Partnership p, HistoryPage page) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(Text.literal(
                "History of " + p.name() + (page.total() == 0 ? ": nothing recorded yet." : ", newest first"),
                SECTION_MAX))));
        for (HistoryEntry entry : page.entries()) {
            blocks.add(section(s -> s.text(markdownText(Text.clip(line(entry, p), SECTION_MAX)))));
            if (entry instanceof HistoryEntry.Signed signed && signed.evidence().isPresent()) {
                blocks.add(context(
                        List.of(Text.literal("Evidence: " + signed.evidence().get(), SECTION_MAX))));
            }
        }
        if (page.pages() > 1) {
            int first = page.index() * page.size() + 1;
            int last = page.index() * page.size() + page.entries().size();
            blocks.add(context(List.of(markdownText("Entries " + first + "–" + last + " of " + page.total() + " · page "
                    + (page.index() + 1) + " of " + page.pages()))));
            List<BlockElement> buttons = new ArrayList<>();
            if (page.index() > 0) {
                buttons.add(button(b -> b.actionId(HistoryIds.PREVIOUS_ACTION)
                        .text(plainText("Newer"))
                        .value(HistoryIds.pageValue(p.id(), page.index() - 1))));
            }
            if (page.index() < page.pages() - 1) {
                buttons.add(button(b -> b.actionId(HistoryIds.NEXT_ACTION)
                        .text(plainText("Older"))
                        .value(HistoryIds.pageValue(p.id(), page.index() + 1))));
            }
            blocks.add(actions(a -> a.blockId(HistoryIds.PAGER_BLOCK).elements(buttons)));
        }
        return blocks;
    }

    static String line(HistoryEntry entry, Partnership p) {
        return "`" + WHEN.format(entry.at().atZone(ZoneOffset.UTC)) + "` " + what(entry, p);
    }

    private static String what(HistoryEntry entry, Partnership p) {
        if (entry instanceof HistoryEntry.Assessed a) {
            return assessed(a);
        }
        if (entry instanceof HistoryEntry.CharterWritten w) {
            return who(w.by()) + " wrote charter version " + w.version();
        }
        if (entry instanceof HistoryEntry.Signed s) {
            return signed(s);
        }
        if (entry instanceof HistoryEntry.Ticked t) {
            return who(t.by()) + (t.ticked() ? " ticked " : " unticked ") + "“" + Text.escape(t.itemText()) + "” ("
                    + Text.escape(t.checklistTitle()) + ")";
        }
        if (entry instanceof HistoryEntry.PhaseStarted s) {
            return who(s.by()) + " started " + Text.escape(s.phase()) + " on " + s.startDate();
        }
        if (entry instanceof HistoryEntry.GateRun g) {
            return who(g.by()) + " ran the " + Text.escape(g.phase()) + " gate: *" + Text.escape(g.outcome()) + "*"
                    + (g.ended() ? " (the phases end)" : "");
        }
        if (entry instanceof HistoryEntry.ReminderSent r) {
            return "Reminder posted: " + reminder(r.kind(), r.label());
        }
        if (entry instanceof HistoryEntry.ReminderEnded r) {
            return ended(r, p);
        }
        HistoryEntry.ActivityLogged a = (HistoryEntry.ActivityLogged) entry;
        return who(a.by()) + " logged activity for " + a.date() + ": " + Text.escape(a.note());
    }

    private static String assessed(HistoryEntry.Assessed a) {
        HistoryEntry.Outcome o = a.outcome();
        String outcome = "*" + Text.escape(o.verdict()) + "*"
                + o.tier().map(t -> " · " + Text.escape(t)).orElse("")
                + o.investment().map(i -> " · " + Text.escape(i)).orElse("");
        if (a.first()) {
            return who(a.by()) + " assessed it (#" + a.seq() + "): " + outcome;
        }
        String changed = a.changes().isEmpty()
                ? "same verdict, tier and investment"
                : a.changes().stream()
                        .map(c -> c.what() + " " + shown(c.before()) + " → " + shown(c.after()))
                        .collect(Collectors.joining("; "));
        return who(a.by()) + " re-assessed it (#" + a.seq() + "): " + outcome + "\n" + changed;
    }

    private static String signed(HistoryEntry.Signed s) {
        if (s.method() == Signature.Method.OUTSIDE) {
            return who(s.by()) + " recorded that the partner signed version " + s.version() + " outside Slack";
        }
        String side = s.side() == Signature.Side.US ? "our side" : "the partner";
        return who(s.by()) + " signed version " + s.version() + " for " + side
                + s.userTeamId().map(t -> " (workspace " + Text.escape(t) + ")").orElse("");
    }

    private static String ended(HistoryEntry.ReminderEnded r, Partnership p) {
        String reminder = reminder(r.kind(), r.label());
        String by = r.by().map(HistoryRenderer::who).orElse("Partnerbot");
        return switch (r.ending()) {
            case DONE -> by + " marked done: " + reminder;
            case NOT_APPLICABLE -> by + " marked not applicable: " + reminder;
            case CANCELLED -> by + " cancelled: " + reminder;
            case SNOOZED -> by + " snoozed to " + r.due() + ": " + reminder;
            case MISSED -> "Not posted in its time (the bot was not running): " + reminder;
            case FAILED ->
                "Could not be posted: " + reminder + ". "
                        + ReminderPreview.why(r.reason().orElse(""), p.channelId());
        };
    }

    private static String reminder(ReminderKind kind, String label) {
        return ReminderPreview.kind(kind) + " “" + Text.escape(label) + "”";
    }

    private static String shown(Optional<String> value) {
        return value.map(Text::escape).orElse("none");
    }

    private static String who(String userId) {
        return "<@" + userId + ">";
    }
}
