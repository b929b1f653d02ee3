package com.partnerbot.slack.portfolio;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;

import com.partnerbot.playbook.Phase;
import com.partnerbot.playbook.Tier;
import com.partnerbot.portfolio.Attention;
import com.partnerbot.portfolio.Dashboard;
import com.partnerbot.portfolio.PortfolioFilter;
import com.partnerbot.portfolio.PortfolioPage;
import com.partnerbot.portfolio.Tally;
import com.partnerbot.portfolio.TeamOverview;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.render.AssessmentBlocks;
import com.partnerbot.slack.render.Text;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Home tab as the partner program's dashboard: how many partnerships there are by verdict, tier and phase; what
 * needs attention and why; the reminders of the next seven days; the reader's own partnerships; and a list with a
 * filter menu and pages. Each list is capped, so any workspace stays within Slack's 100 blocks (at most 45 here).
 */
final class HomeRenderer {
    /** How many of the reader's own partnerships Home shows; the list's "Mine" has them all. */
    static final int MINE_SHOWN = 5;

    private static final int OPTION_MAX = 75;

    private final PortfolioBlocks blocks;

    HomeRenderer(PortfolioBlocks blocks) {
        this.blocks = blocks;
    }

    View render(Dashboard d) {
        List<LayoutBlock> out = new ArrayList<>();
        out.add(header(h -> h.text(plainText("Your partner program"))));
        out.add(actions(
                a -> a.blockId("home_actions").elements(List.of(button(b -> b.actionId(SlackIds.HOME_ASSESS_ACTION)
                        .style("primary")
                        .text(plainText("Assess a partnership")))))));
        TeamOverview team = d.team();
        if (team.total() == 0) {
            out.add(section(s -> s.text(markdownText("No partnerships yet. Run `" + SlackIds.COMMAND
                    + " new Acme` in the channel where your team works the partner; `" + SlackIds.COMMAND
                    + " help` lists every command."))));
            return view(v -> v.type("home").blocks(out));
        }
        out.add(section(s -> s.fields(counts(team))));
        out.add(divider());
        attention(team, out);
        out.add(divider());
        upcoming(team, out);
        out.add(divider());
        mine(d.mine(), out);
        out.add(divider());
        list(d.list(), out);
        return view(v -> v.type("home").blocks(out));
    }

    private List<TextObject> counts(TeamOverview team) {
        Tally verdicts = team.verdicts();
        String v = blocks.playbook().qualification().verdicts().byIdInOrder().keySet().stream()
                        .map(id -> AssessmentBlocks.icon(id) + " " + Text.escape(blocks.verdict(id)) + ": "
                                + verdicts.of(id))
                        .collect(Collectors.joining("\n"))
                + "\n:white_circle: not assessed: " + verdicts.none();
        String t = blocks.playbook().tiers().stream()
                        .map(Tier::id)
                        .map(id -> Text.escape(blocks.tier(id)) + ": "
                                + team.tiers().of(id))
                        .collect(Collectors.joining("\n"))
                + "\nno tier: " + team.tiers().none();
        String p = blocks.playbook().phases().stream()
                        .map(Phase::id)
                        .map(id -> Text.escape(blocks.phase(id)) + ": "
                                + team.phases().of(id))
                        .collect(Collectors.joining("\n"))
                + "\nno phase running: " + team.phases().none();
        return List.of(
                markdownText("*Partnerships*\n" + team.total()),
                markdownText("*Needs attention*\n" + team.attentionTotal()),
                markdownText(Text.clip("*By verdict*\n" + v, PortfolioBlocks.FIELD_MAX)),
                markdownText(Text.clip("*By tier*\n" + t, PortfolioBlocks.FIELD_MAX)),
                markdownText(Text.clip("*By phase*\n" + p, PortfolioBlocks.FIELD_MAX)));
    }

    private void attention(TeamOverview team, List<LayoutBlock> out) {
        if (team.attentionTotal() == 0) {
            out.add(section(s -> s.text(markdownText(":white_check_mark: *Needs attention*: nothing right now."))));
            return;
        }
        out.add(section(s -> s.text(markdownText(":warning: *Needs attention* (" + team.attentionTotal() + ")"))));
        out.add(context(List.of(markdownText(whyCounts(team.attentionByReason())))));
        team.attentionFirst().forEach(row -> out.add(blocks.entry(row)));
        more(team.attentionTotal(), team.attentionFirst().size(), PortfolioFilter.ATTENTION, out);
    }

    private static String whyCounts(Map<Attention, Integer> byReason) {
        return byReason.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> PortfolioBlocks.reason(e.getKey()) + ": *" + e.getValue() + "*")
                .collect(Collectors.joining("  ·  "));
    }

    private static void upcoming(TeamOverview team, List<LayoutBlock> out) {
        if (team.upcomingTotal() == 0) {
            out.add(section(s -> s.text(markdownText("*Next 7 days*: no reminders."))));
            return;
        }
        out.add(section(s -> s.text(markdownText("*Next 7 days* (" + team.upcomingTotal() + " reminders)"))));
        team.upcoming().forEach(r -> out.add(context(PortfolioBlocks.upcoming(r))));
        if (team.upcomingTotal() > team.upcoming().size()) {
            out.add(context(List.of(markdownText(
                    "…and " + (team.upcomingTotal() - team.upcoming().size()) + " more: `" + SlackIds.COMMAND
                            + " reminders` lists them."))));
        }
    }

    private void mine(PortfolioPage mine, List<LayoutBlock> out) {
        if (mine.total() == 0) {
            out.add(section(s -> s.text(markdownText("*Your partnerships*: you own none."))));
            return;
        }
        out.add(section(s -> s.text(markdownText("*Your partnerships* (" + mine.total() + ")"))));
        mine.rows().forEach(row -> out.add(blocks.entry(row)));
        more(mine.total(), mine.rows().size(), PortfolioFilter.MINE, out);
    }

    private void more(int total, int shown, PortfolioFilter filter, List<LayoutBlock> out) {
        if (total > shown) {
            out.add(context(List.of(markdownText("…and " + (total - shown) + " more: choose *"
                    + Text.escape(blocks.filter(filter)) + "* in the menu below."))));
        }
    }

    private void list(PortfolioPage page, List<LayoutBlock> out) {
        PortfolioFilter filter = page.query().filter();
        String title = page.total() == 0
                ? "*Partnerships*: none match."
                : "*Partnerships* " + page.first() + "–" + page.last() + " of " + page.total();
        out.add(section(s -> s.blockId(PortfolioIds.HOME_FILTER_BLOCK)
                .text(markdownText(title))
                .accessory(filterMenu(filter))));
        page.rows().forEach(row -> out.add(blocks.entry(row)));
        out.addAll(PortfolioBlocks.pager(
                page, PortfolioIds.HOME_PAGER_BLOCK, PortfolioIds.HOME_PREVIOUS_ACTION, PortfolioIds.HOME_NEXT_ACTION));
    }

    private BlockElement filterMenu(PortfolioFilter current) {
        List<OptionObject> options =
                blocks.filters().stream().limit(100).map(this::menuOption).toList();
        OptionObject chosen = options.stream()
                .filter(o -> o.getValue().equals(current.token()))
                .findFirst()
                .orElse(options.get(0));
        return staticSelect(s -> s.actionId(PortfolioIds.HOME_FILTER_ACTION)
                .placeholder(plainText("Show"))
                .options(options)
                .initialOption(chosen));
    }

    private OptionObject menuOption(PortfolioFilter filter) {
        return option(plainText(Text.clip(blocks.filter(filter), OPTION_MAX)), filter.token());
    }
}
