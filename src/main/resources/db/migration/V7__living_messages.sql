-- Living messages: an outbox row may name the message it keeps up to date (its message_key, e.g. a partnership's
-- charter). The first row of a key posts; later rows edit that message in place (chat.update with the ts recorded
-- here), and post a new one, remembered instead, when the message was deleted. Portable SQL: SQLite and PostgreSQL.
ALTER TABLE outbox ADD COLUMN message_key VARCHAR(200);

CREATE INDEX outbox_message_key ON outbox (team_id, message_key, status);

CREATE TABLE outbox_message (
    team_id      VARCHAR(32)   NOT NULL,
    message_key  VARCHAR(200)  NOT NULL,
    channel_id   VARCHAR(32)   NOT NULL,
    ts           VARCHAR(32)   NOT NULL,
    updated_at   BIGINT        NOT NULL,
    PRIMARY KEY (team_id, message_key)
);
