package com.partnerbot.slack.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.frameworks.ReminderKind;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.portfolio.Attention;
import com.partnerbot.portfolio.Dashboard;
import com.partnerbot.portfolio.Flagged;
import com.partnerbot.portfolio.ListArguments;
import com.partnerbot.portfolio.PortfolioFilter;
import com.partnerbot.portfolio.PortfolioPage;
import com.partnerbot.portfolio.PortfolioQuery;
import com.partnerbot.portfolio.PortfolioRow;
import com.partnerbot.portfolio.PortfolioSort;
import com.partnerbot.portfolio.Tally;
import com.partnerbot.portfolio.TeamOverview;
import com.partnerbot.portfolio.UpcomingReminder;
import com.partnerbot.testing.TextObjects;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The list message and the Home tab: within Slack's block limits whatever the workspace holds, names as typed (in
 * plain_text), and page buttons and the filter menu carrying what they show.
 */
class PortfolioRenderingTest {
    private static final String NAME = "*AT&T* <!channel> _x_ :tada:";
    private static final Instant AT = Instant.parse("2026-08-31T09:30:00Z");
    private static final PortfolioBlocks BLOCKS = new PortfolioBlocks(PlaybookLoader.loadDefault());

    private static PortfolioRow row(int i) {
        return new PortfolioRow(
                "p" + i,
                i == 0 ? NAME : "Partner " + i,
                "C" + i,
                "U" + i,
                Optional.of("real"),
                Optional.of("tier_1"),
                Optional.of("full"),
                Optional.of(AT),
                Optional.of("crawl"),
                Optional.of(upcoming(i)),
                Set.of(Attention.HANDSHAKE, Attention.GATE_DUE));
    }

    private static UpcomingReminder upcoming(int i) {
        return new UpcomingReminder(
                "r" + i,
                "p" + i,
                i == 0 ? NAME : "Partner " + i,
                ReminderKind.CHECK_IN,
                "Week 3 <check-in>",
                AT,
                "UTC");
    }

    private static PortfolioPage page(PortfolioFilter filter, PortfolioSort sort, int index, int total, int size) {
        var query = new PortfolioQuery("T1", "U1", filter, sort, index, size);
        int shown = Math.min(size, Math.max(0, total - index * size));
        return new PortfolioPage(
                query,
                IntStream.range(0, shown).mapToObj(PortfolioRenderingTest::row).toList(),
                index,
                Math.max(1, (total + size - 1) / size),
                total);
    }

    /** A workspace of 10,000 partnerships with every list of Home full. */
    private static Dashboard full(PortfolioFilter filter) {
        var team = new TeamOverview(
                10_000,
                new Tally(Map.of("real", 5_000, "one_sided", 2_000, "handshake", 1_000), 2_000),
                new Tally(Map.of("tier_1", 3_000, "tier_2", 2_000, "tier_3", 500), 4_500),
                new Tally(Map.of("crawl", 3_000, "walk", 2_000), 5_000),
                IntStream.range(0, 4_000)
                        .mapToObj(i ->
                                new Flagged("p" + i, Optional.empty(), Optional.empty(), Set.of(Attention.OVERDUE)))
                        .toList(),
                Map.of(),
                Map.of(Attention.HANDSHAKE, 1_000, Attention.OVERDUE, 3_000),
                IntStream.range(0, 5).mapToObj(PortfolioRenderingTest::row).toList(),
                IntStream.range(0, 8).mapToObj(PortfolioRenderingTest::upcoming).toList(),
                11_000,
                AT);
        return new Dashboard(
                team,
                page(PortfolioFilter.MINE, PortfolioSort.NAME, 0, 200, 5),
                page(filter, PortfolioSort.NAME, 3, 10_000, 10));
    }

    /** A program with nothing to attend to and no reminders coming. */
    private static TeamOverview quiet(int total, Tally verdicts, Tally tiers) {
        return new TeamOverview(
                total,
                verdicts,
                tiers,
                new Tally(Map.of(), total),
                List.of(),
                Map.of(),
                Map.of(),
                List.of(),
                List.of(),
                0,
                AT);
    }

