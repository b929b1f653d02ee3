package com.partnerbot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * What {@code /partner reminders} reads besides what is waiting: the reminders whose post did not go out lately, with
 * why (Slack's error from the outbox row, or the reminder's own reason when it was never handed to the outbox).
 */
@RegisterRowMapper(ReminderPreviewDao.FailedMapper.class)
public interface ReminderPreviewDao {

    /** A reminder not posted, why ({@code error}: Slack's error code or the reminder's reason) and since when. */
    record Failed(ReminderRow reminder, String error, Instant at) {}

    String FAILED = """
            SELECT r.*, COALESCE(o.last_error, r.reason) AS why, COALESCE(o.finished_at, r.ended_at) AS failed_at
            FROM reminder r LEFT JOIN outbox o ON o.team_id = r.team_id AND o.id = r.outbox_id
            WHERE r.team_id = :teamId
              AND ((o.status = 'failed' AND o.finished_at >= :since)
                   OR (r.status IN ('missed', 'failed') AND r.ended_at >= :since))
            """;

    @SqlQuery(FAILED + " ORDER BY failed_at DESC, r.id LIMIT :limit")
    List<Failed> failedSince(String teamId, long since, int limit);

    @SqlQuery(FAILED + " AND r.partnership_id = :partnershipId ORDER BY failed_at DESC, r.id LIMIT :limit")
    List<Failed> failedSinceOf(String teamId, String partnershipId, long since, int limit);

    @SqlQuery("""
            SELECT COUNT(*) FROM reminder
            WHERE team_id = :teamId AND partnership_id = :partnershipId AND status = 'scheduled'
            """)
    int countScheduledOf(String teamId, String partnershipId);

    final class FailedMapper implements RowMapper<Failed> {
        private final ReminderDao.Mapper reminders = new ReminderDao.Mapper();

        @Override
        public Failed map(ResultSet rs, StatementContext ctx) throws SQLException {
            String why = rs.getString("why");
            return new Failed(
                    reminders.map(rs, ctx), why == null ? "" : why, Instant.ofEpochMilli(rs.getLong("failed_at")));
        }
    }
}
