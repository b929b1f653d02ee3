-- Every qualification of a partnership is kept: the answers, what the playbook concluded and why, which playbook.
-- The main outcomes have columns for listing; the full answers and result are JSON text.
CREATE TABLE assessment (
    team_id           VARCHAR(32)  NOT NULL,
    id                VARCHAR(36)  NOT NULL,
    partnership_id    VARCHAR(36)  NOT NULL,
    seq               INTEGER      NOT NULL,
    playbook_id       VARCHAR(80)  NOT NULL,
    playbook_version  VARCHAR(40)  NOT NULL,
    answered_by       VARCHAR(32)  NOT NULL,
    answered_at       BIGINT       NOT NULL,
    verdict           VARCHAR(40)  NOT NULL,
    investment        VARCHAR(40),
    tier              VARCHAR(40),
    answers_json      TEXT         NOT NULL,
    result_json       TEXT         NOT NULL,
    PRIMARY KEY (team_id, id),
    CONSTRAINT assessment_seq_unique UNIQUE (team_id, partnership_id, seq),
    CONSTRAINT assessment_partnership_fk FOREIGN KEY (team_id, partnership_id) REFERENCES partnership (team_id, id)
);

-- A questionnaire in progress: the answers of the steps done so far, so that a modal's private_metadata only
-- carries the draft id and going back keeps what was typed.
CREATE TABLE questionnaire_draft (
    team_id         VARCHAR(32)  NOT NULL,
    id              VARCHAR(36)  NOT NULL,
    user_id         VARCHAR(32)  NOT NULL,
    partnership_id  VARCHAR(36),
    answers_json    TEXT         NOT NULL,
    updated_at      BIGINT       NOT NULL,
    PRIMARY KEY (team_id, id)
);
