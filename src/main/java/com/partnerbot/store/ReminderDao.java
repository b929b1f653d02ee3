package com.partnerbot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The reminder store: every kind of reminder of every partnership, scheduled by a source (an assessment, the launch
 * plan, a phase, recorded activity), handed to the outbox once by whichever sweep marks it sent first.
 */
@RegisterRowMapper(ReminderDao.Mapper.class)
public interface ReminderDao {

    @SqlUpdate("""
            INSERT INTO reminder
              (team_id, id, partnership_id, kind, source, source_id, reminder_key, label, due_date, due_at, time_zone,
               expires_at, status, reason, sends, created_at, ended_at)
            VALUES (:teamId, :id, :partnershipId, :kind, :source, :sourceId, :key, :label, :dueDate, :dueAt, :zone,
                    :expiresAt, :status, :reason, 0, :now, :endedAt)
            """)
    void insert(
            @Bind("teamId") String teamId,
            @Bind("id") String id,
            @Bind("partnershipId") String partnershipId,
            @Bind("kind") String kind,
            @Bind("source") String source,
            @Bind("sourceId") String sourceId,
            @Bind("key") String key,
            @Bind("label") String label,
            @Bind("dueDate") String dueDate,
            @Bind("dueAt") long dueAt,
            @Bind("zone") String zone,
            @Bind("expiresAt") Long expiresAt,
            @Bind("status") String status,
            @Bind("reason") String reason,
            @Bind("now") long now,
            @Bind("endedAt") Long endedAt);

    @SqlQuery("SELECT * FROM reminder WHERE team_id = :teamId AND id = :id")
    Optional<ReminderRow> find(@Bind("teamId") String teamId, @Bind("id") String id);

    /** What a source scheduled for a partnership and has not cancelled: what a new plan of it replaces or keeps. */
    @SqlQuery("""
            SELECT * FROM reminder
            WHERE team_id = :teamId AND partnership_id = :partnershipId AND source = :source AND status <> 'cancelled'
            ORDER BY due_at, id
            """)
    List<ReminderRow> ofSource(
            @Bind("teamId") String teamId, @Bind("partnershipId") String partnershipId, @Bind("source") String source);

    @SqlQuery("""
            SELECT * FROM reminder
            WHERE team_id = :teamId AND partnership_id = :partnershipId
            ORDER BY due_at, id
            """)
    List<ReminderRow> ofPartnership(@Bind("teamId") String teamId, @Bind("partnershipId") String partnershipId);

    @SqlQuery("""
            SELECT * FROM reminder
            WHERE team_id = :teamId AND partnership_id = :partnershipId AND status = 'scheduled'
            ORDER BY due_at, id
            """)
    List<ReminderRow> scheduled(@Bind("teamId") String teamId, @Bind("partnershipId") String partnershipId);

    /** The workspace's next reminders, soonest first. */
    @SqlQuery("""
            SELECT * FROM reminder
            WHERE team_id = :teamId AND status = 'scheduled'
            ORDER BY due_at, id LIMIT :limit
            """)
    List<ReminderRow> upcoming(@Bind("teamId") String teamId, @Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*) FROM reminder WHERE team_id = :teamId AND status = 'scheduled'")
    int countScheduled(@Bind("teamId") String teamId);

    @SqlUpdate("""
            UPDATE reminder SET status = 'cancelled', ended_by = :by, ended_at = :now
            WHERE team_id = :teamId AND id = :id AND status = 'scheduled'
            """)
    int cancel(@Bind("teamId") String teamId, @Bind("id") String id, @Bind("by") String by, @Bind("now") long now);

    /** Cancels every reminder still waiting in a workspace, with the reason: the app left it. */
    @SqlUpdate("""
            UPDATE reminder SET status = 'cancelled', reason = :reason, ended_at = :now
            WHERE team_id = :teamId AND status = 'scheduled'
            """)
    int cancelWorkspace(@Bind("teamId") String teamId, @Bind("reason") String reason, @Bind("now") long now);

    /**
     * The workspaces with reminders due: the one question the sweep asks across workspaces, before it works through
     * each workspace on its own.
     */
    @SqlQuery("SELECT DISTINCT team_id FROM reminder WHERE status = 'scheduled' AND due_at <= :now")
    List<String> workspacesWithDue(@Bind("now") long now);

    @SqlQuery("""
            SELECT * FROM reminder
            WHERE team_id = :teamId AND status = 'scheduled' AND due_at <= :now
            ORDER BY due_at, id LIMIT :limit
            """)
    List<ReminderRow> due(@Bind("teamId") String teamId, @Bind("now") long now, @Bind("limit") int limit);

    /** The soonest time a reminder is due, across workspaces: when the sweep has something to do next. */
    @SqlQuery("SELECT MIN(due_at) FROM reminder WHERE status = 'scheduled'")
    Optional<Long> nextDue();

    /**
     * Marks a scheduled reminder that is due sent, in the transaction that adds its post; 0 when another sweep (or a
     * snooze, a cancel) changed it first, and then nothing may be posted.
     */
    @SqlUpdate("""
            UPDATE reminder SET status = 'sent', sends = sends + 1, sent_at = :now
            WHERE team_id = :teamId AND id = :id AND status = 'scheduled' AND due_at <= :now
            """)
    int markSent(@Bind("teamId") String teamId, @Bind("id") String id, @Bind("now") long now);

