-- One store for every reminder the bot owes a partnership: the tier follow-ups an assessment schedules, the launch
-- plan's stages and weekly check-ins, phase gate reviews and overdue phases, the ghosting warning. A reminder is
-- keyed by its partnership, kind, source (what scheduled it) and key, so a source replaces only its own.
-- due_date is the date in the partnership's time zone; due_at the instant it is due (that date at the reminder
-- time in that zone, fixed when scheduled, so 09:00 stays 09:00 across a daylight-saving change). A reminder not
-- posted by expires_at is marked missed instead (a bot stopped for weeks does not flood the channel).
-- Portable SQL: SQLite and PostgreSQL. Times are epoch milliseconds.
CREATE TABLE reminder (
    team_id         VARCHAR(32)   NOT NULL,
    id              VARCHAR(36)   NOT NULL,
    partnership_id  VARCHAR(36)   NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    source          VARCHAR(32)   NOT NULL,
    source_id       VARCHAR(36),
    reminder_key    VARCHAR(100)  NOT NULL,
    label           VARCHAR(200)  NOT NULL,
    due_date        VARCHAR(10)   NOT NULL,
    due_at          BIGINT        NOT NULL,
    time_zone       VARCHAR(64)   NOT NULL,
    expires_at      BIGINT,
    status          VARCHAR(16)   NOT NULL,
    reason          VARCHAR(300),
    sends           INTEGER       NOT NULL,
    outbox_id       VARCHAR(36),
    sent_at         BIGINT,
    ended_by        VARCHAR(32),
    ended_at        BIGINT,
    created_at      BIGINT        NOT NULL,
    PRIMARY KEY (team_id, id),
    CONSTRAINT reminder_partnership_fk FOREIGN KEY (team_id, partnership_id) REFERENCES partnership (team_id, id)
);

CREATE INDEX reminder_due ON reminder (status, due_at);
CREATE INDEX reminder_partnership ON reminder (team_id, partnership_id, status);

-- The items of a posted reminder (a launch stage's list) ticked done or not applicable, by whom and when.
CREATE TABLE reminder_item (
    team_id      VARCHAR(32)   NOT NULL,
    reminder_id  VARCHAR(36)   NOT NULL,
    item         INTEGER       NOT NULL,
    state        VARCHAR(16)   NOT NULL,
    user_id      VARCHAR(32)   NOT NULL,
    changed_at   BIGINT        NOT NULL,
    PRIMARY KEY (team_id, reminder_id, item),
    CONSTRAINT reminder_item_reminder_fk FOREIGN KEY (team_id, reminder_id) REFERENCES reminder (team_id, id)
);
