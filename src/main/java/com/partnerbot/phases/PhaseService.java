package com.partnerbot.phases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerbot.frameworks.PathStep;
import com.partnerbot.frameworks.PhaseGate;
import com.partnerbot.frameworks.PhaseWindow;
import com.partnerbot.frameworks.PlannedReminder;
import com.partnerbot.outbox.Outbox;
import com.partnerbot.outbox.OutboxMessage;
import com.partnerbot.playbook.Node;
import com.partnerbot.playbook.Outcome;
import com.partnerbot.playbook.Phase;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.reminders.Reminders;
import com.partnerbot.reminders.Schedule;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.PartnershipDao;
import com.partnerbot.store.PhaseDao;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Starts a partnership's phases and runs their gates. Each action is one transaction: the run or the gate, the next
 * phase it starts, the reminders it schedules or cancels, and the posts reporting it (through the caller's
 * {@link Announcer}) are stored together or not at all.
 */
public final class PhaseService {
    /** What the phase reminders are scheduled under; a new run replaces the previous run's. */
    public static final String SOURCE = "phase";

    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {};

    private final Jdbi jdbi;
    private final Playbook playbook;
    private final Clock clock;
    private final Outbox outbox;
    private final PhaseGate gates;
    private final ObjectMapper json = new ObjectMapper();

    public PhaseService(Jdbi jdbi, Playbook playbook, Clock clock, Outbox outbox) {
        this.jdbi = jdbi;
        this.playbook = playbook;
        this.clock = clock;
        this.outbox = outbox;
        this.gates = new PhaseGate(playbook.tree(Playbook.PHASE_GATE_TREE), playbook.phases());
    }

    /** The posts that report a change to the partnership's phases. */
    @FunctionalInterface
    public interface Announcer {
        Announcer NONE = (state, change) -> List.of();

        List<OutboxMessage> announce(PhaseState state, PhaseChange change);
    }

    public sealed interface StartResult {
        record Started(PhaseState state) implements StartResult {}

        record Invalid(Map<String, String> problems) implements StartResult {}

        /** A phase is running already: nothing was started. */
        record AlreadyStarted(PhaseState state) implements StartResult {}

        record NotFound() implements StartResult {}
    }

    public sealed interface GateResult {
        record Gated(PhaseState state, GateRecord gate) implements GateResult {}

        /** The answers lead to a question left blank: nothing was stored. */
        record Unanswered(PhaseState state, String nodeId) implements GateResult {}

        record Invalid(PhaseState state, Map<String, String> problems) implements GateResult {}

        /** The gate was for a run that is no longer the current one with a gate: nothing changed. */
        record Stale(PhaseState state) implements GateResult {}

        record NotFound() implements GateResult {}
    }

    /** The phase a partnership starts with: the playbook's first. */
    public Phase first() {
        return playbook.phases().get(0);
    }

    public Optional<PhaseState> state(String teamId, String partnershipId) {
        return jdbi.inTransaction(h -> state(h, teamId, partnershipId));
    }

    /** The questions the gate of the current phase asks; none when no phase with a gate is running. */
    public List<Node> questions(PhaseState state) {
        return state.gateable()
                .map(run -> gates.asked(run.phase().id(), state.earlierAnswers()))
                .orElse(List.of());
    }

    /** Starts the playbook's first phase on {@code startDate} (ISO) with the team's success criteria. */
    public StartResult start(
            String teamId,
            String userId,
            String partnershipId,
            String startDate,
            String successCriteria,
            Announcer announcer) {
        return jdbi.inTransaction(h -> {
            Optional<PhaseState> before = state(h, teamId, partnershipId);
            if (before.isEmpty()) {
                return new StartResult.NotFound();
            }
            PhaseState state = before.get();
            if (!state.canStart()) {
                return new StartResult.AlreadyStarted(state);
            }
            LocalDate created =
                    state.partnership().createdAt().atZone(state.zone()).toLocalDate();
            Map<String, String> problems = StartCheck.problems(startDate, successCriteria, state.today(), created);
            if (!problems.isEmpty()) {
                return new StartResult.Invalid(problems);
            }
            LocalDate start = StartCheck.date(startDate).orElseThrow();
            String runId = startRun(h, state, first(), start, successCriteria, userId);
            PhaseState after = state(h, teamId, partnershipId).orElseThrow();
            PhaseRun run = find(after, runId);
            announce(h, teamId, announcer, after, new PhaseChange.Started(run, userId));
            return new StartResult.Started(after);
        });
    }

