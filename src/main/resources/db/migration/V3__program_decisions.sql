-- Decisions about the partner program as a whole (build or partner, curated or open ecosystem), not about one
-- partnership. Each keeps the answers on the path, the outcome, the path in plain words and the playbook used,
-- so it reads the same after the team changes its playbook.
CREATE TABLE program_decision (
    team_id           VARCHAR(32)  NOT NULL,
    id                VARCHAR(36)  NOT NULL,
    tree_key          VARCHAR(80)  NOT NULL,
    answers_json      TEXT         NOT NULL,
    outcome_id        VARCHAR(80)  NOT NULL,
    outcome_label     VARCHAR(150) NOT NULL,
    path_explanation  TEXT         NOT NULL,
    channel_id        VARCHAR(32),
    decided_by        VARCHAR(32)  NOT NULL,
    decided_at        BIGINT       NOT NULL,
    playbook_id       VARCHAR(80)  NOT NULL,
    playbook_version  VARCHAR(40)  NOT NULL,
    PRIMARY KEY (team_id, id)
);

CREATE INDEX program_decision_by_tree ON program_decision (team_id, tree_key, decided_at);
