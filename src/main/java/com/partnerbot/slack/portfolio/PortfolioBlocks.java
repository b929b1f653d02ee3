package com.partnerbot.slack.portfolio;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.partnerbot.playbook.Phase;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.Tier;
import com.partnerbot.playbook.Verdict;
import com.partnerbot.portfolio.Attention;
import com.partnerbot.portfolio.PortfolioFilter;
import com.partnerbot.portfolio.PortfolioPage;
import com.partnerbot.portfolio.PortfolioRow;
import com.partnerbot.portfolio.PortfolioSort;
import com.partnerbot.portfolio.UpcomingReminder;
import com.partnerbot.slack.reminders.ReminderMessages;
import com.partnerbot.slack.reminders.ReminderPreview;
import com.partnerbot.slack.render.AssessmentBlocks;
import com.partnerbot.slack.render.Text;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How the portfolio reads, in the list and on Home: a partnership as one section (its name as typed, in plain_text;
 * verdict, tier, phase, owner, channel, dates and what needs attention in mrkdwn), and the playbook's own labels for
 * verdicts, tiers and phases (a tier or phase the playbook no longer has shows its id).
 */
final class PortfolioBlocks {
    static final int SECTION_MAX = 3000;
    static final int FIELD_MAX = 2000;
    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Playbook playbook;

    PortfolioBlocks(Playbook playbook) {
        this.playbook = playbook;
    }

    /** One partnership: a section, so a page of ten stays far inside Slack's block limits. */
    LayoutBlock entry(PortfolioRow row) {
        List<TextObject> fields = new ArrayList<>();
        fields.add(markdownText(Text.clip(verdictLine(row), FIELD_MAX)));
        fields.add(markdownText(Text.clip(whoAndWhen(row), FIELD_MAX)));
        if (!row.attention().isEmpty()) {
            fields.add(markdownText(Text.clip(":warning: " + reasons(row), FIELD_MAX)));
        }
        return section(s -> s.text(Text.literal(row.name(), SECTION_MAX)).fields(fields));
    }

    private String verdictLine(PortfolioRow row) {
        if (row.verdictId().isEmpty()) {
            return ":white_circle: no verdict yet" + phaseSuffix(row);
        }
        String tier = row.tierId().map(this::tier).map(Text::escape).orElse("not chosen");
        return AssessmentBlocks.icon(row.verdictId().get()) + " "
                + Text.escape(verdict(row.verdictId().get())) + "\ntier: " + tier + phaseSuffix(row);
    }

    private String phaseSuffix(PortfolioRow row) {
        return row.phaseId().map(p -> "\nphase: " + Text.escape(phase(p))).orElse("");
    }

    private static String whoAndWhen(PortfolioRow row) {
        String assessed = row.assessedAt()
                .map(at -> "last assessed " + at.atZone(ZoneOffset.UTC).toLocalDate())
                .orElse("not assessed yet");
        String next = row.next()
                .map(r -> "\nnext: " + ReminderPreview.kind(r.kind()) + " " + when(r.dueAt()))
                .orElse("");
        return "Owner <@" + row.ownerUserId() + ">  ·  <#" + row.channelId() + ">\n" + assessed + next;
    }

    private static String reasons(PortfolioRow row) {
        return row.attention().stream().sorted().map(PortfolioBlocks::reason).collect(Collectors.joining("  ·  "));
    }

    /**
     * Previous and Next under a page with more than one, each carrying the page's filter and order, and which page of
     * how many this is; nothing when everything fits on one page.
     */
    static List<LayoutBlock> pager(PortfolioPage page, String blockId, String previousAction, String nextAction) {
        if (page.count() < 2) {
            return List.of();
        }
        List<BlockElement> buttons = new ArrayList<>();
        if (page.hasPrevious()) {
            buttons.add(pageButton(previousAction, "Previous", page, page.index() - 1));
        }
        if (page.hasNext()) {
            buttons.add(pageButton(nextAction, "Next", page, page.index() + 1));
        }
        return List.of(
                actions(a -> a.blockId(blockId).elements(buttons)),
                context(List.of(markdownText("Page " + (page.index() + 1) + " of " + page.count()))));
    }

    private static BlockElement pageButton(String actionId, String text, PortfolioPage page, int index) {
        var value =
                new PortfolioIds.PageValue(page.query().filter(), page.query().sort(), index);
        return button(b -> b.actionId(actionId).text(plainText(text)).value(value.encode()));
    }

    /** A reminder as it reads in a list: when (in each reader's own time zone), what, and for which partnership. */
    static List<ContextBlockElement> upcoming(UpcomingReminder r) {
        return List.of(
                markdownText("*" + when(r.dueAt()) + "*  ·  " + ReminderPreview.kind(r.kind())),
                Text.literal(r.partnershipName(), FIELD_MAX),
                markdownText(Text.clip(Text.escape(r.label()), FIELD_MAX)));
    }

    /** A time as Slack shows it to each reader, in their own time zone. */
    static String when(Instant at) {
        return ReminderMessages.when(at, UTC_TIME.format(at));
    }

    /** Why a partnership needs attention, in a few words. */
    static String reason(Attention a) {
        return switch (a) {
            case HANDSHAKE -> "handshake: nothing committed";
            case CHARTER_UNSIGNED -> "charter waiting for a signature";
            case GATE_DUE -> "gate review due";
            case GHOSTING -> "ghosting: no activity since the warning";
            case OVERDUE -> "reminder overdue";
            case NOT_POSTED -> "a reminder could not be posted";
        };
    }

    String verdict(String id) {
        return Optional.ofNullable(playbook.qualification().verdicts().byId(id))
                .map(Verdict::label)
                .orElse(id);
    }

    String tier(String id) {
        return playbook.tier(id).map(Tier::label).orElse(id);
    }

    String phase(String id) {
        return playbook.phase(id).map(Phase::label).orElse(id);
    }

    /** What a filter shows, as a menu option or a list's title says it. */
    String filter(PortfolioFilter f) {
        return switch (f.kind()) {
            case ALL -> "All partnerships";
            case MINE -> "Mine (as owner)";
            case ATTENTION -> "Needs attention";
            case TIER -> "Tier: " + tier(f.value());
            case PHASE -> "Phase: " + phase(f.value());
        };
    }

    static String sort(PortfolioSort s) {
        return switch (s) {
            case NAME -> "by name";
            case ASSESSED -> "last assessed first";
            case REMINDER -> "next reminder first";
        };
    }

    /** Every filter there is: the fixed ones, then one per tier and per phase of the playbook. */
    List<PortfolioFilter> filters() {
        List<PortfolioFilter> all =
                new ArrayList<>(List.of(PortfolioFilter.ALL, PortfolioFilter.MINE, PortfolioFilter.ATTENTION));
        playbook.tiers().forEach(t -> all.add(PortfolioFilter.tier(t.id())));
        playbook.phases().forEach(p -> all.add(PortfolioFilter.phase(p.id())));
        return all;
    }

    Playbook playbook() {
        return playbook;
    }
}
