package com.partnerbot.store;

import static com.partnerbot.testing.PortfolioData.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.partnerbot.store.PortfolioDao.Narrowing;
import com.partnerbot.store.PortfolioDao.Order;
import com.partnerbot.testing.PortfolioData;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** The portfolio's SQL on a real SQLite file with the production migrations. */
@OnEachDatabase
class PortfolioDaoTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final long NOW_MS = NOW.toEpochMilli();
    private static final long WEEK_AGO = NOW.minus(Duration.ofDays(7)).toEpochMilli();

    @TempDir
    Path dir;

    private Database db;
    private PortfolioDao dao;
    private PortfolioData data;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        dao = db.jdbi().onDemand(PortfolioDao.class);
        data = new PortfolioData(db.jdbi(), "T1");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> names(List<PortfolioDao.Row> rows) {
        return rows.stream().map(PortfolioDao.Row::name).toList();
    }

    private List<String> attention() {
        return dao.attention("T1", NOW_MS, WEEK_AGO).stream()
                .map(f -> f.partnershipId() + ":" + f.reason())
                .sorted()
                .toList();
    }

    @Test
    void pagesAreCountedAndCutByTheDatabaseInNameOrderWhateverTheCase() {
        IntStream.rangeClosed(1, 23).forEach(i -> data.partnership(String.format("Partner %02d", i), "U1"));
        data.partnership("alpha", "U1");
        data.partnership("Zeta", "U1");
        assertThat(dao.count("T1", Narrowing.ANY, null)).isEqualTo(25);
        assertThat(names(dao.page("T1", Narrowing.ANY, null, Order.NAME, 10, 0)))
                .startsWith("alpha", "Partner 01")
                .hasSize(10)
                .endsWith("Partner 09");
        assertThat(names(dao.page("T1", Narrowing.ANY, null, Order.NAME, 10, 20)))
                .containsExactly("Partner 20", "Partner 21", "Partner 22", "Partner 23", "Zeta");
        assertThat(dao.page("T1", Narrowing.ANY, null, Order.NAME, 10, 30)).isEmpty();
    }

    @Test
    void aRowCarriesTheNewestAssessmentsOutcomeAndThePhaseRunningNow() {
        data.partnership("Acme", "U7");
        data.assessed("Acme", "real", "tier_1", 3);
        data.phase("Acme", 1, "crawl");
        var row = dao.rows("T1", List.of("Acme")).get(0);
        assertThat(row)
                .isEqualTo(new PortfolioDao.Row(
                        "Acme",
                        "Acme",
                        PortfolioData.channel("Acme"),
                        "U7",
                        "real",
                        "tier_1",
                        "full",
                        NOW.minus(Duration.ofDays(3)).toEpochMilli(),
                        "crawl"));
    }

    @Test
    void eachNarrowingCountsAndPagesOnlyWhatItNames() {
        data.partnership("Acme", "U7");
        data.partnership("Beta", "U8");
        data.partnership("Cyan", "U7");
        data.assessed("Acme", "real", "tier_1", 1).assessed("Beta", "real", "tier_2", 1);
        data.assessed("Cyan", "handshake", null, 1);
        data.phase("Beta", 1, "crawl");
        String run = data.phase("Cyan", 1, "crawl");
        data.gate("Cyan", run, null);

        assertThat(dao.count("T1", Narrowing.OWNER, "U7")).isEqualTo(2);
        assertThat(names(dao.page("T1", Narrowing.OWNER, "U7", Order.NAME, 10, 0)))
                .containsExactly("Acme", "Cyan");
        assertThat(dao.count("T1", Narrowing.TIER, "tier_2")).isEqualTo(1);
        assertThat(names(dao.page("T1", Narrowing.TIER, "tier_1", Order.NAME, 10, 0)))
                .containsExactly("Acme");
        assertThat(dao.count("T1", Narrowing.PHASE, "crawl")).isEqualTo(1);
        assertThat(names(dao.page("T1", Narrowing.PHASE, "crawl", Order.NAME, 10, 0)))
                .containsExactly("Beta");
        assertThat(dao.count("T1", Narrowing.PHASE, "walk")).isZero();
    }

    @Test
    void lastAssessedComesNewestFirstAndNeverAssessedLastByName() {
        data.partnership("Old", "U1");
        data.partnership("New", "U1");
        data.partnership("Never B", "U1");
        data.partnership("Never A", "U1");
        data.partnership("Middle", "U1");
        data.assessed("Old", "real", null, 90).assessed("New", "real", null, 1);
        data.assessed("Middle", "one_sided", null, 30);
        assertThat(names(dao.page("T1", Narrowing.ANY, null, Order.ASSESSED, 10, 0)))
                .containsExactly("New", "Middle", "Old", "Never A", "Never B");
        assertThat(names(dao.page("T1", Narrowing.ANY, null, Order.ASSESSED, 2, 2)))
                .containsExactly("Old", "Never A");
    }

    @Test
    void nextReminderComesSoonestFirstCountingOnlyThoseWaitingAndNoneLast() {
        data.partnership("Soon", "U1");
        data.partnership("Later", "U1");
        data.partnership("Posted", "U1");
        data.partnership("None", "U1");
        data.scheduled("Soon", "follow_up", 2);
        data.scheduled("Soon", "check_in", 40);
        data.scheduled("Later", "gate_review", 9);
        data.sent("Posted", "follow_up", 1, null, null);
        assertThat(names(dao.page("T1", Narrowing.ANY, null, Order.REMINDER, 10, 0)))
                .containsExactly("Soon", "Later", "None", "Posted");
    }

    @Test
    void anotherWorkspacesRowsNeverAppear() {
        data.partnership("Acme", "U7");
        data.assessed("Acme", "handshake", null, 1);
        data.scheduled("Acme", "follow_up", 1);
        PortfolioData other = data.in("T2");
        other.partnership("Acme", "U7");
        other.partnership("Other", "U7");
        other.assessed("Other", "handshake", "tier_1", 1);
        other.scheduled("Other", "follow_up", 1);
        other.charter("Other", 1);
        String run = other.phase("Other", 1, "crawl");
        other.sent("Other", "gate_review", 1, null, run);

        assertThat(dao.count("T1", Narrowing.ANY, null)).isEqualTo(1);
        assertThat(names(dao.page("T1", Narrowing.OWNER, "U7", Order.REMINDER, 10, 0)))
                .containsExactly("Acme");
        assertThat(dao.count("T1", Narrowing.TIER, "tier_1")).isZero();
        assertThat(dao.count("T1", Narrowing.PHASE, "crawl")).isZero();
        assertThat(dao.rows("T1", List.of("Acme", "Other")))
                .extracting(PortfolioDao.Row::id)
                .containsExactly("Acme");
        assertThat(attention()).containsExactly("Acme:handshake");
        assertThat(dao.attentionOf("T1", List.of("Other", "Acme"), NOW_MS, WEEK_AGO))
                .containsExactly(new PortfolioDao.Reason("Acme", "handshake"));
        assertThat(dao.upcoming("T1", NOW_MS + Duration.ofDays(7).toMillis(), 10))
                .extracting(PortfolioDao.Upcoming::partnershipId)
                .containsExactly("Acme");
        assertThat(dao.waitingFor("T1", List.of("Other"))).isEmpty();
        assertThat(dao.byVerdict("T1")).containsExactly(new PortfolioDao.Count("handshake", 1));
        assertThat(dao.byPhase("T1")).containsExactly(new PortfolioDao.Count(null, 1));
    }

    @Test
    void aHandshakeNeedsAttentionAndOtherVerdictsDoNot() {
        data.partnership("Shake", "U1");
        data.partnership("Real", "U1");
        data.partnership("Never", "U1");
        data.assessed("Shake", "handshake", null, 1).assessed("Real", "real", "tier_1", 1);
        assertThat(attention()).containsExactly("Shake:handshake");
    }

    @Test
    void aCharterNeedsAttentionUntilItsCurrentVersionIsSignedByBothSides() {
        data.partnership("Unsigned", "U1");
        data.partnership("Half", "U1");
        data.partnership("Signed", "U1");
        data.partnership("Edited", "U1");
        data.partnership("No charter", "U1");
        data.charter("Unsigned", 1);
        data.charter("Half", 1, "us");
        data.charter("Signed", 1, "us", "partner");
        data.charter("Edited", 1, "us", "partner").charter("Edited", 2, "partner");
        assertThat(attention())
                .containsExactly("Edited:charter_unsigned", "Half:charter_unsigned", "Unsigned:charter_unsigned");
    }

    @Test
    void aFollowUpIsOverdueOncePostedUntilTheNextAssessment() {
        data.partnership("Waiting", "U1");
        data.partnership("Answered", "U1");
        data.partnership("Never assessed", "U1");
        data.partnership("Not yet due", "U1");
        data.assessed("Waiting", "real", "tier_1", 200).assessed("Answered", "real", "tier_1", 2);
        data.sent("Waiting", "follow_up", 10, null, null);
        data.sent("Answered", "follow_up", 10, null, null);
        data.sent("Never assessed", "follow_up", 10, null, null);
        data.scheduled("Not yet due", "follow_up", 3);
        assertThat(attention()).containsExactly("Never assessed:overdue", "Waiting:overdue");
    }

    @Test
    void aLaunchStageOrCheckInIsOverdueWhenStillOpenAfterItsTime() {
        for (String name : List.of("Stage over", "Stage on", "Stage done", "Check-in over", "Check-in skipped")) {
            data.partnership(name, "U1");
        }
        data.sent("Stage over", "launch_stage", 30, NOW.minus(Duration.ofDays(1)), null);
        data.sent("Stage on", "launch_stage", 3, NOW.plus(Duration.ofDays(10)), null);
        data.ended("Stage done", "launch_stage", "done", 1);
        data.sent("Check-in over", "check_in", 8, NOW, null);
        data.ended("Check-in skipped", "check_in", "not_applicable", 1);
        assertThat(attention()).containsExactly("Check-in over:overdue", "Stage over:overdue");
    }

    @Test
    void aGhostingWarningNeedsAttentionUntilActivityIsRecordedAfterIt() {
        data.partnership("Silent", "U1");
        data.partnership("Spoke", "U1");
        data.partnership("Spoke before", "U1");
        data.partnership("Watched", "U1");
        data.sent("Silent", "ghosting", 5, null, null);
        data.sent("Spoke", "ghosting", 5, null, null);
        data.activity("Spoke", 2);
        data.sent("Spoke before", "ghosting", 5, null, null);
        data.activity("Spoke before", 20);
        data.scheduled("Watched", "ghosting", 3);
        assertThat(attention()).containsExactly("Silent:ghosting", "Spoke before:ghosting");
    }

    @Test
    void aGateReviewOrOverdueNoticeNeedsAttentionUntilThatRunsGateIsRun() {
        data.partnership("Due", "U1");
        data.partnership("Overdue", "U1");
        data.partnership("Gated", "U1");
        data.partnership("Coming", "U1");
        data.sent("Due", "gate_review", 2, null, data.phase("Due", 1, "crawl"));
        data.sent("Overdue", "phase_overdue", 2, null, data.phase("Overdue", 1, "walk"));
        String crawl = data.phase("Gated", 1, "crawl");
        data.sent("Gated", "gate_review", 20, null, crawl);
        data.gate("Gated", crawl, "walk");
        data.phase("Gated", 2, "walk");
        data.scheduled("Coming", "gate_review", 5);
        assertThat(attention()).containsExactly("Due:gate_due", "Overdue:gate_due");
    }

    @Test
    void aReminderThatCouldNotBePostedNeedsAttentionForSevenDays() {
        data.partnership("Failed now", "U1");
        data.partnership("Failed long ago", "U1");
        data.partnership("Missed", "U1");
        data.ended("Failed now", "check_in", "failed", 6);
        data.ended("Failed long ago", "check_in", "failed", 8);
        data.ended("Missed", "launch_stage", "missed", 1);
        assertThat(attention()).containsExactly("Failed now:not_posted");
    }

    @Test
    void theAttentionOfSomeRowsIsTheSameRulesNarrowedToThem() {
        data.partnership("Shake", "U1");
        data.partnership("Both", "U1");
        data.partnership("Fine", "U1");
        data.assessed("Shake", "handshake", null, 1).assessed("Both", "handshake", null, 1);
        data.charter("Both", 1, "us");
        data.sent("Both", "follow_up", 1, null, null);
        data.sent("Both", "follow_up", 2, null, null);
        assertThat(dao.attentionOf("T1", List.of("Both", "Fine"), NOW_MS, WEEK_AGO))
                .extracting(PortfolioDao.Reason::partnershipId, PortfolioDao.Reason::reason)
                .containsExactlyInAnyOrder(
                        tuple("Both", "handshake"), tuple("Both", "charter_unsigned"), tuple("Both", "overdue"));
        assertThat(dao.attentionOf("T1", List.of(), NOW_MS, WEEK_AGO)).isEmpty();
        assertThat(dao.attention("T1", NOW_MS, WEEK_AGO))
                .filteredOn(r -> r.partnershipId().equals("Both"))
                .extracting(PortfolioDao.Reason::reason)
                .containsExactlyInAnyOrder("handshake", "charter_unsigned", "overdue");
    }

    @Test
    void theFlaggedComeOnceEachByNameWithWhatTheirListIsSortedBy() {
        data.partnership("zed", "U1");
        data.partnership("Shake", "U1");
        data.partnership("Fine", "U1");
        data.assessed("Shake", "handshake", null, 4).assessed("zed", "handshake", null, 1);
        data.charter("Shake", 1);
        data.scheduled("Shake", "follow_up", 3);
        data.scheduled("Shake", "check_in", 1);
        data.ended("Shake", "check_in", "done", 1);
        assertThat(dao.flagged("T1", NOW_MS, WEEK_AGO))
                .containsExactly(
                        new PortfolioDao.Flag(
                                "Shake",
                                NOW.minus(Duration.ofDays(4)).toEpochMilli(),
                                NOW.plus(Duration.ofDays(1)).toEpochMilli()),
                        new PortfolioDao.Flag(
                                "zed", NOW.minus(Duration.ofDays(1)).toEpochMilli(), null));
    }

    @Test
    void theNextSevenDaysAreTheRemindersWaitingSoonestFirst() {
        data.partnership("Acme", "U1");
        data.partnership("Beta", "U1");
        data.scheduled("Acme", "follow_up", 6);
        data.scheduled("Beta", "check_in", 1);
        data.scheduled("Beta", "gate_review", 8);
        data.sent("Acme", "ghosting", 1, null, null);
        long until = NOW.plus(Duration.ofDays(7)).toEpochMilli();
        assertThat(dao.upcoming("T1", until, 10))
                .extracting(PortfolioDao.Upcoming::partnershipName, PortfolioDao.Upcoming::kind)
                .containsExactly(tuple("Beta", "check_in"), tuple("Acme", "follow_up"));
        assertThat(dao.upcoming("T1", until, 1)).hasSize(1);
        assertThat(dao.countUpcoming("T1", until)).isEqualTo(2);
        assertThat(dao.waitingFor("T1", List.of("Beta")))
                .extracting(PortfolioDao.Upcoming::kind)
                .containsExactly("check_in", "gate_review");
    }

    @Test
    void countsByVerdictTierAndPhaseIncludeThoseWithNone() {
        data.partnership("A", "U1");
        data.partnership("B", "U1");
        data.partnership("C", "U1");
        data.assessed("A", "real", "tier_1", 1).assessed("B", "real", "tier_2", 1);
        data.phase("A", 1, "walk");
        assertThat(dao.byVerdict("T1"))
                .containsExactlyInAnyOrder(new PortfolioDao.Count("real", 2), new PortfolioDao.Count(null, 1));
        assertThat(dao.byTier("T1"))
                .containsExactlyInAnyOrder(
                        new PortfolioDao.Count("tier_1", 1),
                        new PortfolioDao.Count("tier_2", 1),
                        new PortfolioDao.Count(null, 1));
        assertThat(dao.byPhase("T1"))
                .containsExactlyInAnyOrder(new PortfolioDao.Count("walk", 1), new PortfolioDao.Count(null, 2));
    }
}