    /** The outbox row of the reminder's latest post: how it went is read from there. */
    @SqlUpdate("UPDATE reminder SET outbox_id = :outboxId WHERE team_id = :teamId AND id = :id")
    int recordPost(@Bind("teamId") String teamId, @Bind("id") String id, @Bind("outboxId") String outboxId);

    /** Ends a reminder that is scheduled or sent: done, not applicable, missed, failed. 0 when it had ended. */
    @SqlUpdate("""
            UPDATE reminder SET status = :status, reason = :reason, ended_by = :by, ended_at = :now
            WHERE team_id = :teamId AND id = :id AND status IN ('scheduled', 'sent')
            """)
    int end(
            @Bind("teamId") String teamId,
            @Bind("id") String id,
            @Bind("status") String status,
            @Bind("reason") String reason,
            @Bind("by") String by,
            @Bind("now") long now);

    /** Due again later (a snooze, a new time zone): scheduled at a new date and instant, whether scheduled or sent. */
    @SqlUpdate("""
            UPDATE reminder SET status = 'scheduled', due_date = :dueDate, due_at = :dueAt, time_zone = :zone,
                                expires_at = :expiresAt, ended_by = :by, ended_at = :now
            WHERE team_id = :teamId AND id = :id AND status IN ('scheduled', 'sent')
            """)
    int reschedule(
            @Bind("teamId") String teamId,
            @Bind("id") String id,
            @Bind("dueDate") String dueDate,
            @Bind("dueAt") long dueAt,
            @Bind("zone") String zone,
            @Bind("expiresAt") Long expiresAt,
            @Bind("by") String by,
            @Bind("now") long now);

    /**
     * The reminder whose latest post is outbox row {@code outboxId} could not be posted: marked failed with Slack's
     * reason, in the transaction that fails the row.
     */
    @SqlUpdate("""
            UPDATE reminder SET status = 'failed', reason = :reason, ended_at = :now
            WHERE team_id = :teamId AND outbox_id = :outboxId AND status = 'sent'
            """)
    int postFailed(
            @Bind("teamId") String teamId,
            @Bind("outboxId") String outboxId,
            @Bind("reason") String reason,
            @Bind("now") long now);

    @SqlUpdate("""
            INSERT INTO reminder_item (team_id, reminder_id, item, state, user_id, changed_at)
            VALUES (:teamId, :reminderId, :item, :state, :userId, :now)
            ON CONFLICT (team_id, reminder_id, item)
            DO UPDATE SET state = excluded.state, user_id = excluded.user_id, changed_at = excluded.changed_at
            """)
    void setItem(
            @Bind("teamId") String teamId,
            @Bind("reminderId") String reminderId,
            @Bind("item") int item,
            @Bind("state") String state,
            @Bind("userId") String userId,
            @Bind("now") long now);

    @SqlUpdate("DELETE FROM reminder_item WHERE team_id = :teamId AND reminder_id = :reminderId AND item = :item")
    int clearItem(@Bind("teamId") String teamId, @Bind("reminderId") String reminderId, @Bind("item") int item);

    @SqlQuery("""
            SELECT item, state FROM reminder_item WHERE team_id = :teamId AND reminder_id = :reminderId ORDER BY item
            """)
    @RegisterRowMapper(ItemMapper.class)
    List<ItemState> items(@Bind("teamId") String teamId, @Bind("reminderId") String reminderId);

    /** The outcome of a reminder's post: the outbox row's status and error, when it has one. */
    @SqlQuery("SELECT status, last_error FROM outbox WHERE team_id = :teamId AND id = :id")
    @RegisterRowMapper(PostMapper.class)
    Optional<Post> post(@Bind("teamId") String teamId, @Bind("id") String outboxId);

    record ItemState(int item, String state) {}

    record Post(String status, Optional<String> error) {}

    final class ItemMapper implements RowMapper<ItemState> {
        @Override
        public ItemState map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ItemState(rs.getInt("item"), rs.getString("state"));
        }
    }

    final class PostMapper implements RowMapper<Post> {
        @Override
        public Post map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Post(rs.getString("status"), Optional.ofNullable(rs.getString("last_error")));
        }
    }

    final class Mapper implements RowMapper<ReminderRow> {
        @Override
        public ReminderRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ReminderRow(
                    rs.getString("team_id"),
                    rs.getString("id"),
                    rs.getString("partnership_id"),
                    rs.getString("kind"),
                    rs.getString("source"),
                    Optional.ofNullable(rs.getString("source_id")),
                    rs.getString("reminder_key"),
                    rs.getString("label"),
                    LocalDate.parse(rs.getString("due_date")),
                    Instant.ofEpochMilli(rs.getLong("due_at")),
                    rs.getString("time_zone"),
                    millis(rs, "expires_at"),
                    rs.getString("status"),
                    Optional.ofNullable(rs.getString("reason")),
                    rs.getInt("sends"),
                    Optional.ofNullable(rs.getString("outbox_id")),
                    Optional.ofNullable(rs.getString("ended_by")),
                    millis(rs, "ended_at"));
        }

        private static Optional<Instant> millis(ResultSet rs, String column) throws SQLException {
            long value = rs.getLong(column);
            return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(value));
        }
    }
}
