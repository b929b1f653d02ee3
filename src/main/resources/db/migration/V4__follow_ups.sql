-- Follow-ups a decision asks for (e.g. "evaluate for Tier 2" six months after a Tier 1 start). A new assessment
-- cancels the partnership's follow-ups still waiting and schedules its own. Dates are ISO yyyy-mm-dd (UTC).
CREATE TABLE follow_up (
    team_id         VARCHAR(32)   NOT NULL,
    id              VARCHAR(36)   NOT NULL,
    partnership_id  VARCHAR(36)   NOT NULL,
    assessment_id   VARCHAR(36)   NOT NULL,
    follow_up_key   VARCHAR(100)  NOT NULL,
    label           VARCHAR(200)  NOT NULL,
    due_date        VARCHAR(10)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    sent_at         BIGINT,
    PRIMARY KEY (team_id, id),
    CONSTRAINT follow_up_partnership_fk FOREIGN KEY (team_id, partnership_id) REFERENCES partnership (team_id, id)
);

CREATE INDEX follow_up_due ON follow_up (status, due_date);
