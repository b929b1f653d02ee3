package com.partnerbot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.AllowUnusedBindings;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The portfolio read model: pages, counts and the partnerships that need attention, worked out by the database. A
 * row is the partnership's own columns (its newest assessment's outcome and its running phase are kept on it), so no
 * assessment JSON is read. Each query filters by the workspace; the indexes it needs are in {@code V13__portfolio}.
 */
@RegisterConstructorMapper(PortfolioDao.Row.class)
@RegisterConstructorMapper(PortfolioDao.Count.class)
@RegisterConstructorMapper(PortfolioDao.Upcoming.class)
public interface PortfolioDao {

    /** One partnership as a list shows it; times are epoch milliseconds, null when there is none. */
    record Row(
            String id,
            String name,
            String channelId,
            String ownerUserId,
            String verdict,
            String tier,
            String investment,
            Long assessedAt,
            String phase) {}

    /** A partnership that needs attention, with what its list may be sorted by (epoch milliseconds, or null). */
    record Flag(String partnershipId, Long assessedAt, Long nextAt) {}

    /** How many partnerships have {@code value} (null: none) in a column. */
    record Count(String value, int n) {}

    /** A reminder waiting to be posted, with its partnership's name. */
    record Upcoming(
            String id,
            String partnershipId,
            String partnershipName,
            String kind,
            String label,
            long dueAt,
            String timeZone) {}

    /** What narrows a page to some partnerships; {@code :value} is what the column must hold. */
    enum Narrowing {
        ANY(""),
        OWNER("AND p.owner_user_id = :value"),
        TIER("AND p.latest_tier = :value"),
        PHASE("AND p.current_phase = :value");

        final String sql;

        Narrowing(String sql) {
            this.sql = sql;
        }
    }

    /**
     * The order of a page. Names are unique in a workspace, so each order is total. Last assessed: newest first, never
     * assessed last. Next reminder: soonest first, none last.
     */
    enum Order {
        NAME("", "p.name_key"),
        ASSESSED("", "p.latest_assessed_at DESC NULLS LAST, p.name_key"),
        REMINDER("""
                LEFT JOIN (SELECT n.partnership_id, MIN(n.due_at) AS next_at FROM reminder n
                           WHERE n.team_id = :teamId AND n.status = 'scheduled'
                           GROUP BY n.partnership_id) n ON n.partnership_id = p.id
                """, "n.next_at NULLS LAST, p.name_key");

        final String join;
        final String sql;

        Order(String join, String sql) {
            this.join = join;
            this.sql = sql;
        }
    }

    String ROW = """
            p.id, p.name, p.channel_id, p.owner_user_id, p.latest_verdict AS verdict, p.latest_tier AS tier,
            p.latest_investment AS investment, p.latest_assessed_at AS assessed_at, p.current_phase AS phase
            """;

