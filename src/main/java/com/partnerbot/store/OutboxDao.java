package com.partnerbot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * The outbox. A row is due when it is pending and its time has come, or when it was left sending by a claim whose
 * lease ran out. Every change to a claimed row names the claimant, so a process whose claim was taken over cannot
 * overwrite what the new claimant records.
 */
@RegisterRowMapper(OutboxDao.Mapper.class)
public interface OutboxDao {

    @SqlUpdate("""
            INSERT INTO outbox
              (team_id, id, kind, channel_id, text, blocks_json, requester_id, response_url, about, status,
               created_at, not_before, give_up_at, attempts, message_key)
            VALUES
              (:teamId, :id, :kind, :channelId, :text, :blocksJson, :requesterId, :responseUrl, :about, 'pending',
               :createdAt, :createdAt, :giveUpAt, 0, :messageKey)
            """)
    void insert(
            String teamId,
            String id,
            String kind,
            String channelId,
            String text,
            String blocksJson,
            String requesterId,
            String responseUrl,
            String about,
            long createdAt,
            long giveUpAt,
            String messageKey);

    /**
     * A newer version of a living message was added: the rows of the same key still waiting are superseded, so only
     * the newest content is sent. Rows being sent finish; the newer row is sent after them.
     */
    @SqlUpdate("""
            UPDATE outbox SET status = 'superseded', finished_at = :now
            WHERE team_id = :teamId AND message_key = :messageKey AND status = 'pending' AND id <> :newestId
            """)
    int supersede(String teamId, String messageKey, String newestId, long now);

    /** True when another row of the same living message is being sent now, under a lease that still holds. */
    @SqlQuery("""
            SELECT COUNT(*) > 0 FROM outbox
            WHERE team_id = :teamId AND message_key = :messageKey AND id <> :id
              AND status = 'sending' AND lease_until >= :now
            """)
    boolean keyBusy(String teamId, String messageKey, String id, long now);

    /** True when a newer row of the same living message waits to be sent. */
    @SqlQuery("""
            SELECT COUNT(*) > 0 FROM outbox
            WHERE team_id = :teamId AND message_key = :messageKey AND id <> :id AND status = 'pending'
            """)
    boolean waiting(String teamId, String messageKey, String id);

    /** Where a living message is, once posted. */
    @SqlQuery("SELECT channel_id, ts FROM outbox_message WHERE team_id = :teamId AND message_key = :messageKey")
    @RegisterRowMapper(PostedMapper.class)
    Optional<Posted> posted(String teamId, String messageKey);

    /** A living message's channel and Slack timestamp. */
    record Posted(String channelId, String ts) {}

    @SqlUpdate("""
            INSERT INTO outbox_message (team_id, message_key, channel_id, ts, updated_at)
            VALUES (:teamId, :messageKey, :channelId, :ts, :now)
            ON CONFLICT (team_id, message_key) DO UPDATE
              SET channel_id = excluded.channel_id, ts = excluded.ts, updated_at = excluded.updated_at
            """)
    void remember(String teamId, String messageKey, String channelId, String ts, long now);

    /** Marks a row sent and, for a living message, remembers where it now is: one transaction. */
    @Transaction
    default int sentAt(OutboxRow row, String claimant, String channel, String ts, long now) {
        int recorded = sent(row.teamId(), row.id(), claimant, channel, ts, now);
        if (recorded == 1 && row.messageKey().isPresent() && channel != null && ts != null) {
            remember(row.teamId(), row.messageKey().get(), channel, ts, now);
        }
        return recorded;
    }

    /** The workspaces with rows due: the one question asked across workspaces before each is worked on its own. */
    @SqlQuery("""
            SELECT DISTINCT team_id FROM outbox
            WHERE (status = 'pending' AND not_before <= :now) OR (status = 'sending' AND lease_until < :now)
            """)
    List<String> workspacesWithDue(long now);

    @SqlQuery("""
            SELECT * FROM outbox
            WHERE team_id = :teamId
              AND ((status = 'pending' AND not_before <= :now) OR (status = 'sending' AND lease_until < :now))
            ORDER BY created_at, id LIMIT :limit
            """)
    List<OutboxRow> due(String teamId, long now, int limit);

    /**
     * Claims a due row for {@code claimant} until {@code leaseUntil}; 0 when another claimant got it first. Taking
     * over a stale claim marks the row uncertain from the moment of that claim (SQL reads the old values on the
     * right-hand side), because the process that held it may have posted before it died.
     */
    @SqlUpdate("""
            UPDATE outbox SET
              status = 'sending',
              uncertain_since = CASE WHEN status = 'sending' THEN claimed_at ELSE uncertain_since END,
              claimed_by = :claimant, claimed_at = :now, lease_until = :leaseUntil, attempts = attempts + 1
            WHERE team_id = :teamId AND id = :id
              AND ((status = 'pending' AND not_before <= :now) OR (status = 'sending' AND lease_until < :now))
            """)
    int claim(String teamId, String id, String claimant, long now, long leaseUntil);

