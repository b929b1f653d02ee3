package com.partnerbot.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.partnerbot.charter.Signature;
import com.partnerbot.frameworks.ReminderKind;
import com.partnerbot.history.HistoryEntry.Change;
import com.partnerbot.history.HistoryEntry.Ending;
import com.partnerbot.history.HistoryEntry.Outcome;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.store.AssessmentDao;
import com.partnerbot.store.AssessmentRow;
import com.partnerbot.store.CharterDao;
import com.partnerbot.store.Database;
import com.partnerbot.store.HistoryDao;
import com.partnerbot.store.LaunchDao;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.PartnershipDao;
import com.partnerbot.store.PhaseDao;
import com.partnerbot.store.ReminderDao;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.QueryPlans;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * The history read from a real database: every table's records in the playbook's words, newest first, what changed
 * between assessments, the order of what happened at one instant, which reminder changes count, pages cut in SQL, and
 * nothing of another partnership or workspace.
 */
@OnEachDatabase
class HistoryTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final Playbook PLAYBOOK = PlaybookLoader.loadDefault();
    private static final String DAY = "2026-03-02T09:";
    private static final String TIER_1 = "Tier 1: Integration Partner (self-serve)";
    private static final String FULL = "Full partnership investment";

    @TempDir
    Path dir;

    private Database db;
    private History history;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        history = new History(db.jdbi(), PLAYBOOK);
        for (String team : List.of("T1", "T2")) {
            for (String id : List.of("p1", "p2")) {
                db.jdbi()
                        .onDemand(PartnershipDao.class)
                        .insert(new Partnership(team, id, "Acme " + id, "C1", "UOWNER", null, "U1", at("00")));
            }
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** 09:{@code minute} on the day. */
    private static Instant at(String minute) {
        return Instant.parse(DAY + minute + ":00Z");
    }

    private static long ms(String minute) {
        return at(minute).toEpochMilli();
    }

    private List<HistoryEntry> all(String team, String partnershipId) {
        return history.page(team, partnershipId, 0, 100).entries();
    }

    private void assessed(String team, String p, int seq, String minute, String verdict, String tier, String level) {
        db.jdbi()
                .onDemand(AssessmentDao.class)
                .insert(new AssessmentRow(
                        team,
                        team + p + seq,
                        p,
                        seq,
                        "default",
                        "1",
                        "U" + seq,
                        at(minute),
                        verdict,
                        level,
                        tier,
                        "{}",
                        "{}"));
    }

    private void charter(String p, int version, String minute) {
        db.jdbi()
                .onDemand(CharterDao.class)
                .insertVersion(new CharterDao.VersionRow(
                        "T1", p, version, "{}", "UOURS", "UTHEIRS", null, null, "UOWNER", ms(minute)));
    }

    private void signed(String p, int version, String side, String method, String evidence, String minute) {
        db.jdbi()
                .onDemand(CharterDao.class)
                .insertSignature(new CharterDao.SignatureRow(
                        "T1",
                        p,
                        version,
                        side,
                        method.equals("slack") ? "UOURS" : null,
                        method.equals("slack") ? "T1" : null,
                        method,
                        evidence,
                        method.equals("slack") ? "UOURS" : "UOWNER",
                        ms(minute)));
    }

    private void ticked(String p, int seq, String checklist, String item, boolean ticked, String minute) {
        db.jdbi()
                .onDemand(CharterDao.class)
                .insertTick(new CharterDao.TickRow("T1", p, seq, checklist, item, ticked, "UTICK", ms(minute)));
    }

    private void phase(String p, String runId, int seq, String phaseId, String minute) {
        db.jdbi()
                .onDemand(PhaseDao.class)
                .insertRun(new PhaseDao.RunRow(
                        "T1", runId, p, seq, phaseId, "2026-03-02", "criteria", "UPHASE", ms(minute)));
    }

    private void gate(String p, String runId, String move, String label, String minute) {
        db.jdbi()
                .onDemand(PhaseDao.class)
                .insertGate(new PhaseDao.GateRow(
                        "T1", runId, p, "{}", move, null, null, label, "path", "2026-03-02", "UGATE", ms(minute)));
    }

    private ReminderDao reminders() {
        return db.jdbi().onDemand(ReminderDao.class);
    }

    /** A follow-up due on 2026-03-02 at 09:{@code minute}, scheduled at 09:{@code created}. */
    private void reminder(String p, String id, String label, String minute, String created) {
        reminders()
                .insert(
                        "T1",
                        id,
                        p,
                        "follow_up",
                        "assessment",
                        null,
                        id,
                        label,
                        "2026-03-02",
                        ms(minute),
                        "UTC",
                        null,
                        "scheduled",
                        null,
                        ms(created),
                        null);
    }

    private void activity(String p, String id, String note, String minute) {
        db.jdbi().onDemand(LaunchDao.class).addActivity("T1", id, p, "2026-03-02", note, "UACT", ms(minute));
    }

    @Test
    void everyKindOfRecordNewestFirstInThePlaybooksWords() {
        assessed("T1", "p1", 1, "01", "real", "tier_1", "full");
        ticked("p1", 1, "before_starting", "kickoff", true, "02");
        charter("p1", 1, "03");
        signed("p1", 1, "partner", "outside", "PDF", "04");
        signed("p1", 1, "us", "slack", null, "05");
        phase("p1", "r1", 1, "crawl", "06");
        gate("p1", "r1", "advance", "Advance to Walk", "07");
        reminder("p1", "m1", "Evaluate for Tier 2", "08", "01");
        reminders().markSent("T1", "m1", ms("08"));
        activity("p1", "a1", "Joint webinar booked", "09");

        assertThat(all("T1", "p1"))
                .containsExactly(
                        new HistoryEntry.ActivityLogged(
                                at("09"), "UACT", LocalDate.parse("2026-03-02"), "Joint webinar booked"),
                        new HistoryEntry.ReminderSent(at("08"), ReminderKind.FOLLOW_UP, "Evaluate for Tier 2"),
                        new HistoryEntry.GateRun(at("07"), "UGATE", "Crawl", "Advance to Walk", false),
                        new HistoryEntry.PhaseStarted(at("06"), "UPHASE", "Crawl", LocalDate.parse("2026-03-02")),
                        new HistoryEntry.Signed(
                                at("05"),
                                "UOURS",
                                1,
                                Signature.Side.US,
                                Signature.Method.SLACK,
                                Optional.of("T1"),
                                Optional.empty()),
                        new HistoryEntry.Signed(
                                at("04"),
                                "UOWNER",
                                1,
                                Signature.Side.PARTNER,
                                Signature.Method.OUTSIDE,
                                Optional.empty(),
                                Optional.of("PDF")),
                        new HistoryEntry.CharterWritten(at("03"), "UOWNER", 1),
                        new HistoryEntry.Ticked(
                                at("02"), "UTICK", "Before starting", "Kick-off held with the partner's owner", true),
                        new HistoryEntry.Assessed(
                                at("01"),
                                "U1",
                                1,
                                new Outcome("Real partnership", Optional.of(TIER_1), Optional.of(FULL)),
                                true,
                                List.of()));
        assertThat(all("T2", "p1")).isEmpty();
        assertThat(all("T1", "p2")).isEmpty();
    }

    @Test
    void eachAssessmentSaysWhatChangedFromTheOneBefore() {
        assessed("T1", "p1", 1, "01", "handshake", null, null);
        assessed("T1", "p1", 2, "02", "real", "tier_1", "full");
        assessed("T1", "p1", 3, "03", "real", "tier_1", "full");
        assessed("T1", "p1", 4, "04", "one_sided", "tier_1", "light");
        assessed("T2", "p1", 5, "05", "handshake", null, null);

        assertThat(all("T1", "p1"))
                .extracting(e -> ((HistoryEntry.Assessed) e).changes())
                .containsExactly(
                        List.of(
                                new Change(
                                        "Verdict", Optional.of("Real partnership"), Optional.of("One-sided, at risk")),
                                new Change(
                                        "Investment", Optional.of(FULL), Optional.of("Light partnership, test first"))),
                        List.of(),
                        List.of(
                                new Change(
                                        "Verdict",
                                        Optional.of("Handshake, not a partnership"),
                                        Optional.of("Real partnership")),
                                new Change("Tier", Optional.empty(), Optional.of(TIER_1)),
                                new Change("Investment", Optional.empty(), Optional.of(FULL))),
                        List.of());
        assertThat(all("T1", "p1"))
                .extracting(e -> ((HistoryEntry.Assessed) e).first())
                .containsExactly(false, false, false, true);
        // Another workspace's assessment of a partnership with the same id is not the one before.
        assertThat(all("T2", "p1")).singleElement().satisfies(e -> assertThat(((HistoryEntry.Assessed) e).first())
                .isTrue());
    }

    @Test
    void whatHappensAtTheSameInstantIsListedLatestStepFirst() {
        assessed("T1", "p1", 1, "01", "real", "tier_1", "full");
        charter("p1", 1, "01");
        signed("p1", 1, "us", "slack", null, "01");
        phase("p1", "r1", 1, "crawl", "02");
        gate("p1", "r1", "advance", "Advance to Walk", "03");
        phase("p1", "r2", 2, "walk", "03");
        ticked("p1", 1, "before_starting", "kickoff", true, "04");
        ticked("p1", 2, "before_starting", "kickoff", false, "04");

        assertThat(all("T1", "p1"))
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly(
                        "Ticked",
                        "Ticked",
                        "PhaseStarted",
                        "GateRun",
                        "PhaseStarted",
                        "Signed",
                        "CharterWritten",
                        "Assessed");
        assertThat(all("T1", "p1"))
                .first()
                .isEqualTo(new HistoryEntry.Ticked(
                        at("04"), "UTICK", "Before starting", "Kick-off held with the partner's owner", false));
    }

    @Test
    void remindersEndedByAPersonOrThatFailedCountThoseTheBotReplacedDoNot() {
        reminder("p1", "done", "Launch week", "01", "00");
        reminders().markSent("T1", "done", ms("01"));
        reminders().end("T1", "done", "done", null, "UDONE", ms("02"));
        reminder("p1", "na", "Week 2", "01", "00");
        reminders().end("T1", "na", "not_applicable", null, "UNA", ms("03"));
        reminder("p1", "snoozed", "Evaluate for Tier 2", "01", "00");
        reminders()
                .reschedule("T1", "snoozed", "2026-03-09", ms("01") + 7 * 86_400_000L, "UTC", null, "USNZ", ms("04"));
        reminder("p1", "cancelled", "Gate review", "01", "00");
        reminders().cancel("T1", "cancelled", "UCAN", ms("05"));
        reminder("p1", "failed", "Check-in", "01", "00");
        reminders().markSent("T1", "failed", ms("06"));
        reminders().recordPost("T1", "failed", "o1");
        reminders().postFailed("T1", "o1", "is_archived", ms("07"));
        reminder("p1", "missed", "Week 3", "01", "00");
        reminders().end("T1", "missed", "missed", "not posted in its time", null, ms("08"));
        // What the bot does when a newer assessment or plan replaces reminders: not events of their own.
        reminder("p1", "replaced", "Old follow-up", "01", "00");
        reminders().cancel("T1", "replaced", null, ms("09"));
        reminder("p1", "moved", "Moved check-in", "01", "00");
        reminders().reschedule("T1", "moved", "2026-03-02", ms("20"), "Europe/Paris", null, null, ms("09"));
        reminders()
                .insert(
                        "T1",
                        "late",
                        "p1",
                        "launch_stage",
                        "launch",
                        null,
                        "late",
                        "Pre-launch",
                        "2026-03-01",
                        ms("00"),
                        "UTC",
                        null,
                        "missed",
                        "its time had passed when it was scheduled",
                        ms("09"),
                        ms("09"));

        assertThat(all("T1", "p1"))
                .containsExactly(
                        new HistoryEntry.ReminderEnded(
                                at("08"),
                                Optional.empty(),
                                ReminderKind.FOLLOW_UP,
                                "Week 3",
                                Ending.MISSED,
                                Optional.of("not posted in its time"),
                                LocalDate.parse("2026-03-02")),
                        new HistoryEntry.ReminderEnded(
                                at("07"),
                                Optional.empty(),
                                ReminderKind.FOLLOW_UP,
                                "Check-in",
                                Ending.FAILED,
                                Optional.of("is_archived"),
                                LocalDate.parse("2026-03-02")),
                        new HistoryEntry.ReminderSent(at("06"), ReminderKind.FOLLOW_UP, "Check-in"),
                        new HistoryEntry.ReminderEnded(
                                at("05"),
                                Optional.of("UCAN"),
                                ReminderKind.FOLLOW_UP,
                                "Gate review",
                                Ending.CANCELLED,
                                Optional.empty(),
                                LocalDate.parse("2026-03-02")),
                        new HistoryEntry.ReminderEnded(
                                at("04"),
                                Optional.of("USNZ"),
                                ReminderKind.FOLLOW_UP,
                                "Evaluate for Tier 2",
                                Ending.SNOOZED,
                                Optional.empty(),
                                LocalDate.parse("2026-03-09")),
                        new HistoryEntry.ReminderEnded(
                                at("03"),
                                Optional.of("UNA"),
                                ReminderKind.FOLLOW_UP,
                                "Week 2",
                                Ending.NOT_APPLICABLE,
                                Optional.empty(),
                                LocalDate.parse("2026-03-02")),
                        new HistoryEntry.ReminderEnded(
                                at("02"),
                                Optional.of("UDONE"),
                                ReminderKind.FOLLOW_UP,
                                "Launch week",
                                Ending.DONE,
                                Optional.empty(),
                                LocalDate.parse("2026-03-02")),
                        new HistoryEntry.ReminderSent(at("01"), ReminderKind.FOLLOW_UP, "Launch week"));
    }

    @Test
    void pagesAreCutInTheDatabaseAndAPageOutOfRangeGivesTheNearestOne() {
        for (int i = 1; i <= 25; i++) {
            activity("p1", "a" + i, "note " + i, String.format("%02d", i));
        }

        HistoryPage first = history.page("T1", "p1", 0, 10);
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.index()).isZero();
        assertThat(notes(first))
                .containsExactly(
                        "note 25", "note 24", "note 23", "note 22", "note 21", "note 20", "note 19", "note 18",
                        "note 17", "note 16");
        HistoryPage last = history.page("T1", "p1", 2, 10);
        assertThat(notes(last)).containsExactly("note 5", "note 4", "note 3", "note 2", "note 1");
        assertThat(history.page("T1", "p1", 7, 10)).isEqualTo(last);
        assertThat(history.page("T1", "p1", -1, 10)).isEqualTo(first);
        assertThat(history.page("T1", "p1", 1, 10).entries()).hasSize(10);

        HistoryPage none = history.page("T2", "p1", 3, 10);
        assertThat(none.entries()).isEmpty();
        assertThat(none.total()).isZero();
        assertThat(none.pages()).isEqualTo(1);
        assertThat(none.index()).isZero();
        assertThatThrownBy(() -> history.page("T1", "p1", 0, 0)).isInstanceOf(IllegalArgumentException.class);

        // Whole pages: the last one is full, and none follows it.
        HistoryPage ofFive = history.page("T1", "p1", 9, 5);
        assertThat(ofFive.pages()).isEqualTo(5);
        assertThat(notes(ofFive)).containsExactly("note 5", "note 4", "note 3", "note 2", "note 1");
        assertThat(notes(history.page("T1", "p1", 24, 1))).containsExactly("note 1");
    }

    private static List<String> notes(HistoryPage page) {
        return page.entries().stream()
                .map(e -> ((HistoryEntry.ActivityLogged) e).note())
                .toList();
    }

    @Test
    void idsThePlaybookNoLongerHasAreShownAsTheyAre() {
        assessed("T1", "p1", 1, "01", "maybe", "tier_9", "lavish");
        ticked("p1", 1, "before_starting", "retired_item", true, "02");
        ticked("p1", 2, "retired_list", "kickoff", false, "03");
        phase("p1", "r1", 1, "sprint", "04");
        gate("p1", "r1", "end", "Stop", "05");

        assertThat(all("T1", "p1"))
                .containsExactly(
                        new HistoryEntry.GateRun(at("05"), "UGATE", "sprint", "Stop", true),
                        new HistoryEntry.PhaseStarted(at("04"), "UPHASE", "sprint", LocalDate.parse("2026-03-02")),
                        new HistoryEntry.Ticked(at("03"), "UTICK", "Retired list", "kickoff", false),
                        new HistoryEntry.Ticked(at("02"), "UTICK", "Before starting", "retired_item", true),
                        new HistoryEntry.Assessed(
                                at("01"),
                                "U1",
                                1,
                                new Outcome("maybe", Optional.of("tier_9"), Optional.of("lavish")),
                                true,
                                List.of()));
    }

    @Test
    void everyPartOfTheQuerySearchesItsTableByWorkspaceAndPartnership() {
        // How SQLite runs it; PostgreSQL plans by its statistics.
        assumeTrue(kind == TestDatabases.Kind.SQLITE);
        String sql = ("SELECT COUNT(*) FROM (" + HistoryDao.EVENTS + ") h")
                .replace(":teamId", "?")
                .replace(":partnershipId", "?");

        List<String> plan = QueryPlans.of(db.dataSource(), sql);

        assertThat(plan).filteredOn(step -> step.startsWith("SEARCH")).hasSizeGreaterThanOrEqualTo(10);
        // The one scan is of the union's own rows, to count them.
        assertThat(plan).filteredOn(step -> step.startsWith("SCAN")).containsExactly("SCAN h");
        assertThat(plan)
                .filteredOn(step -> step.startsWith("SEARCH"))
                .allMatch(step -> step.contains("team_id=?"), "searched by workspace");
    }
}
