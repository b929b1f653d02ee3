-- The charter of a partnership: every version as written (its texts by section and field id, and the two people
-- who are to sign it), every signature (who, when, which version; in Slack or attested as signed outside Slack),
-- and every tick and untick of a checklist item. Nothing is overwritten: history reads these tables.
-- Portable SQL: SQLite and PostgreSQL. Times are epoch milliseconds.
CREATE TABLE charter_version (
    team_id                 VARCHAR(32)   NOT NULL,
    partnership_id          VARCHAR(36)   NOT NULL,
    version                 INTEGER       NOT NULL,
    texts_json              TEXT          NOT NULL,
    our_signer_user_id      VARCHAR(32)   NOT NULL,
    partner_signer_user_id  VARCHAR(32),
    partner_signer_name     VARCHAR(100),
    partner_signer_email    VARCHAR(254),
    written_by              VARCHAR(32)   NOT NULL,
    written_at              BIGINT        NOT NULL,
    PRIMARY KEY (team_id, partnership_id, version),
    CONSTRAINT charter_version_partnership_fk FOREIGN KEY (team_id, partnership_id)
        REFERENCES partnership (team_id, id)
);

CREATE TABLE charter_signature (
    team_id         VARCHAR(32)    NOT NULL,
    partnership_id  VARCHAR(36)    NOT NULL,
    version         INTEGER        NOT NULL,
    side            VARCHAR(16)    NOT NULL,
    user_id         VARCHAR(32),
    user_team_id    VARCHAR(32),
    method          VARCHAR(16)    NOT NULL,
    evidence        VARCHAR(1000),
    recorded_by     VARCHAR(32)    NOT NULL,
    signed_at       BIGINT         NOT NULL,
    PRIMARY KEY (team_id, partnership_id, version, side),
    CONSTRAINT charter_signature_version_fk FOREIGN KEY (team_id, partnership_id, version)
        REFERENCES charter_version (team_id, partnership_id, version)
);

CREATE TABLE checklist_tick (
    team_id         VARCHAR(32)   NOT NULL,
    partnership_id  VARCHAR(36)   NOT NULL,
    seq             INTEGER       NOT NULL,
    checklist_id    VARCHAR(100)  NOT NULL,
    item_id         VARCHAR(100)  NOT NULL,
    ticked          BOOLEAN       NOT NULL,
    user_id         VARCHAR(32)   NOT NULL,
    ticked_at       BIGINT        NOT NULL,
    PRIMARY KEY (team_id, partnership_id, seq),
    CONSTRAINT checklist_tick_partnership_fk FOREIGN KEY (team_id, partnership_id)
        REFERENCES partnership (team_id, id)
);
