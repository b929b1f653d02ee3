-- Name suggestions read a bounded set of candidates instead of every name of a workspace: names sharing trigrams
-- with what was typed come from here. Each partnership's name has its distinct trigrams (the key padded with two
-- spaces before and one after), written in the transaction that creates the partnership; those of partnerships
-- created before this table are added by the next migration (V14_1, in Java: SQL alone cannot cut a name up).
-- The key leads with (team_id, gram): the rows of one gram in one workspace are one range.
-- Portable SQL: SQLite and PostgreSQL.
CREATE TABLE partnership_name_gram (
    team_id         VARCHAR(32)  NOT NULL,
    gram            VARCHAR(3)   NOT NULL,
    partnership_id  VARCHAR(36)  NOT NULL,
    PRIMARY KEY (team_id, gram, partnership_id),
    CONSTRAINT partnership_name_gram_partnership_fk FOREIGN KEY (team_id, partnership_id)
        REFERENCES partnership (team_id, id)
);

-- Abandoned questionnaires are removed by age, away from the request that opens a new one; this finds them without
-- reading every draft.
CREATE INDEX questionnaire_draft_updated ON questionnaire_draft (team_id, updated_at);
