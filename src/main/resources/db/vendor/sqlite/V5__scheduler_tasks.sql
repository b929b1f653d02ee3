-- The table db-scheduler keeps its executions in (the library's own columns; SQLite types). It holds the
-- reminder sweep, a task of the whole installation, so it has no team id; the follow-ups it sends live in
-- follow_up, which does.
CREATE TABLE scheduled_tasks (
    task_name             VARCHAR(100),
    task_instance         VARCHAR(100),
    task_data             BLOB,
    execution_time        TIMESTAMP,
    picked                BIT,
    picked_by             VARCHAR(50),
    last_success          TIMESTAMP,
    last_failure          TIMESTAMP,
    consecutive_failures  INT,
    last_heartbeat        TIMESTAMP,
    version               BIGINT,
    priority              SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_time ON scheduled_tasks (priority DESC, execution_time ASC);