    /**
     * Why partnerships need attention, one row per partnership and reason that holds (a partnership may be listed under
     * several reasons, and under one several times). {@code :now} is the present and {@code :since} how far back a
     * reminder that could not be posted still counts; README ("Home") says the rules in words:
     *
     * <ul>
     *   <li>handshake: its newest verdict is a handshake;
     *   <li>charter_unsigned: its charter's current version lacks a side's signature;
     *   <li>overdue: a follow-up was posted and no assessment came after it, or a launch stage or check-in is still open
     *       after its stage or week ended;
     *   <li>ghosting: a ghosting warning was posted and no activity was recorded since;
     *   <li>gate_due: a gate review or an overdue notice was posted and that phase's gate has not been run;
     *   <li>not_posted: a reminder could not be posted since {@code :since}.
     * </ul>
     */
    String ATTENTION = """
            SELECT p.id AS pid, 'handshake' AS reason FROM partnership p
            WHERE p.team_id = :teamId AND p.latest_verdict = 'handshake'
            UNION ALL
            SELECT v.partnership_id, 'charter_unsigned' FROM charter_version v
            WHERE v.team_id = :teamId
              AND v.version = (SELECT MAX(w.version) FROM charter_version w
                               WHERE w.team_id = v.team_id AND w.partnership_id = v.partnership_id)
              AND (SELECT COUNT(*) FROM charter_signature s
                   WHERE s.team_id = v.team_id AND s.partnership_id = v.partnership_id AND s.version = v.version) < 2
            UNION ALL
            SELECT r.partnership_id, 'overdue' FROM reminder r
            WHERE r.team_id = :teamId AND r.status = 'sent' AND r.kind = 'follow_up'
              AND NOT EXISTS (SELECT 1 FROM partnership q
                              WHERE q.team_id = r.team_id AND q.id = r.partnership_id
                                AND q.latest_assessed_at > r.sent_at)
            UNION ALL
            SELECT r.partnership_id, 'overdue' FROM reminder r
            WHERE r.team_id = :teamId AND r.status = 'sent' AND r.kind IN ('launch_stage', 'check_in')
              AND r.expires_at <= :now
            UNION ALL
            SELECT r.partnership_id, 'ghosting' FROM reminder r
            WHERE r.team_id = :teamId AND r.status = 'sent' AND r.kind = 'ghosting'
              AND NOT EXISTS (SELECT 1 FROM activity c
                              WHERE c.team_id = r.team_id AND c.partnership_id = r.partnership_id
                                AND c.recorded_at >= r.sent_at)
            UNION ALL
            SELECT r.partnership_id, 'gate_due' FROM reminder r
            WHERE r.team_id = :teamId AND r.status = 'sent' AND r.kind IN ('gate_review', 'phase_overdue')
              AND NOT EXISTS (SELECT 1 FROM phase_gate g WHERE g.team_id = r.team_id AND g.phase_run_id = r.source_id)
            UNION ALL
            SELECT r.partnership_id, 'not_posted' FROM reminder r
            WHERE r.team_id = :teamId AND r.status = 'failed' AND r.ended_at >= :since
            """;

    @SqlQuery("SELECT COUNT(*) FROM partnership p WHERE p.team_id = :teamId <narrowing>")
    @AllowUnusedBindings
    int countRows(@Define String narrowing, String teamId, String value);

    default int count(String teamId, Narrowing narrowing, String value) {
        return countRows(narrowing.sql, teamId, value);
    }

    @SqlQuery("SELECT " + ROW + " FROM partnership p <join> WHERE p.team_id = :teamId <narrowing>"
            + " ORDER BY <order> LIMIT :limit OFFSET :offset")
    @AllowUnusedBindings
    List<Row> pageRows(
            @Define String join,
            @Define String narrowing,
            @Define String order,
            String teamId,
            String value,
            int limit,
            int offset);

    default List<Row> page(String teamId, Narrowing narrowing, String value, Order order, int limit, int offset) {
        return pageRows(order.join, narrowing.sql, order.sql, teamId, value, limit, offset);
    }

    /** The partnerships with these ids, in no particular order. */
    @SqlQuery("SELECT " + ROW + " FROM partnership p WHERE p.team_id = :teamId AND p.id IN (<ids>)")
    List<Row> rows(String teamId, @BindList(onEmpty = BindList.EmptyHandling.NULL_STRING) Collection<String> ids);

    /**
     * Why the workspace's partnerships need attention: one row per rule that holds, so a partnership may come several
     * times, under one reason or several.
     */
    @SqlQuery("SELECT x.pid AS partnership_id, x.reason FROM (" + ATTENTION + ") x")
    @RegisterRowMapper(ReasonMapper.class)
    List<Reason> attention(String teamId, long now, long since);

