-- Everything the bot owes a channel or a person, written in the same transaction as the change it reports, and
-- sent by whichever instance claims it. A claim is a lease: a row left "sending" past lease_until by a process
-- that died is taken over, and since that process may have posted it, the channel's history is searched for the
-- row's id (sent in the message metadata) before posting again. Times are epoch milliseconds.
CREATE TABLE outbox (
    team_id          VARCHAR(32)   NOT NULL,
    id               VARCHAR(36)   NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    channel_id       VARCHAR(32)   NOT NULL,
    text             TEXT          NOT NULL,
    blocks_json      TEXT,
    requester_id     VARCHAR(32),
    response_url     VARCHAR(500),
    about            VARCHAR(300)  NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    created_at       BIGINT        NOT NULL,
    not_before       BIGINT        NOT NULL,
    give_up_at       BIGINT        NOT NULL,
    attempts         INT           NOT NULL,
    claimed_by       VARCHAR(64),
    claimed_at       BIGINT,
    lease_until      BIGINT,
    uncertain_since  BIGINT,
    last_error       VARCHAR(100),
    posted_channel   VARCHAR(32),
    ts               VARCHAR(32),
    finished_at      BIGINT,
    PRIMARY KEY (team_id, id)
);

CREATE INDEX outbox_due ON outbox (status, not_before);
CREATE INDEX outbox_lease ON outbox (status, lease_until);

-- Follow-ups are now handed to the outbox in the transaction that marks them sent; one left "sending" by the
-- earlier sweep is scheduled again.
UPDATE follow_up SET status = 'scheduled' WHERE status = 'sending';
