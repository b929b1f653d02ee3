package com.partnerbot.store;

import java.util.stream.Stream;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.FetchSize;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Every partnership of a workspace with where it stands, for {@code /partner export}: one query, read row by row.
 *
 * <p>Each "latest" is a correlated subquery on a key the schema already indexes (assessment and phase run by seq,
 * charter by version, gates by partnership, reminders by partnership, status and time), so ten thousand partnerships
 * take one pass and no row is decoded from JSON. Every table is filtered by the workspace. The latest run is ended
 * when the latest gate closed it: a gate that starts a phase does so in its own transaction, so an open run is
 * always newer than every gate.
 */
@RegisterConstructorMapper(ExportRow.class)
public interface ExportDao {

    /** Rows fetched from the database at a time; the rest stays there until read. */
    int FETCH_SIZE = 500;

    @SqlQuery("""
            SELECT p.id AS partnership_id, p.name, p.channel_id, p.owner_user_id, p.description, p.created_at,
                   a.seq AS assessments, a.answered_at AS assessed_at, a.verdict, a.tier, a.investment,
                   cv.version AS charter_version,
                   (SELECT MAX(s.signed_at) FROM charter_signature s
                    WHERE s.team_id = cv.team_id AND s.partnership_id = cv.partnership_id
                      AND s.version = cv.version AND s.side = 'us') AS us_signed_at,
                   (SELECT MAX(s.signed_at) FROM charter_signature s
                    WHERE s.team_id = cv.team_id AND s.partnership_id = cv.partnership_id
                      AND s.version = cv.version AND s.side = 'partner') AS partner_signed_at,
                   r.id AS phase_run_id, r.phase_id, r.start_date AS phase_since,
                   g.phase_run_id AS gate_run_id, g.outcome_id AS gate_outcome_id, g.label AS gate_outcome,
                   g.gate_date,
                   n.due_date AS reminder_date, n.due_at AS reminder_at, n.kind AS reminder_kind,
                   n.label AS reminder_label
            FROM partnership p
            LEFT JOIN assessment a
              ON a.team_id = p.team_id AND a.partnership_id = p.id
             AND a.seq = (SELECT MAX(a2.seq) FROM assessment a2
                          WHERE a2.team_id = p.team_id AND a2.partnership_id = p.id)
            LEFT JOIN charter_version cv
              ON cv.team_id = p.team_id AND cv.partnership_id = p.id
             AND cv.version = (SELECT MAX(v2.version) FROM charter_version v2
                               WHERE v2.team_id = p.team_id AND v2.partnership_id = p.id)
            LEFT JOIN phase_run r
              ON r.team_id = p.team_id AND r.partnership_id = p.id
             AND r.seq = (SELECT MAX(r2.seq) FROM phase_run r2
                          WHERE r2.team_id = p.team_id AND r2.partnership_id = p.id)
            LEFT JOIN phase_gate g
              ON g.team_id = p.team_id AND g.partnership_id = p.id
             AND g.phase_run_id = (SELECT g2.phase_run_id FROM phase_gate g2
                                   WHERE g2.team_id = p.team_id AND g2.partnership_id = p.id
                                   ORDER BY g2.decided_at DESC, g2.phase_run_id DESC LIMIT 1)
            LEFT JOIN reminder n
              ON n.team_id = p.team_id AND n.partnership_id = p.id
             AND n.id = (SELECT n2.id FROM reminder n2
                         WHERE n2.team_id = p.team_id AND n2.partnership_id = p.id AND n2.status = 'scheduled'
                         ORDER BY n2.due_at, n2.id LIMIT 1)
            WHERE p.team_id = :teamId
            ORDER BY p.name_key, p.id
            """)
    @FetchSize(FETCH_SIZE)
    Stream<ExportRow> rows(String teamId);
}