    private static JsonNode home(Dashboard dashboard) {
        return TextObjects.json(new HomeRenderer(BLOCKS).render(dashboard));
    }

    private static String valueOf(JsonNode blocks, String actionId) {
        for (JsonNode block : blocks) {
            for (JsonNode element : block.path("elements")) {
                if (actionId.equals(element.path("action_id").asText())) {
                    return element.path("value").asText();
                }
            }
        }
        return null;
    }

    @Test
    void homeStaysWithinSlacksHundredBlocksWithEveryListFull() {
        JsonNode view = home(full(PortfolioFilter.ALL));
        assertThat(view.path("type").asText()).isEqualTo("home");
        assertThat(view.path("blocks").size()).isLessThanOrEqualTo(100).isEqualTo(45);
        String text = view.toString();
        assertThat(text)
                .contains("*Partnerships*\\n10000")
                .contains("*Needs attention*\\n4000")
                .contains("Real partnership: 5000")
                .contains("Tier 1: Integration Partner (self-serve): 3000")
                .contains("Crawl: 3000")
                .contains("Run: 0")
                .contains("no phase running: 5000")
                .contains("handshake: nothing committed: *1000*")
                .contains("…and 195 more")
                .contains("…and 3995 more")
                .contains("…and 10992 more")
                .contains("Week 3 &lt;check-in&gt;")
                .contains("Page 4 of 1000");
        TextObjects.assertShownAsTyped(view, NAME);
    }

    @Test
    void homesFilterMenuShowsTheFilterChosenAndItsPagesCarryIt() {
        JsonNode view = home(full(PortfolioFilter.tier("tier_2")));
        JsonNode filter = null;
        for (JsonNode block : view.path("blocks")) {
            if (PortfolioIds.HOME_FILTER_BLOCK.equals(block.path("block_id").asText())) {
                filter = block.path("accessory");
            }
        }
        assertThat(filter).isNotNull();
        assertThat(filter.path("type").asText()).isEqualTo("static_select");
        assertThat(filter.path("action_id").asText()).isEqualTo(PortfolioIds.HOME_FILTER_ACTION);
        assertThat(filter.path("initial_option").path("value").asText()).isEqualTo("tier:tier_2");
        List<String> options = filter.path("options").findValuesAsText("value");
        assertThat(options)
                .containsExactly(
                        "all",
                        "mine",
                        "attention",
                        "tier:tier_1",
                        "tier:tier_2",
                        "tier:tier_3",
                        "phase:crawl",
                        "phase:walk",
                        "phase:run");
        assertThat(filter.path("options").findValuesAsText("text"))
                .allSatisfy(text -> assertThat(text.length()).isLessThanOrEqualTo(75));
        assertThat(valueOf(view.path("blocks"), PortfolioIds.HOME_NEXT_ACTION)).isEqualTo("tier:tier_2|name|4");
        assertThat(valueOf(view.path("blocks"), PortfolioIds.HOME_PREVIOUS_ACTION))
                .isEqualTo("tier:tier_2|name|2");
    }

    @Test
    void anEmptyWorkspacesHomeSaysHowToStart() {
        JsonNode view = home(new Dashboard(
                quiet(0, new Tally(Map.of(), 0), new Tally(Map.of(), 0)),
                page(PortfolioFilter.MINE, PortfolioSort.NAME, 0, 0, 5),
                page(PortfolioFilter.ALL, PortfolioSort.NAME, 0, 0, 10)));
        assertThat(view.toString()).contains("No partnerships yet").contains("/partner new Acme");
        assertThat(view.path("blocks").size()).isEqualTo(3);
    }

    @Test
    void aQuietProgramsHomeSaysSo() {
        JsonNode view = home(new Dashboard(
                quiet(1, new Tally(Map.of("real", 1), 0), new Tally(Map.of("tier_1", 1), 0)),
                page(PortfolioFilter.MINE, PortfolioSort.NAME, 0, 0, 5),
                page(PortfolioFilter.ATTENTION, PortfolioSort.NAME, 0, 0, 10)));
        assertThat(view.toString())
                .contains("nothing right now")
                .contains("no reminders")
                .contains("you own none")
                .contains("none match")
                .doesNotContain(PortfolioIds.HOME_NEXT_ACTION);
    }

