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

/** Assessments of a workspace's partnerships, newest last. */
@RegisterRowMapper(AssessmentDao.Mapper.class)
public interface AssessmentDao {

    @SqlUpdate("""
            INSERT INTO assessment
              (team_id, id, partnership_id, seq, playbook_id, playbook_version, answered_by, answered_at,
               verdict, investment, tier, answers_json, result_json)
            VALUES
              (:teamId, :id, :partnershipId, :seq, :playbookId, :playbookVersion, :answeredBy, :answeredAtMillis,
               :verdict, :investment, :tier, :answersJson, :resultJson)
            """)
    void insertRow(
            @Bind("teamId") String teamId,
            @Bind("id") String id,
            @Bind("partnershipId") String partnershipId,
            @Bind("seq") int seq,
            @Bind("playbookId") String playbookId,
            @Bind("playbookVersion") String playbookVersion,
            @Bind("answeredBy") String answeredBy,
            @Bind("answeredAtMillis") long answeredAtMillis,
            @Bind("verdict") String verdict,
            @Bind("investment") String investment,
            @Bind("tier") String tier,
            @Bind("answersJson") String answersJson,
            @Bind("resultJson") String resultJson);

    default void insert(AssessmentRow a) {
        insertRow(
                a.teamId(),
                a.id(),
                a.partnershipId(),
                a.seq(),
                a.playbookId(),
                a.playbookVersion(),
                a.answeredBy(),
                a.answeredAt().toEpochMilli(),
                a.verdict(),
                a.investment(),
                a.tier(),
                a.answersJson(),
                a.resultJson());
    }

    @SqlQuery("""
            SELECT * FROM assessment
            WHERE team_id = :teamId AND partnership_id = :partnershipId
            ORDER BY seq DESC LIMIT 1
            """)
    Optional<AssessmentRow> latest(@Bind("teamId") String teamId, @Bind("partnershipId") String partnershipId);

    @SqlQuery("""
            SELECT * FROM assessment
            WHERE team_id = :teamId AND partnership_id = :partnershipId
            ORDER BY seq
            """)
    List<AssessmentRow> history(@Bind("teamId") String teamId, @Bind("partnershipId") String partnershipId);

    @SqlQuery("""
            SELECT COALESCE(MAX(seq), 0) FROM assessment
            WHERE team_id = :teamId AND partnership_id = :partnershipId
            """)
    int lastSeq(@Bind("teamId") String teamId, @Bind("partnershipId") String partnershipId);

    final class Mapper implements RowMapper<AssessmentRow> {
        @Override
        public AssessmentRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new AssessmentRow(
                    rs.getString("team_id"),
                    rs.getString("id"),
                    rs.getString("partnership_id"),
                    rs.getInt("seq"),
                    rs.getString("playbook_id"),
                    rs.getString("playbook_version"),
                    rs.getString("answered_by"),
                    Instant.ofEpochMilli(rs.getLong("answered_at")),
                    rs.getString("verdict"),
                    rs.getString("investment"),
                    rs.getString("tier"),
                    rs.getString("answers_json"),
                    rs.getString("result_json"));
        }
    }
}
