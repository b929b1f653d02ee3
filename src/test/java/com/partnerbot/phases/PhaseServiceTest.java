package com.partnerbot.phases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.partnerbot.frameworks.PhaseGate;
import com.partnerbot.outbox.Kind;
import com.partnerbot.outbox.Outbox;
import com.partnerbot.outbox.OutboxMessage;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.store.Database;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.PartnershipDao;
import com.partnerbot.store.ReminderRow;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.TestClock;
import com.partnerbot.testing.TestReminders;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * Phases on a real database: a start with its checks, each gate branch with what it stores, the reminders it schedules
 * and cancels at the partnership's local time, gates that come too late, and workspaces kept apart.
 */
@OnEachDatabase
class PhaseServiceTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final Playbook PLAYBOOK = PlaybookLoader.loadDefault();
    private static final String TEAM = "T1";
    private static final String CRITERIA = "Two design partners use it weekly";

    @TempDir
    Path dir;

    private Database db;
    private final TestClock clock = TestClock.at("2026-08-31T10:00:00Z");
    private PhaseService phases;
    private final List<PhaseChange> announced = new ArrayList<>();
    private final PhaseService.Announcer announcer = (state, change) -> {
        announced.add(change);
        return List.of(new OutboxMessage(
                Kind.DECISION,
                state.partnership().channelId(),
                change.getClass().getSimpleName(),
                Optional.empty(),
                Optional.of("U1"),
                Optional.empty(),
                "test"));
    };

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        phases = new PhaseService(db.jdbi(), PLAYBOOK, clock, new Outbox(clock, () -> {}));
        partnership(TEAM, "p1", "2026-08-01T12:00:00Z");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void partnership(String team, String id, String created) {
        db.jdbi()
                .onDemand(PartnershipDao.class)
                .insert(new Partnership(team, id, "Acme " + id, "C1", "U7", null, "U1", Instant.parse(created)));
    }

    private PhaseState started(String date) {
        var result = phases.start(TEAM, "U1", "p1", date, CRITERIA, announcer);
        assertThat(result).isInstanceOf(PhaseService.StartResult.Started.class);
        return ((PhaseService.StartResult.Started) result).state();
    }

    private PhaseService.GateResult gate(String runId, Map<String, String> answers, String criteria) {
        return phases.gate(TEAM, "U2", "p1", runId, answers, criteria, announcer);
    }

    private PhaseState gated(String runId, Map<String, String> answers, String criteria) {
        var result = gate(runId, answers, criteria);
        assertThat(result).isInstanceOf(PhaseService.GateResult.Gated.class);
        return ((PhaseService.GateResult.Gated) result).state();
    }

    private PhaseState state() {
        return phases.state(TEAM, "p1").orElseThrow();
    }

    private String currentRun() {
        return state().current().orElseThrow().id();
    }

    private List<ReminderRow> waiting() {
        return TestReminders.scheduled(db.jdbi(), TEAM, "p1");
    }

    private int outboxRows(String team) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM outbox WHERE team_id = :t")
                .bind("t", team)
                .mapTo(Integer.class)
                .one());
    }

    private int rows(String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Integer.class)
                .one());
    }

    @Test
    void noPhaseHasStartedAtFirst_theFirstIsCrawl() {
        PhaseState state = state();

        assertThat(state.stage()).isEqualTo(PhaseState.Stage.NONE);
        assertThat(state.canStart()).isTrue();
        assertThat(state.current()).isEmpty();
        assertThat(state.latest()).isEmpty();
        assertThat(state.today()).isEqualTo("2026-08-31");
        assertThat(phases.first().id()).isEqualTo("crawl");
        assertThat(phases.questions(state)).isEmpty();
        assertThat(phases.state(TEAM, "nope")).isEmpty();
    }

    @Test
    void crawlStartsWithItsCriteria_itsGateReviewAndOverdueNoticeAreDueAtNineUtc() {
        PhaseState state = started("2026-08-31");

        PhaseRun run = state.current().orElseThrow();
        assertThat(state.stage()).isEqualTo(PhaseState.Stage.RUNNING);
        assertThat(state.canStart()).isFalse();
        assertThat(run.phase().id()).isEqualTo("crawl");
        assertThat(run.seq()).isEqualTo(1);
        assertThat(run.startDate()).isEqualTo("2026-08-31");
        assertThat(run.successCriteria()).isEqualTo(CRITERIA);
        assertThat(run.startedBy()).isEqualTo("U1");
        assertThat(run.startedAt()).isEqualTo(clock.instant());
        assertThat(run.hasGate()).isTrue();
        assertThat(run.gateDue()).isEqualTo("2026-09-28");
        assertThat(state.gateable()).contains(run);
        assertThat(phases.questions(state)).extracting(n -> n.id()).containsExactly("crawl_met");
        assertThat(waiting())
                .extracting(ReminderRow::kind, ReminderRow::key, ReminderRow::label, ReminderRow::dueAt)
                .containsExactly(
                        tuple(
                                "gate_review",
                                "gate_review:crawl:" + run.id(),
                                "Crawl gate review due",
                                Instant.parse("2026-09-28T09:00:00Z")),
                        tuple(
                                "phase_overdue",
                                "overdue:crawl:" + run.id(),
                                "Crawl is past its 8 weeks without a gate",
                                Instant.parse("2026-10-27T09:00:00Z")));
        assertThat(waiting()).allSatisfy(r -> {
            assertThat(r.source()).isEqualTo(PhaseService.SOURCE);
            assertThat(r.sourceId()).contains(run.id());
        });
        assertThat(announced).containsExactly(new PhaseChange.Started(run, "U1"));
        assertThat(outboxRows(TEAM)).isEqualTo(1);
    }

    @Test
    void remindersFallAtThePartnershipsOwnTimeOnTheRightLocalDay() {
        db.jdbi()
                .useHandle(h -> h.execute("INSERT INTO launch_plan (team_id, partnership_id, version, launch_date,"
                        + " our_owner_user_id, partner_owner, integration_pathway, time_zone, remind_at, updated_by,"
                        + " updated_at) VALUES ('T1', 'p1', 1, '2026-12-01', 'U1', 'Dana', 'API', 'America/New_York',"
                        + " '08:30', 'U1', 0)"));
        // 02:00 UTC on 1 September is still 31 August in New York.
        clock.set(Instant.parse("2026-09-01T02:00:00Z"));

        PhaseState state = started("2026-08-31");

        assertThat(state.today()).isEqualTo("2026-08-31");
        assertThat(waiting())
                .extracting(ReminderRow::dueDate, ReminderRow::dueAt, ReminderRow::timeZone)
                .containsExactly(
                        tuple(LocalDate.parse("2026-09-28"), Instant.parse("2026-09-28T12:30:00Z"), "America/New_York"),
                        tuple(
                                LocalDate.parse("2026-10-27"),
                                Instant.parse("2026-10-27T12:30:00Z"),
                                "America/New_York"));
    }

    @Test
    void theGateReviewIsPostedFromItsTime_theOverdueNoticeToTheChannelAndTheOwner() {
        started("2026-08-31");

        clock.set(Instant.parse("2026-09-28T08:59:59Z"));
        assertThat(TestReminders.sweep(db.jdbi(), clock)).isZero();
        clock.set(Instant.parse("2026-09-28T09:00:00Z"));
        assertThat(TestReminders.sweep(db.jdbi(), clock)).isEqualTo(1);

        clock.set(Instant.parse("2026-10-26T12:00:00Z"));
        assertThat(state().current().orElseThrow().overdue(state().today())).isFalse();
        assertThat(TestReminders.sweep(db.jdbi(), clock)).isZero();
        clock.set(Instant.parse("2026-10-27T09:00:00Z"));
        assertThat(state().current().orElseThrow().overdue(state().today())).isTrue();
        assertThat(TestReminders.sweep(db.jdbi(), clock)).isEqualTo(1);

        List<String> posted = db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT channel_id || ': ' || text FROM outbox WHERE team_id = 'T1' AND kind = 'reminder'"
                                + " ORDER BY created_at, channel_id")
                .mapTo(String.class)
                .list());
        assertThat(posted)
                .containsExactly(
                        "C1: Acme p1: Crawl gate review due",
                        "C1: Acme p1: Crawl is past its 8 weeks without a gate",
                        "U7: Acme p1: Crawl is past its 8 weeks without a gate");
    }

    @Test
    void aStartInThePastWhoseGateIsOverdueGetsOnlyTheOverdueNotice_postedWithTheNextSweep() {
        clock.set(Instant.parse("2026-11-01T10:00:00Z"));

        started("2026-09-01");

        assertThat(waiting()).extracting(ReminderRow::kind).containsExactly("phase_overdue");
        assertThat(TestReminders.sweep(db.jdbi(), clock)).isEqualTo(1);
    }

    @Test
    void aStartWithMistakesStoresNothing_eachMistakeUnderItsField() {
        assertThat(problems(null, CRITERIA)).containsExactly(Map.entry("start_date", "Pick the day the phase starts."));
        assertThat(problems(" ", CRITERIA)).containsOnlyKeys("start_date");
        assertThat(problems("31/08/2026", CRITERIA))
                .containsExactly(Map.entry("start_date", "Not a date: pick one in the calendar (YYYY-MM-DD)."));
        assertThat(problems("2027-09-01", CRITERIA))
                .containsExactly(
                        Map.entry("start_date", "More than a year from today (2026-08-31): pick a closer day."));
        assertThat(problems("2025-08-30", CRITERIA)).containsOnlyKeys("start_date");
        assertThat(problems("2026-07-31", CRITERIA))
                .containsExactly(Map.entry(
                        "start_date",
                        "Before the partnership existed: it was created on 2026-08-01. Pick that day or later."));
        assertThat(problems("2026-08-31", "  "))
                .containsExactly(Map.entry(
                        "success_criteria", "Write the success criteria: the gate compares the results with them."));
        assertThat(problems("2026-08-31", null)).containsOnlyKeys("success_criteria");
        assertThat(problems("2026-08-31", "x".repeat(3001)))
                .containsExactly(Map.entry("success_criteria", "At most 3000 characters (it has 3001)."));
        assertThat(problems("nope", "")).containsOnlyKeys("start_date", "success_criteria");

        assertThat(rows("phase_run")).isZero();
        assertThat(rows("reminder")).isZero();
        assertThat(outboxRows(TEAM)).isZero();
        assertThat(announced).isEmpty();
    }

    private Map<String, String> problems(String date, String criteria) {
        var result = phases.start(TEAM, "U1", "p1", date, criteria, announcer);
        assertThat(result).isInstanceOf(PhaseService.StartResult.Invalid.class);
        return ((PhaseService.StartResult.Invalid) result).problems();
    }

    @Test
    void startDatesAtTheirLimitsAreTaken() {
        // A year ahead to the day, with criteria at their longest and blanks around them.
        var ahead = phases.start(TEAM, "U1", "p1", "2027-08-31", " " + "x".repeat(3000) + " ", announcer);
        assertThat(ahead).isInstanceOf(PhaseService.StartResult.Started.class);
        assertThat(state().current().orElseThrow().successCriteria()).hasSize(3000);

        partnership(TEAM, "p2", "2025-08-31T12:00:00Z");
        assertThat(phases.start(TEAM, "U1", "p2", "2025-08-31", CRITERIA, announcer))
                .isInstanceOf(PhaseService.StartResult.Started.class);
        // The day the partnership was created, in its own time.
        partnership(TEAM, "p3", "2026-08-01T23:30:00Z");
        assertThat(phases.start(TEAM, "U1", "p3", "2026-08-01", CRITERIA, announcer))
                .isInstanceOf(PhaseService.StartResult.Started.class);
    }

    @Test
    void aSecondStartWhileAPhaseRunsChangesNothing() {
        PhaseState first = started("2026-08-31");

        var again = phases.start(TEAM, "U1", "p1", "2026-09-01", "other", announcer);

        assertThat(again).isEqualTo(new PhaseService.StartResult.AlreadyStarted(first));
        assertThat(rows("phase_run")).isEqualTo(1);
        assertThat(outboxRows(TEAM)).isEqualTo(1);
    }

    @Test
    void crawlMissingItsCriteriaEndsThePhases_theirRemindersAreCancelled() {
        String crawl = started("2026-08-31").current().orElseThrow().id();
        clock.set(Instant.parse("2026-09-29T10:00:00Z"));

        var result = gate(crawl, Map.of("crawl_met", "no"), "ignored when it ends");

        var gated = (PhaseService.GateResult.Gated) result;
        GateRecord gate = gated.gate();
        assertThat(gate.move()).isEqualTo(PhaseGate.Move.END);
        assertThat(gate.nextPhaseId()).isEmpty();
        assertThat(gate.outcomeId()).contains("end");
        assertThat(gate.label()).isEqualTo("End partnership, learn from failure");
        assertThat(gate.pathExplanation())
                .isEqualTo("Crawl missed its success criteria -> End partnership, learn from failure");
        assertThat(gate.answers()).isEqualTo(Map.of("crawl_met", "no"));
        assertThat(gate.gateDate()).isEqualTo("2026-09-29");
        assertThat(gate.decidedBy()).isEqualTo("U2");
        assertThat(gate.decidedAt()).isEqualTo(Instant.parse("2026-09-29T10:00:00Z"));
        PhaseState state = gated.state();
        assertThat(state.stage()).isEqualTo(PhaseState.Stage.ENDED);
        assertThat(state.current()).isEmpty();
        assertThat(state.canStart()).isTrue();
        assertThat(state.gated()).extracting(PhaseRun::id).containsExactly(crawl);
        assertThat(waiting()).isEmpty();
        assertThat(announced.get(1))
                .isEqualTo(new PhaseChange.Gated(state.latest().orElseThrow(), gate, Optional.empty(), "U2"));
        assertThat(outboxRows(TEAM)).isEqualTo(2);

        // The phases may start again from Crawl: a new run, after the first.
        PhaseState again = started("2026-09-29");
        assertThat(again.runs()).extracting(PhaseRun::seq).containsExactly(1, 2);
        assertThat(again.current().orElseThrow().phase().id()).isEqualTo("crawl");
    }

    @Test
    void crawlMeetingItsCriteriaStartsWalkToday_withItsOwnCriteriaAndReminders() {
        String crawl = started("2026-08-31").current().orElseThrow().id();
        clock.set(Instant.parse("2026-09-30T10:00:00Z"));

        PhaseState state = gated(crawl, Map.of("crawl_met", "yes"), " Five customers, both sales teams ");

        PhaseRun walk = state.current().orElseThrow();
        GateRecord gate = state.runs().get(0).gate().orElseThrow();
        assertThat(gate.move()).isEqualTo(PhaseGate.Move.ADVANCE);
        assertThat(gate.nextPhaseId()).contains("walk");
        assertThat(gate.outcomeId()).isEmpty();
        assertThat(gate.pathExplanation()).isEqualTo("Crawl met its success criteria -> Advance to Walk");
        assertThat(walk.phase().id()).isEqualTo("walk");
        assertThat(walk.seq()).isEqualTo(2);
        assertThat(walk.startDate()).isEqualTo("2026-09-30");
        assertThat(walk.successCriteria()).isEqualTo("Five customers, both sales teams");
        assertThat(walk.startedBy()).isEqualTo("U2");
        assertThat(phases.questions(state)).extracting(n -> n.id()).containsExactly("walk_met");
        assertThat(state.earlierAnswers()).isEqualTo(Map.of("crawl_met", "yes"));
        assertThat(waiting())
                .extracting(ReminderRow::key, ReminderRow::dueAt)
                .containsExactly(
                        tuple("gate_review:walk:" + walk.id(), Instant.parse("2026-11-25T09:00:00Z")),
                        tuple("overdue:walk:" + walk.id(), Instant.parse("2026-12-24T09:00:00Z")));
        assertThat(announced.get(1))
                .isEqualTo(new PhaseChange.Gated(state.runs().get(0), gate, Optional.of(walk), "U2"));
    }

    @Test
    void aPhaseStartingWithoutSuccessCriteriaIsRefused_nothingIsStored() {
        String crawl = started("2026-08-31").current().orElseThrow().id();

        var result = gate(crawl, Map.of("crawl_met", "yes"), " ");

        assertThat(result).isInstanceOf(PhaseService.GateResult.Invalid.class);
        assertThat(((PhaseService.GateResult.Invalid) result).problems())
                .containsExactly(Map.entry(
                        "next_success_criteria",
                        "Walk starts now. Write the success criteria: the gate compares the results with them."));
        assertThat(((PhaseService.GateResult.Invalid) result)
                        .state()
                        .current()
                        .orElseThrow()
                        .id())
                .isEqualTo(crawl);
        assertThat(rows("phase_gate")).isZero();
        assertThat(rows("phase_run")).isEqualTo(1);
        assertThat(waiting()).hasSize(2);
        assertThat(outboxRows(TEAM)).isEqualTo(1);
    }

    @Test
    void aQuestionTheAnswersLeadToLeftBlankIsNamed_nothingIsStored() {
        String crawl = started("2026-08-31").current().orElseThrow().id();

        var result = gate(crawl, Map.of("walk_met", "yes"), CRITERIA);

        assertThat(result).isInstanceOf(PhaseService.GateResult.Unanswered.class);
        assertThat(((PhaseService.GateResult.Unanswered) result).nodeId()).isEqualTo("crawl_met");
        assertThat(rows("phase_gate")).isZero();
    }

    @Test
    void walkMeetingItsCriteriaMovesToRun_whichIsOngoingWithoutGateOrReminders() {
        String crawl = started("2026-08-31").current().orElseThrow().id();
        String walk = gated(crawl, Map.of("crawl_met", "yes"), "walk criteria")
                .current()
                .orElseThrow()
                .id();

        PhaseState state = gated(walk, Map.of("walk_met", "yes"), "run criteria");

        PhaseRun run = state.current().orElseThrow();
        GateRecord gate = state.runs().get(1).gate().orElseThrow();
        assertThat(run.phase().id()).isEqualTo("run");
        assertThat(run.hasGate()).isFalse();
        assertThat(run.overdue(LocalDate.parse("2030-01-01"))).isFalse();
        assertThat(state.gateable()).isEmpty();
        assertThat(phases.questions(state)).isEmpty();
        assertThat(gate.outcomeId()).contains("run");
        assertThat(gate.pathExplanation())
                .isEqualTo("Crawl met its success criteria -> Walk met its success criteria -> Move to Run phase");
        assertThat(waiting()).isEmpty();
        // Run has no gate: a gate for it, or for Walk again, changes nothing.
        assertThat(gate(run.id(), Map.of("walk_met", "yes"), "x")).isInstanceOf(PhaseService.GateResult.Stale.class);
        assertThat(gate(walk, Map.of("walk_met", "no"), "x")).isInstanceOf(PhaseService.GateResult.Stale.class);
        assertThat(rows("phase_gate")).isEqualTo(2);
    }

    @Test
    void walkMissingItsCriteriaRestartsCrawl_withNewRemindersOfItsOwn() {
        String crawl = started("2026-08-31").current().orElseThrow().id();
        clock.set(Instant.parse("2026-09-28T10:00:00Z"));
        String walk = gated(crawl, Map.of("crawl_met", "yes"), "walk criteria")
                .current()
                .orElseThrow()
                .id();
        clock.set(Instant.parse("2026-11-23T10:00:00Z"));

        PhaseState state = gated(walk, Map.of("walk_met", "no"), "crawl again, with a new segment");

        PhaseRun again = state.current().orElseThrow();
        GateRecord gate = state.runs().get(1).gate().orElseThrow();
        assertThat(gate.move()).isEqualTo(PhaseGate.Move.RESTART);
        assertThat(gate.nextPhaseId()).contains("crawl");
        assertThat(again.phase().id()).isEqualTo("crawl");
        assertThat(again.id()).isNotEqualTo(crawl);
        assertThat(again.startDate()).isEqualTo("2026-11-23");
        assertThat(phases.questions(state)).extracting(n -> n.id()).containsExactly("crawl_met");
        assertThat(waiting())
                .extracting(ReminderRow::key, ReminderRow::dueDate)
                .containsExactly(
                        tuple("gate_review:crawl:" + again.id(), LocalDate.parse("2026-12-21")),
                        tuple("overdue:crawl:" + again.id(), LocalDate.parse("2027-01-19")));

        // The restarted Crawl's own gate, then Walk's, decide afresh: the later answers count.
        String walk2 = gated(again.id(), Map.of("crawl_met", "yes"), "walk 2")
                .current()
                .orElseThrow()
                .id();
        assertThat(state().earlierAnswers()).isEqualTo(Map.of("crawl_met", "yes", "walk_met", "no"));
        assertThat(gated(walk2, Map.of("walk_met", "yes"), "run")
                        .current()
                        .orElseThrow()
                        .phase()
                        .id())
                .isEqualTo("run");
        assertThat(state().gated()).hasSize(4);
    }

    @Test
    void aSecondSubmissionOfTheSameGateChangesNothing() {
        String crawl = started("2026-08-31").current().orElseThrow().id();
        PhaseState afterFirst = gated(crawl, Map.of("crawl_met", "yes"), "walk criteria");

        var second = gate(crawl, Map.of("crawl_met", "no"), null);

        assertThat(second).isEqualTo(new PhaseService.GateResult.Stale(afterFirst));
        assertThat(rows("phase_gate")).isEqualTo(1);
        assertThat(rows("phase_run")).isEqualTo(2);
        assertThat(outboxRows(TEAM)).isEqualTo(2);
    }

    @Test
    void aGateBeforeAnyPhaseOrForAnUnknownPartnershipChangesNothing() {
        assertThat(gate("r1", Map.of("crawl_met", "no"), null)).isInstanceOf(PhaseService.GateResult.Stale.class);
        assertThat(phases.gate(TEAM, "U1", "nope", "r1", Map.of(), null, announcer))
                .isEqualTo(new PhaseService.GateResult.NotFound());
        assertThat(phases.start(TEAM, "U1", "nope", "2026-08-31", CRITERIA, announcer))
                .isEqualTo(new PhaseService.StartResult.NotFound());
    }

    @Test
    void workspacesAreKeptApart() {
        partnership("T2", "p1", "2026-08-01T12:00:00Z");
        String crawl = started("2026-08-31").current().orElseThrow().id();

        assertThat(phases.state("T2", "p1").orElseThrow().stage()).isEqualTo(PhaseState.Stage.NONE);
        assertThat(phases.gate("T2", "U9", "p1", crawl, Map.of("crawl_met", "no"), null, announcer))
                .isInstanceOf(PhaseService.GateResult.Stale.class);
        assertThat(phases.start("T2", "U9", "p1", "2026-08-31", "theirs", announcer))
                .isInstanceOf(PhaseService.StartResult.Started.class);
        assertThat(TestReminders.scheduled(db.jdbi(), "T2", "p1")).hasSize(2);
        assertThat(phases.gate(
                        TEAM,
                        "U1",
                        "p1",
                        phases.state("T2", "p1")
                                .orElseThrow()
                                .current()
                                .orElseThrow()
                                .id(),
                        Map.of("crawl_met", "no"),
                        null,
                        announcer))
                .isInstanceOf(PhaseService.GateResult.Stale.class);

        assertThat(state().current().orElseThrow().id()).isEqualTo(crawl);
        assertThat(waiting()).hasSize(2);
        assertThat(outboxRows(TEAM)).isEqualTo(1);
        assertThat(outboxRows("T2")).isEqualTo(1);
    }

    @Test
    void aRunOfAPhaseThePlaybookNoLongerHasIsLeftOut_theNextRunStillComesAfterIt() {
        db.jdbi()
                .useHandle(h -> h.execute("INSERT INTO phase_run (team_id, id, partnership_id, seq, phase_id,"
                        + " start_date, success_criteria, started_by, started_at) VALUES ('T1', 'old', 'p1', 1, 'sprint',"
                        + " '2026-08-01', 'x', 'U1', 0)"));

        assertThat(state().stage()).isEqualTo(PhaseState.Stage.NONE);
        PhaseState state = started("2026-08-31");

        assertThat(state.runs()).extracting(PhaseRun::seq).containsExactly(2);
    }

    @Test
    void storedAnswersThatAreNotJsonAreReportedNotGuessed() {
        String crawl = started("2026-08-31").current().orElseThrow().id();
        db.jdbi()
                .useHandle(h -> h.execute(
                        "INSERT INTO phase_gate (team_id, phase_run_id, partnership_id,"
                                + " answers_json, move, next_phase_id, outcome_id, label, path_explanation, gate_date, decided_by,"
                                + " decided_at) VALUES ('T1', ?, 'p1', 'not json', 'end', NULL, 'end', 'End', 'x', '2026-09-01',"
                                + " 'U1', 0)",
                        crawl));

        assertThatThrownBy(this::state)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Stored gate answers are not JSON");
    }
}