    /**
     * Extends a claim that still holds to {@code leaseUntil}; 0 when it ran out or was taken over, and the row must
     * not be posted by {@code claimant} any more.
     */
    @SqlUpdate("""
            UPDATE outbox SET lease_until = :leaseUntil
            WHERE team_id = :teamId AND id = :id AND status = 'sending' AND claimed_by = :claimant
              AND lease_until >= :now
            """)
    int renew(String teamId, String id, String claimant, long now, long leaseUntil);

    /**
     * Whether a process other than {@code claimant} is posting to {@code channelId} now, or posted there after {@code
     * since}, or Slack asked any process to wait before posting there again (HTTP 429): several instances keep to
     * Slack's pace per channel together. A sent row keeps who sent it.
     */
    @SqlQuery("""
            SELECT COUNT(*) FROM outbox
            WHERE team_id = :teamId AND channel_id = :channelId
              AND ((claimed_by <> :claimant
                    AND ((status = 'sending' AND lease_until >= :now) OR (status = 'sent' AND finished_at > :since)))
                OR (status = 'pending' AND last_error = 'ratelimited' AND not_before > :now))
            """)
    int channelTakenElsewhere(String teamId, String channelId, String claimant, long now, long since);

    /**
     * A due row whose channel took a post too recently waits until {@code notBefore}; 0 when it is no longer waiting
     * (another process claimed it). Nothing else changes: it was never claimed.
     */
    @SqlUpdate("""
            UPDATE outbox SET not_before = :notBefore
            WHERE team_id = :teamId AND id = :id AND status = 'pending' AND not_before <= :now
            """)
    int postpone(String teamId, String id, long notBefore, long now);

    @SqlQuery("SELECT * FROM outbox WHERE team_id = :teamId AND id = :id")
    Optional<OutboxRow> find(String teamId, String id);

    @SqlUpdate("""
            UPDATE outbox SET status = 'sent', posted_channel = :postedChannel, ts = :ts, finished_at = :now,
              last_error = NULL, lease_until = NULL
            WHERE team_id = :teamId AND id = :id AND status = 'sending' AND claimed_by = :claimant
            """)
    int sent(String teamId, String id, String claimant, String postedChannel, String ts, long now);

    @SqlUpdate("""
            UPDATE outbox SET status = 'pending', not_before = :notBefore, last_error = :error,
              uncertain_since = :uncertainSince, claimed_by = NULL, lease_until = NULL
            WHERE team_id = :teamId AND id = :id AND status = 'sending' AND claimed_by = :claimant
            """)
    int retryLater(String teamId, String id, String claimant, long notBefore, String error, Long uncertainSince);

    @SqlUpdate("""
            UPDATE outbox SET status = 'failed', last_error = :error, finished_at = :now, claimed_by = NULL,
              lease_until = NULL
            WHERE team_id = :teamId AND id = :id AND status = 'sending' AND claimed_by = :claimant
            """)
    int failed(String teamId, String id, String claimant, String error, long now);

    /** Who holds claims now, by workspace: for finding the claims of a process that is gone. */
    @SqlQuery("SELECT DISTINCT team_id, claimed_by FROM outbox WHERE status = 'sending'")
    @RegisterRowMapper(ClaimMapper.class)
    List<Claim> claims();

    /** A workspace's rows claimed by {@code claimant}. */
    record Claim(String teamId, String claimant) {}

    /** Ends the lease of every row {@code claimant} holds in a workspace, so the next pass takes them over. */
    @SqlUpdate("""
            UPDATE outbox SET lease_until = :now - 1
            WHERE team_id = :teamId AND status = 'sending' AND claimed_by = :claimant
            """)
    int expireClaims(String teamId, String claimant, long now);

    /** When the next pending row of any workspace is due, so a sender can wake for it. */
    @SqlQuery("SELECT MIN(not_before) FROM outbox WHERE status = 'pending'")
    Optional<Long> nextDue();

    @SqlQuery("SELECT * FROM outbox WHERE team_id = :teamId ORDER BY created_at, id")
    List<OutboxRow> all(String teamId);

    final class PostedMapper implements RowMapper<Posted> {
        @Override
        public Posted map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Posted(rs.getString("channel_id"), rs.getString("ts"));
        }
    }

    final class ClaimMapper implements RowMapper<Claim> {
        @Override
        public Claim map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Claim(rs.getString("team_id"), rs.getString("claimed_by"));
        }
    }

    final class Mapper implements RowMapper<OutboxRow> {
        @Override
        public OutboxRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            long uncertain = rs.getLong("uncertain_since");
            Optional<Long> uncertainSince = rs.wasNull() ? Optional.empty() : Optional.of(uncertain);
            return new OutboxRow(
                    rs.getString("team_id"),
                    rs.getString("id"),
                    rs.getString("kind"),
                    rs.getString("channel_id"),
                    rs.getString("text"),
                    Optional.ofNullable(rs.getString("blocks_json")),
                    Optional.ofNullable(rs.getString("requester_id")),
                    Optional.ofNullable(rs.getString("response_url")),
                    rs.getString("about"),
                    rs.getString("status"),
                    rs.getLong("created_at"),
                    rs.getLong("not_before"),
                    rs.getLong("give_up_at"),
                    rs.getInt("attempts"),
                    uncertainSince,
                    Optional.ofNullable(rs.getString("last_error")),
                    Optional.ofNullable(rs.getString("ts")),
                    Optional.ofNullable(rs.getString("message_key")));
        }
    }
}
