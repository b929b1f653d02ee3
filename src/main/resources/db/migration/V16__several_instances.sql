-- Several instances on one database. Slack delivers an event again when its first delivery was not acknowledged in
-- time, and behind a load balancer the retry may reach another instance: the requests handled lately are kept here,
-- so whichever instance gets the retry acknowledges it without doing the work twice. status is 'handling' from the
-- moment an instance takes the request until it answered it, then 'done'; a request left 'handling' for long by an
-- instance that stopped is taken over by the retry. Rows older than an hour are removed by the hourly sweep.
-- request_key is "event:<event_id>", "envelope:<envelope_id>" or "body:<sha-256>".
-- Portable SQL: SQLite and PostgreSQL. Times are epoch milliseconds.
CREATE TABLE handled_request (
    team_id      VARCHAR(32)   NOT NULL,
    request_key  VARCHAR(100)  NOT NULL,
    handled_at   BIGINT        NOT NULL,
    status       VARCHAR(8)    NOT NULL,
    PRIMARY KEY (team_id, request_key)
);

CREATE INDEX handled_request_age ON handled_request (team_id, handled_at);

-- Slack takes about one post per channel per second. An instance about to post to a channel first looks whether
-- another one is posting there, or posted there within the last second: the outbox rows of one channel, by status.
CREATE INDEX outbox_channel ON outbox (team_id, channel_id, status, finished_at);

-- When something a workspace's portfolio shows last changed, written by the instance that changed it. Every instance
-- looks here each second, so the overview it keeps ("needs attention") is worked out again and the Home tabs it
-- publishes are refreshed, whichever instance the change was made on.
CREATE TABLE workspace_change (
    team_id     VARCHAR(32)   NOT NULL,
    changed_at  BIGINT        NOT NULL,
    PRIMARY KEY (team_id)
);

CREATE INDEX workspace_change_at ON workspace_change (changed_at);
