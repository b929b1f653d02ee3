package com.partnerbot.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * A partnership's record, read as one list: every table that keeps something that happened to it, each narrowed to
 * the partnership by its index, in one {@code UNION ALL} with the same columns, paged in SQL. Only what the history
 * shows is selected (no answers, texts or JSON).
 *
 * <p>Every row has {@code kind}, {@code at} (epoch milliseconds), {@code ord} (at the same instant, the order
 * things follow one another in: an assessment, a charter version, its signature, a tick, a gate, the phase it starts,
 * a reminder sent or ended, the activity recorded with it), {@code seq} and {@code ref} (a stable order among the
 * rest), {@code who} (null for the bot), then what the kind shows in {@code n} and
 * {@code t1} to {@code t6}:
 *
 * <ul>
 *   <li>{@code assessed}: seq; t1-t3 the verdict, tier and investment; n the previous assessment's seq (null for the
 *       first) and t4-t6 its verdict, tier and investment;
 *   <li>{@code charter_written}: seq the version;
 *   <li>{@code signed}: seq the version; t1 side, t2 method, t3 the signer's own workspace, t4 the evidence;
 *   <li>{@code ticked}: n 1 ticked or 0 unticked; t1 the checklist, t2 the item;
 *   <li>{@code phase_started}: t1 the phase, t2 its start date;
 *   <li>{@code gate}: t1 the phase gated, t2 the outcome, t3 the move;
 *   <li>{@code reminder_sent}: t1 the kind, t2 the label;
 *   <li>{@code reminder_ended}: t1 the kind, t2 the label, t3 the status, t4 the reason, t5 the date it is due. A
 *       reminder ended by a person (done, not applicable, cancelled, snoozed: still scheduled or sent, with who), or
 *       missed or failed after it was scheduled; cancellations and moves the bot makes when a newer assessment or
 *       plan replaces a reminder are left out: that assessment or plan is the event;
 *   <li>{@code activity}: t1 the note, t2 its date.
 * </ul>
 *
 * A reminder keeps only its latest post, so one snoozed and posted again shows that post.
 */
@RegisterConstructorMapper(HistoryDao.Row.class)
public interface HistoryDao {

    record Row(
            String kind,
            long at,
            int ord,
            int seq,
            String ref,
            String who,
            Integer n,
            String t1,
            String t2,
            String t3,
            String t4,
            String t5,
            String t6) {}

    String EVENTS = """
            SELECT 'assessed' AS kind, a.answered_at AS at, 1 AS ord, a.seq AS seq, a.id AS ref, a.answered_by AS who,
                   b.seq AS n, a.verdict AS t1, a.tier AS t2, a.investment AS t3, b.verdict AS t4, b.tier AS t5,
                   b.investment AS t6
            FROM assessment a
            LEFT JOIN assessment b
              ON b.team_id = a.team_id AND b.partnership_id = a.partnership_id AND b.seq = a.seq - 1
            WHERE a.team_id = :teamId AND a.partnership_id = :partnershipId
            UNION ALL
            SELECT 'charter_written', v.written_at, 2, v.version, '', v.written_by,
                   NULL, NULL, NULL, NULL, NULL, NULL, NULL
            FROM charter_version v
            WHERE v.team_id = :teamId AND v.partnership_id = :partnershipId
            UNION ALL
            SELECT 'signed', s.signed_at, 3, s.version, s.side, s.recorded_by,
                   NULL, s.side, s.method, s.user_team_id, s.evidence, NULL, NULL
            FROM charter_signature s
            WHERE s.team_id = :teamId AND s.partnership_id = :partnershipId
            UNION ALL
            SELECT 'ticked', t.ticked_at, 4, t.seq, '', t.user_id,
                   CASE WHEN t.ticked THEN 1 ELSE 0 END, t.checklist_id, t.item_id, NULL, NULL, NULL, NULL
            FROM checklist_tick t
            WHERE t.team_id = :teamId AND t.partnership_id = :partnershipId
            UNION ALL
            SELECT 'phase_started', r.started_at, 6, r.seq, r.id, r.started_by,
                   NULL, r.phase_id, r.start_date, NULL, NULL, NULL, NULL
            FROM phase_run r
            WHERE r.team_id = :teamId AND r.partnership_id = :partnershipId
            UNION ALL
            SELECT 'gate', g.decided_at, 5, r.seq, g.phase_run_id, g.decided_by,
                   NULL, r.phase_id, g.label, g.move, NULL, NULL, NULL
            FROM phase_gate g
            JOIN phase_run r ON r.team_id = g.team_id AND r.id = g.phase_run_id
            WHERE g.team_id = :teamId AND g.partnership_id = :partnershipId
            UNION ALL
            SELECT 'reminder_sent', m.sent_at, 7, m.sends, m.id, NULL,
                   NULL, m.kind, m.label, NULL, NULL, NULL, NULL
            FROM reminder m
            WHERE m.team_id = :teamId AND m.partnership_id = :partnershipId AND m.sent_at IS NOT NULL
            UNION ALL
            SELECT 'reminder_ended', m.ended_at, 8, m.sends, m.id, m.ended_by,
                   NULL, m.kind, m.label, m.status, m.reason, m.due_date, NULL
            FROM reminder m
            WHERE m.team_id = :teamId AND m.partnership_id = :partnershipId AND m.ended_at IS NOT NULL
              AND (m.ended_by IS NOT NULL
                   OR m.status = 'failed'
                   OR (m.status = 'missed' AND m.ended_at > m.created_at))
            UNION ALL
            SELECT 'activity', c.recorded_at, 9, 0, c.id, c.user_id,
                   NULL, c.note, c.activity_date, NULL, NULL, NULL, NULL
            FROM activity c
            WHERE c.team_id = :teamId AND c.partnership_id = :partnershipId
            """;

    @SqlQuery("SELECT COUNT(*) FROM (" + EVENTS + ") h")
    int count(String teamId, String partnershipId);

    /** Newest first; at the same instant, the later in {@code ord}, then the higher {@code seq}, first. */
    @SqlQuery("SELECT * FROM (" + EVENTS + ") h ORDER BY at DESC, ord DESC, seq DESC, ref LIMIT :limit OFFSET :offset")
    List<Row> page(String teamId, String partnershipId, int limit, int offset);
}
