package com.partnerbot.portfolio;

import static com.partnerbot.testing.PortfolioData.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.frameworks.ReminderKind;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.store.Database;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.PortfolioData;
import com.partnerbot.testing.TestClock;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** The portfolio service on a real SQLite file: pages, the overview it keeps, the Home dashboard and Home's state. */
@OnEachDatabase
class PortfolioTest {
    @Parameter
    TestDatabases.Kind kind;

    @TempDir
    Path dir;

    private Database db;
    private TestClock clock;
    private Portfolio portfolio;
    private PortfolioData data;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        clock = new TestClock(NOW);
        portfolio = new Portfolio(db.jdbi(), PlaybookLoader.loadDefault(), clock);
        data = new PortfolioData(db.jdbi(), "T1");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private PortfolioPage page(PortfolioFilter filter, PortfolioSort sort, int page) {
        return portfolio.page(new PortfolioQuery("T1", "U7", filter, sort, page, 3));
    }

    private static List<String> names(PortfolioPage page) {
        return page.rows().stream().map(PortfolioRow::name).toList();
    }

    @Test
    void aPageIsClampedToThePagesThereAre() {
        IntStream.rangeClosed(1, 7).forEach(i -> data.partnership("P" + i, "U1"));
        PortfolioPage last = page(PortfolioFilter.ALL, PortfolioSort.NAME, 9);
        assertThat(names(last)).containsExactly("P7");
        assertThat(last.index()).isEqualTo(2);
        assertThat(last.count()).isEqualTo(3);
        assertThat(last.total()).isEqualTo(7);
        assertThat(last.first()).isEqualTo(7);
        assertThat(last.last()).isEqualTo(7);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.hasPrevious()).isTrue();
        PortfolioPage first = page(PortfolioFilter.ALL, PortfolioSort.NAME, -4);
        assertThat(names(first)).containsExactly("P1", "P2", "P3");
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(first.first()).isEqualTo(1);
        assertThat(first.last()).isEqualTo(3);
    }

    @Test
    void aListThatFillsItsPagesExactlyHasNoEmptyPageAfter() {
        IntStream.rangeClosed(1, 6).forEach(i -> data.partnership("P" + i, "U1"));
        PortfolioPage last = page(PortfolioFilter.ALL, PortfolioSort.NAME, 5);
        assertThat(last.count()).isEqualTo(2);
        assertThat(names(last)).containsExactly("P4", "P5", "P6");
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void anEmptyListIsOneEmptyPage() {
        PortfolioPage none = page(PortfolioFilter.MINE, PortfolioSort.REMINDER, 2);
        assertThat(none.rows()).isEmpty();
        assertThat(none.index()).isZero();
        assertThat(none.count()).isEqualTo(1);
        assertThat(none.first()).isZero();
        assertThat(none.last()).isZero();
        assertThat(none.hasNext()).isFalse();
        assertThat(page(PortfolioFilter.ATTENTION, PortfolioSort.NAME, 1).rows())
                .isEmpty();
    }

    @Test
    void eachFilterShowsWhatItNames() {
        data.partnership("Mine", "U7");
        data.partnership("Theirs", "U8");
        data.assessed("Mine", "real", "tier_1", 1).assessed("Theirs", "handshake", null, 1);
        data.phase("Theirs", 1, "walk");
        assertThat(names(page(PortfolioFilter.MINE, PortfolioSort.NAME, 0))).containsExactly("Mine");
        assertThat(names(page(PortfolioFilter.tier("tier_1"), PortfolioSort.NAME, 0)))
                .containsExactly("Mine");
        assertThat(names(page(PortfolioFilter.phase("walk"), PortfolioSort.NAME, 0)))
                .containsExactly("Theirs");
        assertThat(names(page(PortfolioFilter.ATTENTION, PortfolioSort.NAME, 0)))
                .containsExactly("Theirs");
        assertThat(names(page(PortfolioFilter.ALL, PortfolioSort.NAME, 0))).containsExactly("Mine", "Theirs");
    }

    @Test
    void aRowCarriesItsNextReminderAndWhyItNeedsAttention() {
        data.partnership("Acme", "U7");
        data.assessed("Acme", "handshake", null, 2);
        data.charter("Acme", 1, "us");
        data.scheduled("Acme", "gate_review", 9);
        data.scheduled("Acme", "check_in", 4);
        data.phase("Acme", 1, "crawl");
        PortfolioRow row =
                page(PortfolioFilter.ALL, PortfolioSort.NAME, 0).rows().get(0);
        assertThat(row.verdictId()).contains("handshake");
        assertThat(row.tierId()).isEmpty();
        assertThat(row.investmentId()).contains("full");
        assertThat(row.assessedAt()).contains(NOW.minus(Duration.ofDays(2)));
        assertThat(row.phaseId()).contains("crawl");
        assertThat(row.ownerUserId()).isEqualTo("U7");
        assertThat(row.channelId()).isEqualTo(PortfolioData.channel("Acme"));
        assertThat(row.next()).hasValueSatisfying(next -> {
            assertThat(next.kind()).isEqualTo(ReminderKind.CHECK_IN);
            assertThat(next.dueAt()).isEqualTo(NOW.plus(Duration.ofDays(4)));
            assertThat(next.partnershipName()).isEqualTo("Acme");
            assertThat(next.label()).isEqualTo("check_in of Acme");
            assertThat(next.timeZone()).isEqualTo("UTC");
        });
        assertThat(row.attention()).containsExactlyInAnyOrder(Attention.HANDSHAKE, Attention.CHARTER_UNSIGNED);
    }

    @Test
    void thoseThatNeedAttentionArePagedInTheOrderAskedFor() {
        data.partnership("Old handshake", "U1");
        data.partnership("New handshake", "U1");
        data.partnership("Unsigned", "U1");
        data.partnership("Fine", "U1");
        data.assessed("Old handshake", "handshake", null, 40).assessed("New handshake", "handshake", null, 2);
        data.assessed("Fine", "real", "tier_1", 1);
        data.charter("Unsigned", 1);
        data.scheduled("Old handshake", "follow_up", 3);
        data.scheduled("Unsigned", "check_in", 1);
        assertThat(names(page(PortfolioFilter.ATTENTION, PortfolioSort.NAME, 0)))
                .containsExactly("New handshake", "Old handshake", "Unsigned");
        assertThat(names(page(PortfolioFilter.ATTENTION, PortfolioSort.ASSESSED, 0)))
                .containsExactly("New handshake", "Old handshake", "Unsigned");
        assertThat(names(page(PortfolioFilter.ATTENTION, PortfolioSort.REMINDER, 0)))
                .containsExactly("Unsigned", "Old handshake", "New handshake");
        PortfolioPage second = page(PortfolioFilter.ATTENTION, PortfolioSort.NAME, 1);
        assertThat(second.index()).as("only one page").isZero();
        assertThat(names(second)).containsExactly("New handshake", "Old handshake", "Unsigned");
        data.partnership("Zeta", "U1");
        data.assessed("Zeta", "handshake", null, 1);
        portfolio.changed("T1");
        second = page(PortfolioFilter.ATTENTION, PortfolioSort.NAME, 1);
        assertThat(names(second)).containsExactly("Zeta");
        assertThat(second.index()).isEqualTo(1);
        assertThat(second.total()).isEqualTo(4);
        var unsigned = page(PortfolioFilter.ATTENTION, PortfolioSort.REMINDER, 0)
                .rows()
                .get(0);
        assertThat(unsigned.attention()).containsExactly(Attention.CHARTER_UNSIGNED);
        assertThat(unsigned.next()).isPresent();
    }

    @Test
    void theOverviewCountsTheProgramAndCarriesTheFirstOfEachList() {
        IntStream.rangeClosed(1, 7).forEach(i -> data.partnership("Shake " + i, "U1"));
        IntStream.rangeClosed(1, 7).forEach(i -> data.assessed("Shake " + i, "handshake", null, i));
        data.partnership("Real", "U1");
        data.partnership("Never", "U1");
        data.assessed("Real", "real", "tier_2", 1);
        data.charter("Real", 1);
        data.charter("Shake 1", 1);
        data.phase("Real", 1, "crawl");
        IntStream.rangeClosed(1, 10).forEach(i -> data.scheduled("Real", "check_in", i - 1));
        data.scheduled("Never", "follow_up", 6);
        data.in("T2").partnership("Elsewhere", "U1");

        TeamOverview team = portfolio.overview("T1");
        assertThat(team.total()).isEqualTo(9);
        assertThat(team.verdicts()).isEqualTo(new Tally(Map.of("handshake", 7, "real", 1), 1));
        assertThat(team.tiers()).isEqualTo(new Tally(Map.of("tier_2", 1), 8));
        assertThat(team.phases()).isEqualTo(new Tally(Map.of("crawl", 1), 8));
        assertThat(team.phases().of("walk")).isZero();
        assertThat(team.verdicts().of("handshake")).isEqualTo(7);
        assertThat(team.attentionTotal()).isEqualTo(8);
        assertThat(team.attentionByReason()).isEqualTo(Map.of(Attention.HANDSHAKE, 7, Attention.CHARTER_UNSIGNED, 2));
        assertThat(team.attentionFirst())
                .extracting(PortfolioRow::name)
                .containsExactly("Real", "Shake 1", "Shake 2", "Shake 3", "Shake 4");
        assertThat(team.attentionFirst().get(1).attention())
                .containsExactlyInAnyOrder(Attention.HANDSHAKE, Attention.CHARTER_UNSIGNED);
        assertThat(team.reasons())
                .containsEntry("Real", Set.of(Attention.CHARTER_UNSIGNED))
                .hasSize(8);
        assertThat(team.upcoming()).hasSize(8);
        assertThat(team.upcoming().get(0).dueAt()).isEqualTo(NOW);
        assertThat(team.upcomingTotal()).isEqualTo(8);
        assertThat(team.at()).isEqualTo(NOW);
    }

    @Test
    void theOverviewIsKeptUntilTheWorkspaceChanges() {
        data.partnership("Acme", "U1");
        assertThat(portfolio.overview("T1").attentionTotal()).isZero();
        data.assessed("Acme", "handshake", null, 0);
        assertThat(portfolio.overview("T1").attentionTotal()).isZero();
        assertThat(page(PortfolioFilter.ATTENTION, PortfolioSort.NAME, 0).rows())
                .isEmpty();
        portfolio.changed("T2");
        assertThat(portfolio.overview("T1").attentionTotal()).isZero();
        portfolio.changed("T1");
        assertThat(portfolio.overview("T1").attentionTotal()).isEqualTo(1);
        assertThat(names(page(PortfolioFilter.ATTENTION, PortfolioSort.NAME, 0)))
                .containsExactly("Acme");
    }

    @Test
    void aPartnershipFlaggedBetweenTheOverviewsTwoReadsWaitsForTheNextOverview() {
        data.partnership("Acme", "U1");
        data.assessed("Acme", "handshake", null, 1);
        AtomicBoolean assessed = new AtomicBoolean();
        // Another person's assessment lands after the reasons were read and before the flagged list is.
        db.jdbi().addCustomizer(new StatementCustomizer() {
            @Override
            public void beforeExecution(PreparedStatement statement, StatementContext ctx) {
                if (ctx.getRawSql().startsWith("SELECT p.id AS partnership_id, p.latest_assessed_at")
                        && assessed.compareAndSet(false, true)) {
                    data.partnership("Late", "U1");
                    data.assessed("Late", "handshake", null, 0);
                }
            }
        });
        TeamOverview team = portfolio.overview("T1");
        assertThat(assessed).isTrue();
        assertThat(team.attention()).extracting(Flagged::partnershipId).containsExactly("Acme");
        assertThat(team.attentionByReason()).isEqualTo(Map.of(Attention.HANDSHAKE, 1));
        portfolio.changed("T1");
        assertThat(portfolio.overview("T1").attention())
                .extracting(Flagged::partnershipId)
                .containsExactly("Acme", "Late");
    }

    @Test
    void aPartnershipRemovedWhileTheOverviewIsKeptIsLeftOutOfItsPage() {
        data.partnership("Acme", "U1");
        data.partnership("Beta", "U1");
        data.assessed("Acme", "handshake", null, 1).assessed("Beta", "handshake", null, 1);
        assertThat(portfolio.overview("T1").attentionTotal()).isEqualTo(2);
        // The app never deletes a partnership; someone working on the database by hand may.
        db.jdbi().useTransaction(h -> {
            h.execute("DELETE FROM partnership_name_gram WHERE team_id = 'T1' AND partnership_id = 'Acme'");
            h.execute("DELETE FROM partnership WHERE team_id = 'T1' AND id = 'Acme'");
        });
        assertThat(names(page(PortfolioFilter.ATTENTION, PortfolioSort.NAME, 0)))
                .containsExactly("Beta");
    }

    @Test
    void theOverviewStandsAMinuteForWhatOnlyTimeChanges() {
        data.partnership("Acme", "U1");
        data.sent("Acme", "check_in", 6, NOW.plus(Duration.ofSeconds(30)), null);
        assertThat(portfolio.overview("T1").attentionTotal()).isZero();
        clock.advance(Duration.ofSeconds(59));
        assertThat(portfolio.overview("T1").attentionTotal()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(portfolio.overview("T1").attentionByReason()).isEqualTo(Map.of(Attention.OVERDUE, 1));
    }

    @Test
    void aReminderThatCouldNotBePostedNeedsAttentionForAWeek() {
        data.partnership("Lately", "U1");
        data.partnership("Long ago", "U1");
        data.ended("Lately", "follow_up", "failed", 6);
        data.ended("Long ago", "follow_up", "failed", 8);
        assertThat(names(page(PortfolioFilter.ATTENTION, PortfolioSort.NAME, 0)))
                .containsExactly("Lately");
        assertThat(page(PortfolioFilter.ALL, PortfolioSort.NAME, 0).rows())
                .extracting(PortfolioRow::attention)
                .containsExactly(Set.of(Attention.NOT_POSTED), Set.of());
    }

    @Test
    void theDashboardIsTheOverviewWithTheReadersOwnAndTheirListsPage() {
        data.partnership("Acme", "U7");
        data.partnership("Beta", "U7");
        data.partnership("Cyan", "U8");
        data.assessed("Cyan", "handshake", null, 1);
        data.assessed("Beta", "real", "tier_1", 1);
        Dashboard home = portfolio.dashboard("T1", "U7", new HomeState(PortfolioFilter.ATTENTION, 3), 1);
        assertThat(home.team().attentionTotal()).isEqualTo(1);
        assertThat(names(home.mine())).containsExactly("Acme");
        assertThat(home.mine().total()).isEqualTo(2);
        assertThat(names(home.list())).containsExactly("Cyan");
        assertThat(home.list().rows().get(0).attention()).containsExactly(Attention.HANDSHAKE);
        assertThat(home.list().query().size()).isEqualTo(Portfolio.PAGE_SIZE);

        Dashboard tier = portfolio.dashboard("T1", "U8", new HomeState(PortfolioFilter.tier("tier_1"), 0), 5);
        assertThat(names(tier.list())).containsExactly("Beta");
        assertThat(names(tier.mine())).containsExactly("Cyan");
        assertThat(tier.mine().rows().get(0).attention()).containsExactly(Attention.HANDSHAKE);
    }

    @Test
    void homeRemembersEachPersonsFilterAndPage() {
        assertThat(portfolio.homeState("T1", "U7")).isEqualTo(HomeState.START);
        portfolio.rememberHomeState("T1", "U7", new HomeState(PortfolioFilter.phase("walk"), 2));
        portfolio.rememberHomeState("T1", "U8", new HomeState(PortfolioFilter.MINE, -1));
        assertThat(portfolio.homeState("T1", "U7")).isEqualTo(new HomeState(PortfolioFilter.phase("walk"), 2));
        assertThat(portfolio.homeState("T1", "U8")).isEqualTo(new HomeState(PortfolioFilter.MINE, 0));
        assertThat(portfolio.homeState("T2", "U7")).isEqualTo(HomeState.START);
        portfolio.rememberHomeState("T1", "U7", new HomeState(PortfolioFilter.ATTENTION, 0));
        assertThat(portfolio.homeState("T1", "U7")).isEqualTo(new HomeState(PortfolioFilter.ATTENTION, 0));
        // A tier the playbook no longer has: back to the start.
        portfolio.rememberHomeState("T1", "U9", new HomeState(PortfolioFilter.tier("tier_9"), 1));
        assertThat(portfolio.homeState("T1", "U9")).isEqualTo(HomeState.START);
    }
}