    /**
     * The partnerships that need attention, each once, by name, with when each was last assessed and its next
     * reminder: what their list is sorted by.
     */
    @SqlQuery("SELECT p.id AS partnership_id, p.latest_assessed_at AS assessed_at,"
            + " (SELECT MIN(n.due_at) FROM reminder n"
            + "  WHERE n.team_id = p.team_id AND n.partnership_id = p.id AND n.status = 'scheduled') AS next_at"
            + " FROM partnership p WHERE p.team_id = :teamId AND p.id IN (SELECT x.pid FROM (" + ATTENTION + ") x)"
            + " ORDER BY p.name_key")
    @RegisterRowMapper(FlagMapper.class)
    List<Flag> flagged(String teamId, long now, long since);

    /** Why these partnerships need attention: the rules of {@link #ATTENTION}, for the rows of one page. */
    @SqlQuery("SELECT DISTINCT x.pid AS partnership_id, x.reason FROM (" + ATTENTION + ") x WHERE x.pid IN (<ids>)")
    @RegisterRowMapper(ReasonMapper.class)
    List<Reason> attentionOf(
            String teamId,
            @BindList(onEmpty = BindList.EmptyHandling.NULL_STRING) Collection<String> ids,
            long now,
            long since);

    /** A partnership needs attention for {@code reason}. */
    record Reason(String partnershipId, String reason) {}

    /** The reminders waiting for these partnerships, soonest first: the first of each is its next reminder. */
    @SqlQuery("""
            SELECT r.id, r.partnership_id, p.name AS partnership_name, r.kind, r.label, r.due_at, r.time_zone
            FROM reminder r JOIN partnership p ON p.team_id = r.team_id AND p.id = r.partnership_id
            WHERE r.team_id = :teamId AND r.status = 'scheduled' AND r.partnership_id IN (<ids>)
            ORDER BY r.due_at, r.id
            """)
    List<Upcoming> waitingFor(
            String teamId, @BindList(onEmpty = BindList.EmptyHandling.NULL_STRING) Collection<String> ids);

    /** The workspace's reminders waiting to be posted before {@code until}, soonest first. */
    @SqlQuery("""
            SELECT r.id, r.partnership_id, p.name AS partnership_name, r.kind, r.label, r.due_at, r.time_zone
            FROM reminder r JOIN partnership p ON p.team_id = r.team_id AND p.id = r.partnership_id
            WHERE r.team_id = :teamId AND r.status = 'scheduled' AND r.due_at < :until
            ORDER BY r.due_at, r.id LIMIT :limit
            """)
    List<Upcoming> upcoming(String teamId, long until, int limit);

    @SqlQuery("SELECT COUNT(*) FROM reminder WHERE team_id = :teamId AND status = 'scheduled' AND due_at < :until")
    int countUpcoming(String teamId, long until);

    @SqlQuery("SELECT p.latest_verdict AS value, COUNT(*) AS n FROM partnership p WHERE p.team_id = :teamId"
            + " GROUP BY p.latest_verdict")
    List<Count> byVerdict(String teamId);

    @SqlQuery("SELECT p.latest_tier AS value, COUNT(*) AS n FROM partnership p WHERE p.team_id = :teamId"
            + " GROUP BY p.latest_tier")
    List<Count> byTier(String teamId);

    @SqlQuery("SELECT p.current_phase AS value, COUNT(*) AS n FROM partnership p WHERE p.team_id = :teamId"
            + " GROUP BY p.current_phase")
    List<Count> byPhase(String teamId);

    /** Plain mappers for the attention queries, which return a row per partnership of a large workspace. */
    final class ReasonMapper implements RowMapper<Reason> {
        @Override
        public Reason map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Reason(rs.getString("partnership_id"), rs.getString("reason"));
        }
    }

    final class FlagMapper implements RowMapper<Flag> {
        @Override
        public Flag map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Flag(rs.getString("partnership_id"), millis(rs, "assessed_at"), millis(rs, "next_at"));
        }

        private static Long millis(ResultSet rs, String column) throws SQLException {
            long value = rs.getLong(column);
            return rs.wasNull() ? null : value;
        }
    }
}
