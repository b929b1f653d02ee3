-- Crawl, walk, run: each phase a partnership goes through (a run of a phase: the same phase may run again after a
-- gate restarts it), with the date it started and the success criteria the team recorded for it, and the gate that
-- closed it: the answers, what followed (advance, stay, restart, end), the path in plain words, who and when.
-- seq orders a partnership's runs; (team_id, partnership_id, seq) unique means two starts at once cannot both win.
-- A run is gated at most once: phase_gate's key is the run, so a second submission of the same gate is refused.
-- Portable SQL: SQLite and PostgreSQL. Times are epoch milliseconds; dates are local to the partnership.
CREATE TABLE phase_run (
    team_id           VARCHAR(32)    NOT NULL,
    id                VARCHAR(36)    NOT NULL,
    partnership_id    VARCHAR(36)    NOT NULL,
    seq               INTEGER        NOT NULL,
    phase_id          VARCHAR(64)    NOT NULL,
    start_date        VARCHAR(10)    NOT NULL,
    success_criteria  VARCHAR(3000)  NOT NULL,
    started_by        VARCHAR(32)    NOT NULL,
    started_at        BIGINT         NOT NULL,
    PRIMARY KEY (team_id, id),
    CONSTRAINT phase_run_seq UNIQUE (team_id, partnership_id, seq),
    CONSTRAINT phase_run_partnership_fk FOREIGN KEY (team_id, partnership_id) REFERENCES partnership (team_id, id)
);

CREATE TABLE phase_gate (
    team_id           VARCHAR(32)    NOT NULL,
    phase_run_id      VARCHAR(36)    NOT NULL,
    partnership_id    VARCHAR(36)    NOT NULL,
    answers_json      TEXT           NOT NULL,
    move              VARCHAR(16)    NOT NULL,
    next_phase_id     VARCHAR(64),
    outcome_id        VARCHAR(64),
    label             VARCHAR(200)   NOT NULL,
    path_explanation  VARCHAR(3000)  NOT NULL,
    gate_date         VARCHAR(10)    NOT NULL,
    decided_by        VARCHAR(32)    NOT NULL,
    decided_at        BIGINT         NOT NULL,
    PRIMARY KEY (team_id, phase_run_id),
    CONSTRAINT phase_gate_run_fk FOREIGN KEY (team_id, phase_run_id) REFERENCES phase_run (team_id, id)
);

CREATE INDEX phase_gate_partnership ON phase_gate (team_id, partnership_id);