    @Test
    void aListPageStaysWithinAMessagesFiftyBlocksAndItsButtonsKeepFilterAndOrder() {
        var list = new ListRenderer(BLOCKS);
        PortfolioPage middle = page(PortfolioFilter.phase("walk"), PortfolioSort.REMINDER, 1, 35, 10);
        JsonNode blocks = TextObjects.json(list.render(middle));
        assertThat(blocks.size()).isLessThanOrEqualTo(50).isEqualTo(14);
        assertThat(valueOf(blocks, PortfolioIds.LIST_NEXT_ACTION)).isEqualTo("phase:walk|reminder|2");
        assertThat(valueOf(blocks, PortfolioIds.LIST_PREVIOUS_ACTION)).isEqualTo("phase:walk|reminder|0");
        assertThat(blocks.toString())
                .contains("Phase: Walk* 11–20 of 35, next reminder first")
                .contains("Page 2 of 4")
                .contains(":warning: handshake: nothing committed  ·  gate review due")
                .contains("Owner <@U1>  ·  <#C1>")
                .contains("last assessed 2026-08-31")
                .contains("next: Weekly check-in <!date^");
        TextObjects.assertShownAsTyped(blocks, NAME);
        assertThat(list.fallbackText(middle)).isEqualTo("Phase: Walk 11-20 of 35");
        var pageValue = PortfolioIds.PageValue.decode("phase:walk|reminder|2", PlaybookLoader.loadDefault());
        assertThat(pageValue)
                .isEqualTo(new PortfolioIds.PageValue(PortfolioFilter.phase("walk"), PortfolioSort.REMINDER, 2));
    }

    @Test
    void anEmptyListSaysWhatItShows() {
        var list = new ListRenderer(BLOCKS);
        assertThat(TextObjects.json(list.render(page(PortfolioFilter.ALL, PortfolioSort.NAME, 0, 0, 10)))
                        .toString())
                .contains("No partnerships in this workspace yet");
        PortfolioPage mine = page(PortfolioFilter.MINE, PortfolioSort.NAME, 0, 0, 10);
        assertThat(TextObjects.json(list.render(mine)).toString()).contains("Mine (as owner)*: no partnerships");
        assertThat(list.fallbackText(mine)).isEqualTo("Mine (as owner): none.");
    }

    @Test
    void wordsThatAreNoFilterAreEchoedAsTypedWithWhatIsValid() {
        var list = new ListRenderer(BLOCKS);
        var invalid = new ListArguments.Result.Invalid(ListArguments.Problem.FILTER, NAME);
        JsonNode blocks = TextObjects.json(list.invalid(invalid));
        TextObjects.assertShownAsTyped(blocks, NAME);
        assertThat(blocks.toString())
                .contains("`mine`")
                .contains("`attention`")
                .contains("Tier 1: Integration Partner (self-serve)")
                .contains("Crawl, Walk, Run")
                .contains("sort:reminder");
        TextObjects.assertEscapedOnce(list.invalidText(invalid), NAME);
        assertThat(TextObjects.json(list.invalid(new ListArguments.Result.Invalid(ListArguments.Problem.TIER, "")))
                        .toString())
                .contains("Which tier?");
    }

    @Test
    void aPageButtonFromAnOlderVersionOrForgedShowsTheFirstPageOfEverything() {
        var playbook = PlaybookLoader.loadDefault();
        var start = new PortfolioIds.PageValue(PortfolioFilter.ALL, PortfolioSort.NAME, 0);
        for (String value : new String[] {"3", "tier:tier_9|name|1", "all|newest|1", "", null, "a|b"}) {
            assertThat(PortfolioIds.PageValue.decode(value, playbook)).as(value).isEqualTo(start);
        }
        assertThat(PortfolioIds.PageValue.decode("mine|assessed|x", playbook))
                .isEqualTo(new PortfolioIds.PageValue(PortfolioFilter.MINE, PortfolioSort.ASSESSED, 0));
        assertThat(PortfolioIds.PageValue.decode("mine|assessed|-3", playbook).page())
                .isZero();
    }
}
