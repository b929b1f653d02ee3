package com.partnerbot.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The phases a workspace's partnerships went through and the gates that closed them; rows are only ever added. */
@RegisterConstructorMapper(PhaseDao.RunRow.class)
@RegisterConstructorMapper(PhaseDao.GateRow.class)
public interface PhaseDao {

    /** One run of a phase: started on a local date with the team's own success criteria. */
    record RunRow(
            String teamId,
            String id,
            String partnershipId,
            int seq,
            String phaseId,
            String startDate,
            String successCriteria,
            String startedBy,
            long startedAt) {}

    /** The gate that closed a run; {@code nextPhaseId} is null when the phases ended. */
    record GateRow(
            String teamId,
            String phaseRunId,
            String partnershipId,
            String answersJson,
            String move,
            String nextPhaseId,
            String outcomeId,
            String label,
            String pathExplanation,
            String gateDate,
            String decidedBy,
            long decidedAt) {}

    @SqlUpdate("""
            INSERT INTO phase_run
              (team_id, id, partnership_id, seq, phase_id, start_date, success_criteria, started_by, started_at)
            VALUES
              (:teamId, :id, :partnershipId, :seq, :phaseId, :startDate, :successCriteria, :startedBy, :startedAt)
            """)
    void insertRun(@BindMethods RunRow row);

    @SqlQuery("SELECT * FROM phase_run WHERE team_id = :teamId AND partnership_id = :partnershipId ORDER BY seq")
    List<RunRow> runs(String teamId, String partnershipId);

    @SqlUpdate("""
            INSERT INTO phase_gate
              (team_id, phase_run_id, partnership_id, answers_json, move, next_phase_id, outcome_id, label,
               path_explanation, gate_date, decided_by, decided_at)
            VALUES
              (:teamId, :phaseRunId, :partnershipId, :answersJson, :move, :nextPhaseId, :outcomeId, :label,
               :pathExplanation, :gateDate, :decidedBy, :decidedAt)
            """)
    void insertGate(@BindMethods GateRow row);

    @SqlQuery("""
            SELECT * FROM phase_gate WHERE team_id = :teamId AND partnership_id = :partnershipId
            ORDER BY decided_at, phase_run_id
            """)
    List<GateRow> gates(String teamId, String partnershipId);
}
