-- The portfolio read model: /partner list and the Home tab page, count and filter a workspace's partnerships in the
-- database, decoding no assessment JSON. The latest assessment's outcome and the phase running now are kept on the
-- partnership itself (written in the transaction that stores the assessment, starts the phase or ends the phases),
-- so a page, a count by verdict, tier or phase, and a sort by when each was last assessed read one table through an
-- index. Portable SQL: SQLite and PostgreSQL.
ALTER TABLE partnership ADD COLUMN latest_verdict VARCHAR(40);
ALTER TABLE partnership ADD COLUMN latest_tier VARCHAR(40);
ALTER TABLE partnership ADD COLUMN latest_investment VARCHAR(40);
ALTER TABLE partnership ADD COLUMN latest_assessed_at BIGINT;
ALTER TABLE partnership ADD COLUMN current_phase VARCHAR(64);

UPDATE partnership
SET (latest_verdict, latest_tier, latest_investment, latest_assessed_at) =
        (SELECT a.verdict, a.tier, a.investment, a.answered_at FROM assessment a
         WHERE a.team_id = partnership.team_id AND a.partnership_id = partnership.id
         ORDER BY a.seq DESC LIMIT 1),
    current_phase = (SELECT r.phase_id FROM phase_run r
                     WHERE r.team_id = partnership.team_id AND r.partnership_id = partnership.id
                       AND r.seq = (SELECT MAX(x.seq) FROM phase_run x
                                    WHERE x.team_id = r.team_id AND x.partnership_id = r.partnership_id)
                       AND NOT EXISTS (SELECT 1 FROM phase_gate g
                                       WHERE g.team_id = r.team_id AND g.phase_run_id = r.id));

CREATE INDEX partnership_by_verdict ON partnership (team_id, latest_verdict, name_key);
CREATE INDEX partnership_by_tier ON partnership (team_id, latest_tier, name_key);
CREATE INDEX partnership_by_phase ON partnership (team_id, current_phase, name_key);
CREATE INDEX partnership_by_owner ON partnership (team_id, owner_user_id, name_key);
CREATE INDEX partnership_by_assessed ON partnership (team_id, latest_assessed_at DESC, name_key);

-- A workspace's reminders by state and time (the next seven days), by state and kind with what says whether one
-- posted is still open (covering: what needs attention is read from this index alone), and each partnership's next.
CREATE INDEX reminder_team_status ON reminder (team_id, status, due_at);
CREATE INDEX reminder_open ON reminder (team_id, status, kind, partnership_id, sent_at, expires_at, source_id);
-- A partnership's next reminder is its earliest waiting one: (team, partnership, status) then due_at. With the index on
-- (team_id, partnership_id, status) alone a planner could prefer reminder_due (status, due_at) and walk every waiting
-- reminder of the workspace for each partnership (minutes for an export of 10,000 partnerships on SQLite, a tenth of
-- a second with this index). The wider index serves every query the narrower one did, so it replaces it.
DROP INDEX reminder_partnership;
CREATE INDEX reminder_partnership ON reminder (team_id, partnership_id, status, due_at);

-- Where each person left the Home tab: the filter and page they chose, kept across restarts.
CREATE TABLE home_state (
    team_id     VARCHAR(32)   NOT NULL,
    user_id     VARCHAR(32)   NOT NULL,
    list_filter VARCHAR(140)  NOT NULL,
    page        INTEGER       NOT NULL,
    updated_at  BIGINT        NOT NULL,
    PRIMARY KEY (team_id, user_id)
);
