package com.partnerbot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Program decisions of one workspace, newest last; every decision is kept. */
@RegisterRowMapper(ProgramDecisionDao.Mapper.class)
public interface ProgramDecisionDao {

    @SqlUpdate("""
            INSERT INTO program_decision
              (team_id, id, tree_key, answers_json, outcome_id, outcome_label, path_explanation, channel_id,
               decided_by, decided_at, playbook_id, playbook_version)
            VALUES
              (:teamId, :id, :treeKey, :answersJson, :outcomeId, :outcomeLabel, :pathExplanation, :channelId,
               :decidedBy, :decidedAtMillis, :playbookId, :playbookVersion)
            """)
    void insertRow(
            @Bind("teamId") String teamId,
            @Bind("id") String id,
            @Bind("treeKey") String treeKey,
            @Bind("answersJson") String answersJson,
            @Bind("outcomeId") String outcomeId,
            @Bind("outcomeLabel") String outcomeLabel,
            @Bind("pathExplanation") String pathExplanation,
            @Bind("channelId") String channelId,
            @Bind("decidedBy") String decidedBy,
            @Bind("decidedAtMillis") long decidedAtMillis,
            @Bind("playbookId") String playbookId,
            @Bind("playbookVersion") String playbookVersion);

    default void insert(ProgramDecisionRow d) {
        insertRow(
                d.teamId(),
                d.id(),
                d.treeKey(),
                d.answersJson(),
                d.outcomeId(),
                d.outcomeLabel(),
                d.pathExplanation(),
                d.channelId(),
                d.decidedBy(),
                d.decidedAt().toEpochMilli(),
                d.playbookId(),
                d.playbookVersion());
    }

    @SqlQuery("""
            SELECT * FROM program_decision
            WHERE team_id = :teamId AND tree_key = :treeKey
            ORDER BY decided_at DESC, id DESC LIMIT 1
            """)
    Optional<ProgramDecisionRow> latest(@Bind("teamId") String teamId, @Bind("treeKey") String treeKey);

    @SqlQuery("SELECT * FROM program_decision WHERE team_id = :teamId ORDER BY decided_at, id")
    List<ProgramDecisionRow> listByTeam(@Bind("teamId") String teamId);

    @SqlQuery("SELECT COUNT(*) FROM program_decision WHERE team_id = :teamId")
    int countByTeam(@Bind("teamId") String teamId);

    final class Mapper implements RowMapper<ProgramDecisionRow> {
        @Override
        public ProgramDecisionRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ProgramDecisionRow(
                    rs.getString("team_id"),
                    rs.getString("id"),
                    rs.getString("tree_key"),
                    rs.getString("answers_json"),
                    rs.getString("outcome_id"),
                    rs.getString("outcome_label"),
                    rs.getString("path_explanation"),
                    rs.getString("channel_id"),
                    rs.getString("decided_by"),
                    Instant.ofEpochMilli(rs.getLong("decided_at")),
                    rs.getString("playbook_id"),
                    rs.getString("playbook_version"));
        }
    }
}
