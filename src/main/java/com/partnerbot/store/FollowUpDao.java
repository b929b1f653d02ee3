package com.partnerbot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Follow-ups: scheduled with an assessment, cancelled by the next one, claimed by one sweep while it sends. */
@RegisterRowMapper(FollowUpDao.Mapper.class)
public interface FollowUpDao {

    @SqlUpdate("""
            INSERT INTO follow_up
              (team_id, id, partnership_id, assessment_id, follow_up_key, label, due_date, status)
            VALUES (:teamId, :id, :partnershipId, :assessmentId, :key, :label, :due, 'scheduled')
            """)
    void schedule(
            @Bind("teamId") String teamId,
            @Bind("id") String id,
            @Bind("partnershipId") String partnershipId,
            @Bind("assessmentId") String assessmentId,
            @Bind("key") String key,
            @Bind("label") String label,
            @Bind("due") String isoDate);

    @SqlUpdate("""
            UPDATE follow_up SET status = 'cancelled'
            WHERE team_id = :teamId AND partnership_id = :partnershipId AND status = 'scheduled'
            """)
    int cancelScheduled(@Bind("teamId") String teamId, @Bind("partnershipId") String partnershipId);

    @SqlQuery("""
            SELECT * FROM follow_up
            WHERE team_id = :teamId AND partnership_id = :partnershipId AND status = 'scheduled'
            ORDER BY due_date
            """)
    List<FollowUpRow> scheduled(@Bind("teamId") String teamId, @Bind("partnershipId") String partnershipId);

    /** Scheduled and sent follow-ups of a partnership: what a new assessment must neither drop nor send twice. */
    @SqlQuery("""
            SELECT * FROM follow_up
            WHERE team_id = :teamId AND partnership_id = :partnershipId AND status IN ('scheduled', 'sent')
            ORDER BY due_date
            """)
    List<FollowUpRow> scheduledOrSent(@Bind("teamId") String teamId, @Bind("partnershipId") String partnershipId);

    @SqlUpdate(
            "UPDATE follow_up SET status = 'cancelled' WHERE team_id = :teamId AND id = :id AND status = 'scheduled'")
    int cancel(@Bind("teamId") String teamId, @Bind("id") String id);

    /**
     * The workspaces with follow-ups due: the one question the reminder sweep asks across workspaces, before it
     * works through each workspace on its own.
     */
    @SqlQuery("SELECT DISTINCT team_id FROM follow_up WHERE status = 'scheduled' AND due_date <= :day")
    List<String> workspacesWithDue(@Bind("day") String isoDate);

    @SqlQuery("""
            SELECT * FROM follow_up
            WHERE team_id = :teamId AND status = 'scheduled' AND due_date <= :day
            ORDER BY due_date, id LIMIT :limit
            """)
    List<FollowUpRow> due(@Bind("teamId") String teamId, @Bind("day") String isoDate, @Bind("limit") int limit);

    /**
     * Ends a scheduled follow-up: {@code sent} (handed to the outbox in the same transaction) or {@code failed};
     * 0 when another sweep ended it first.
     */
    @SqlUpdate("""
            UPDATE follow_up SET status = :status, sent_at = :now
            WHERE team_id = :teamId AND id = :id AND status = 'scheduled'
            """)
    int finish(
            @Bind("teamId") String teamId,
            @Bind("id") String id,
            @Bind("status") String status,
            @Bind("now") long nowMillis);

    @SqlQuery("SELECT status FROM follow_up WHERE team_id = :teamId AND id = :id")
    java.util.Optional<String> status(@Bind("teamId") String teamId, @Bind("id") String id);

    final class Mapper implements RowMapper<FollowUpRow> {
        @Override
        public FollowUpRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new FollowUpRow(
                    rs.getString("team_id"),
                    rs.getString("id"),
                    rs.getString("partnership_id"),
                    rs.getString("assessment_id"),
                    rs.getString("follow_up_key"),
                    rs.getString("label"),
                    LocalDate.parse(rs.getString("due_date")),
                    rs.getString("status"));
        }
    }
}
