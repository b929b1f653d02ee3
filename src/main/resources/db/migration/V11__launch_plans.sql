-- The tier follow-ups live in the reminder store now.
DROP TABLE follow_up;

-- A partnership's launch plan: the launch date, each side's launch owner, the integration pathway, and the time
-- zone and time of day its reminders are posted at. One row per partnership, replaced when edited; version counts
-- the edits, so a form opened before another person's save is refused rather than overwriting it.
CREATE TABLE launch_plan (
    team_id              VARCHAR(32)    NOT NULL,
    partnership_id       VARCHAR(36)    NOT NULL,
    version              INTEGER        NOT NULL,
    launch_date          VARCHAR(10)    NOT NULL,
    our_owner_user_id    VARCHAR(32)    NOT NULL,
    partner_owner        VARCHAR(200)   NOT NULL,
    integration_pathway  VARCHAR(1000)  NOT NULL,
    time_zone            VARCHAR(64)    NOT NULL,
    remind_at            VARCHAR(5)     NOT NULL,
    updated_by           VARCHAR(32)    NOT NULL,
    updated_at           BIGINT         NOT NULL,
    PRIMARY KEY (team_id, partnership_id),
    CONSTRAINT launch_plan_partnership_fk FOREIGN KEY (team_id, partnership_id) REFERENCES partnership (team_id, id)
);

-- What a partnership's people say moved ("What moved this week?"), and other recorded activity: what keeps a
-- launched partnership from being ghosted.
CREATE TABLE activity (
    team_id         VARCHAR(32)    NOT NULL,
    id              VARCHAR(36)    NOT NULL,
    partnership_id  VARCHAR(36)    NOT NULL,
    activity_date   VARCHAR(10)    NOT NULL,
    note            VARCHAR(500)   NOT NULL,
    user_id         VARCHAR(32)    NOT NULL,
    recorded_at     BIGINT         NOT NULL,
    PRIMARY KEY (team_id, id),
    CONSTRAINT activity_partnership_fk FOREIGN KEY (team_id, partnership_id) REFERENCES partnership (team_id, id)
);

CREATE INDEX activity_partnership ON activity (team_id, partnership_id, activity_date);
