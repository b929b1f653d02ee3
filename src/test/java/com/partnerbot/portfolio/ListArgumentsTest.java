package com.partnerbot.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.portfolio.ListArguments.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code /partner list} reads from the words after it, with the default playbook's tiers and phases. */
class ListArgumentsTest {
    private static final Playbook PLAYBOOK = PlaybookLoader.loadDefault();

    private static ListArguments read(String text) {
        var result = ListArguments.parse(text, PLAYBOOK);
        assertThat(result).as(text).isInstanceOf(ListArguments.Result.Read.class);
        return ((ListArguments.Result.Read) result).arguments();
    }

    private static ListArguments.Result.Invalid invalid(String text) {
        var result = ListArguments.parse(text, PLAYBOOK);
        assertThat(result).as(text).isInstanceOf(ListArguments.Result.Invalid.class);
        return (ListArguments.Result.Invalid) result;
    }

    @Test
    void nothingOrAllIsEverythingByName() {
        for (String text : new String[] {"", "   ", "all", "ALL", null}) {
            assertThat(read(text)).isEqualTo(new ListArguments(PortfolioFilter.ALL, PortfolioSort.NAME));
        }
    }

    @Test
    void mineAndAttentionWhateverTheirCase() {
        assertThat(read("Mine").filter()).isEqualTo(PortfolioFilter.MINE);
        for (String text : List.of("attention", "Needs Attention", "needs   attention", "needs-attention")) {
            assertThat(read(text).filter()).as(text).isEqualTo(PortfolioFilter.ATTENTION);
        }
    }

    @Test
    void aTierIsNamedByItsLevelIdLabelOrLabelUpToTheColon() {
        for (String text : List.of(
                "tier 2",
                "tier tier_2",
                "TIER Tier 2",
                "tier   tier   2",
                "tier Tier 2: Partnership Partner (joint development)")) {
            assertThat(read(text).filter()).as(text).isEqualTo(PortfolioFilter.tier("tier_2"));
        }
        assertThat(invalid("tier 9")).isEqualTo(new ListArguments.Result.Invalid(Problem.TIER, "9"));
        assertThat(invalid("tier")).isEqualTo(new ListArguments.Result.Invalid(Problem.TIER, ""));
        assertThat(invalid("tier Tier")).isEqualTo(new ListArguments.Result.Invalid(Problem.TIER, "Tier"));
    }

    @Test
    void aPhaseIsNamedByItsIdOrLabel() {
        assertThat(read("phase crawl").filter()).isEqualTo(PortfolioFilter.phase("crawl"));
        assertThat(read("Phase  WALK").filter()).isEqualTo(PortfolioFilter.phase("walk"));
        assertThat(invalid("phase sprint")).isEqualTo(new ListArguments.Result.Invalid(Problem.PHASE, "sprint"));
        assertThat(invalid("phase")).isEqualTo(new ListArguments.Result.Invalid(Problem.PHASE, ""));
    }

    @Test
    void anOrderGoesAnywhereAndTheLastOneCounts() {
        assertThat(read("attention sort:reminder"))
                .isEqualTo(new ListArguments(PortfolioFilter.ATTENTION, PortfolioSort.REMINDER));
        assertThat(read("sort:Assessed tier 1"))
                .isEqualTo(new ListArguments(PortfolioFilter.tier("tier_1"), PortfolioSort.ASSESSED));
        assertThat(read("SORT: reminder mine"))
                .isEqualTo(new ListArguments(PortfolioFilter.MINE, PortfolioSort.REMINDER));
        assertThat(read("sort:reminder sort:name"))
                .isEqualTo(new ListArguments(PortfolioFilter.ALL, PortfolioSort.NAME));
    }

    @Test
    void anythingElseSaysWhichPartIsWrong() {
        assertThat(invalid("sort:when")).isEqualTo(new ListArguments.Result.Invalid(Problem.SORT, "when"));
        assertThat(invalid("mine sort:")).isEqualTo(new ListArguments.Result.Invalid(Problem.SORT, ""));
        assertThat(invalid("everything sort:name"))
                .isEqualTo(new ListArguments.Result.Invalid(Problem.FILTER, "everything"));
        assertThat(invalid("mine attention"))
                .isEqualTo(new ListArguments.Result.Invalid(Problem.FILTER, "mine attention"));
        assertThat(invalid("resort:name")).isEqualTo(new ListArguments.Result.Invalid(Problem.FILTER, "resort:name"));
    }

    @Test
    void aFilterTravelsAsAToken() {
        List<PortfolioFilter> all = List.of(
                PortfolioFilter.ALL,
                PortfolioFilter.MINE,
                PortfolioFilter.ATTENTION,
                PortfolioFilter.tier("tier_3"),
                PortfolioFilter.phase("run"));
        for (PortfolioFilter filter : all) {
            assertThat(PortfolioFilter.fromToken(filter.token(), PLAYBOOK)).contains(filter);
        }
        assertThat(all)
                .extracting(PortfolioFilter::token)
                .containsExactly("all", "mine", "attention", "tier:tier_3", "phase:run");
        for (String gone : new String[] {"tier:tier_9", "phase:sprint", "tier:", "everything", "", null}) {
            assertThat(PortfolioFilter.fromToken(gone, PLAYBOOK)).as(gone).isEmpty();
        }
    }

    @Test
    void anOrderIsNamedByItsIdWhateverTheCase() {
        assertThat(PortfolioSort.of(" Reminder ")).contains(PortfolioSort.REMINDER);
        assertThat(PortfolioSort.of("assessed")).contains(PortfolioSort.ASSESSED);
        assertThat(PortfolioSort.of("newest")).isEmpty();
        assertThat(PortfolioSort.of(null)).isEmpty();
        assertThat(PortfolioSort.ASSESSED.id()).isEqualTo("assessed");
        assertThat(Attention.of("gate_due")).contains(Attention.GATE_DUE);
        assertThat(Attention.NOT_POSTED.id()).isEqualTo("not_posted");
        assertThat(Attention.of("later")).isEmpty();
    }
}
