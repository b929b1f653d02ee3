package com.partnerbot.slack.portfolio;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.partnerbot.portfolio.ListArguments;
import com.partnerbot.portfolio.PortfolioFilter;
import com.partnerbot.portfolio.PortfolioPage;
import com.partnerbot.portfolio.PortfolioRow;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.render.Text;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code /partner list}: a page of partnerships, one section each, under what it shows (filter, order, which of how
 * many), with Previous/Next buttons that keep the filter and order. Ten a page keeps a message at 14 blocks, far
 * inside Slack's 50.
 */
final class ListRenderer {
    private static final String COMMAND = SlackIds.COMMAND + " list";
    private static final String USAGE = "Filters: `mine`, `attention`, `tier NAME`, `phase NAME`; order:"
            + " `sort:name`, `sort:assessed`, `sort:reminder`.";

    private final PortfolioBlocks blocks;

    ListRenderer(PortfolioBlocks blocks) {
        this.blocks = blocks;
    }

    String fallbackText(PortfolioPage page) {
        String what = blocks.filter(page.query().filter());
        return page.total() == 0
                ? what + ": none."
                : what + " " + page.first() + "-" + page.last() + " of " + page.total();
    }

    List<LayoutBlock> render(PortfolioPage page) {
        List<LayoutBlock> out = new ArrayList<>();
        PortfolioFilter filter = page.query().filter();
        if (page.total() == 0) {
            out.add(section(s -> s.text(markdownText(
                    filter.kind() == PortfolioFilter.Kind.ALL
                            ? "No partnerships in this workspace yet. Start one with `" + SlackIds.COMMAND
                                    + " new NAME` in the"
                                    + " channel where your team works the partner, e.g. `" + SlackIds.COMMAND
                                    + " new Acme Cloud`."
                            : "*" + Text.escape(blocks.filter(filter)) + "*: no partnerships. `" + COMMAND
                                    + "` shows them all."))));
            return out;
        }
        out.add(section(s -> s.text(markdownText("*" + Text.escape(blocks.filter(filter)) + "* " + page.first() + "–"
                + page.last() + " of " + page.total() + ", "
                + PortfolioBlocks.sort(page.query().sort())))));
        for (PortfolioRow row : page.rows()) {
            out.add(blocks.entry(row));
        }
        out.add(context(List.of(markdownText("`" + SlackIds.COMMAND + " status NAME` shows one in full. " + USAGE))));
        out.addAll(PortfolioBlocks.pager(
                page, PortfolioIds.LIST_PAGER_BLOCK, PortfolioIds.LIST_PREVIOUS_ACTION, PortfolioIds.LIST_NEXT_ACTION));
        return out;
    }

    /** The answer to words that are not a filter or an order: what was typed, as typed, and what is valid. */
    String invalidText(ListArguments.Result.Invalid invalid) {
        return Text.escape(problem(invalid));
    }

    List<LayoutBlock> invalid(ListArguments.Result.Invalid invalid) {
        String valid = "Use `" + COMMAND + "` with one of: `all`, `mine`, `attention`, `tier NAME` ("
                + blocks.playbook().tiers().stream()
                        .map(t -> Text.escape(t.label()))
                        .collect(Collectors.joining(", "))
                + "), `phase NAME` ("
                + blocks.playbook().phases().stream()
                        .map(p -> Text.escape(p.label()))
                        .collect(Collectors.joining(", "))
                + "); and to order it, `sort:name`, `sort:assessed` (last assessed first) or `sort:reminder` (next"
                + " reminder first). For example `" + COMMAND + " tier 1 sort:assessed`.";
        return List.of(
                section(s -> s.text(Text.literal(problem(invalid), PortfolioBlocks.SECTION_MAX))),
                section(s -> s.text(markdownText(Text.clip(valid, PortfolioBlocks.SECTION_MAX)))));
    }

    /** What is wrong, with what was typed as typed (shown in plain_text). */
    private static String problem(ListArguments.Result.Invalid invalid) {
        String given = invalid.given();
        return switch (invalid.problem()) {
            case FILTER -> "Not a filter: " + given;
            case TIER -> given.isBlank() ? "Which tier? Give its name or level." : "No tier named " + given;
            case PHASE -> given.isBlank() ? "Which phase? Give its name." : "No phase named " + given;
            case SORT -> given.isBlank() ? "Which order? Give name, assessed or reminder." : "Not an order: " + given;
        };
    }
}