    /**
     * Runs the gate of run {@code runId} with the answers given by node id. What follows is stored with the gate:
     * the next phase started today with {@code nextCriteria} and its own reminders, or the phases ended.
     */
    public GateResult gate(
            String teamId,
            String userId,
            String partnershipId,
            String runId,
            Map<String, String> answers,
            String nextCriteria,
            Announcer announcer) {
        return jdbi.inTransaction(h -> {
            Optional<PhaseState> before = state(h, teamId, partnershipId);
            if (before.isEmpty()) {
                return new GateResult.NotFound();
            }
            PhaseState state = before.get();
            Optional<PhaseRun> current = state.gateable();
            if (current.isEmpty() || !current.get().id().equals(runId)) {
                return new GateResult.Stale(state);
            }
            PhaseRun run = current.get();
            PhaseGate.Result result = gates.evaluate(run.phase().id(), answers, state.earlierAnswers());
            if (result instanceof PhaseGate.Result.Unanswered unanswered) {
                return new GateResult.Unanswered(state, unanswered.nodeId());
            }
            PhaseGate.Decision decision = ((PhaseGate.Result.Decided) result).decision();
            Optional<Phase> next = decision.nextPhase().flatMap(playbook::phase);
            if (next.isPresent()) {
                Optional<String> problem = StartCheck.criteria(nextCriteria);
                if (problem.isPresent()) {
                    return new GateResult.Invalid(
                            state,
                            Map.of(
                                    PhaseFields.NEXT_SUCCESS_CRITERIA,
                                    next.get().label() + " starts now. " + problem.get()));
                }
            }
            Map<String, String> onPath = new LinkedHashMap<>();
            for (PathStep step : decision.path()) {
                onPath.put(step.nodeId(), step.answer());
            }
            Instant now = clock.instant();
            h.attach(PhaseDao.class)
                    .insertGate(new PhaseDao.GateRow(
                            teamId,
                            run.id(),
                            partnershipId,
                            write(onPath),
                            decision.move().name().toLowerCase(java.util.Locale.ROOT),
                            next.map(Phase::id).orElse(null),
                            decision.outcome().map(Outcome::id).orElse(null),
                            decision.label(),
                            decision.explain(),
                            state.today().toString(),
                            userId,
                            now.toEpochMilli()));
            Optional<String> nextRunId = Optional.empty();
            if (next.isPresent()) {
                nextRunId = Optional.of(startRun(h, state, next.get(), state.today(), nextCriteria, userId));
            } else {
                Reminders.cancelAll(h, teamId, partnershipId, SOURCE, now);
                h.attach(PartnershipDao.class).recordCurrentPhase(teamId, partnershipId, null);
            }
            PhaseState after = state(h, teamId, partnershipId).orElseThrow();
            PhaseRun gated = find(after, run.id());
            Optional<PhaseRun> started = nextRunId.map(id -> find(after, id));
            GateRecord gate = gated.gate().orElseThrow();
            announce(h, teamId, announcer, after, new PhaseChange.Gated(gated, gate, started, userId));
            return new GateResult.Gated(after, gate);
        });
    }

    /** Stores a run of {@code phase} and schedules its reminders in place of the previous run's; returns its id. */
    private String startRun(Handle h, PhaseState state, Phase phase, LocalDate start, String criteria, String userId) {
        String teamId = state.partnership().teamId();
        String partnershipId = state.partnership().id();
        String runId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        PhaseDao dao = h.attach(PhaseDao.class);
        // Counted from the rows, not the state, which leaves out runs of phases a playbook no longer has.
        int seq = dao.runs(teamId, partnershipId).size() + 1;
        dao.insertRun(new PhaseDao.RunRow(
                teamId,
                runId,
                partnershipId,
                seq,
                phase.id(),
                start.toString(),
                criteria.strip(),
                userId,
                now.toEpochMilli()));
        h.attach(PartnershipDao.class).recordCurrentPhase(teamId, partnershipId, phase.id());
        List<PlannedReminder> planned =
                gates.hasGate(phase.id()) ? PhaseWindow.reminders(phase, runId, start, state.today()) : List.of();
        Reminders.replace(
                h,
                teamId,
                partnershipId,
                new Reminders.Source(SOURCE, runId),
                planned,
                Schedule.of(h, teamId, partnershipId),
                now,
                false);
        return runId;
    }

    private void announce(Handle h, String teamId, Announcer announcer, PhaseState state, PhaseChange change) {
        for (OutboxMessage message : announcer.announce(state, change)) {
            outbox.add(h, teamId, message);
        }
    }

    private static PhaseRun find(PhaseState state, String runId) {
        return state.runs().stream()
                .filter(r -> r.id().equals(runId))
                .findFirst()
                .orElseThrow();
    }

    private Optional<PhaseState> state(Handle h, String teamId, String partnershipId) {
        Optional<Partnership> partnership = h.attach(PartnershipDao.class).findById(teamId, partnershipId);
        if (partnership.isEmpty()) {
            return Optional.empty();
        }
        Schedule schedule = Schedule.of(h, teamId, partnershipId);
        PhaseDao dao = h.attach(PhaseDao.class);
        Map<String, PhaseDao.GateRow> gateByRun = new HashMap<>();
        for (PhaseDao.GateRow gate : dao.gates(teamId, partnershipId)) {
            gateByRun.put(gate.phaseRunId(), gate);
        }
        List<PhaseRun> runs = new ArrayList<>();
        for (PhaseDao.RunRow row : dao.runs(teamId, partnershipId)) {
            Optional<Phase> phase = playbook.phase(row.phaseId());
            if (phase.isEmpty()) {
                // A phase the playbook no longer has: its run is history the state cannot place.
                continue;
            }
            runs.add(new PhaseRun(
                    row.id(),
                    row.seq(),
                    phase.get(),
                    LocalDate.parse(row.startDate()),
                    row.successCriteria(),
                    row.startedBy(),
                    Instant.ofEpochMilli(row.startedAt()),
                    gates.hasGate(row.phaseId()),
                    Optional.ofNullable(gateByRun.get(row.id())).map(this::gate)));
        }
        LocalDate today = clock.instant().atZone(schedule.zone()).toLocalDate();
        return Optional.of(new PhaseState(partnership.get(), runs, schedule.zone(), today));
    }

    private GateRecord gate(PhaseDao.GateRow row) {
        return new GateRecord(
                read(row.answersJson()),
                PhaseGate.Move.valueOf(row.move().toUpperCase(java.util.Locale.ROOT)),
                Optional.ofNullable(row.nextPhaseId()),
                Optional.ofNullable(row.outcomeId()),
                row.label(),
                row.pathExplanation(),
                LocalDate.parse(row.gateDate()),
                row.decidedBy(),
                Instant.ofEpochMilli(row.decidedAt()));
    }

    private String write(Map<String, String> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String answers) {
        try {
            return json.readValue(answers, ANSWERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored gate answers are not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
