-- The table db-scheduler keeps its executions in (the library's own columns; its PostgreSQL types: timestamps with
-- time zone, BOOLEAN picked, bytea data). It holds the reminder sweep, a task of the whole installation, so it has no
-- team id; the follow-ups it sends live in follow_up, which does.
CREATE TABLE scheduled_tasks (
    task_name             TEXT                      NOT NULL,
    task_instance         TEXT                      NOT NULL,
    task_data             BYTEA,
    execution_time        TIMESTAMP WITH TIME ZONE  NOT NULL,
    picked                BOOLEAN                   NOT NULL,
    picked_by             TEXT,
    last_success          TIMESTAMP WITH TIME ZONE,
    last_failure          TIMESTAMP WITH TIME ZONE,
    consecutive_failures  INT,
    last_heartbeat        TIMESTAMP WITH TIME ZONE,
    version               BIGINT                    NOT NULL,
    priority              SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_time ON scheduled_tasks (priority DESC, execution_time ASC);
