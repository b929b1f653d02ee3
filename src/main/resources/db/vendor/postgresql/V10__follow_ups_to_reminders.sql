-- The tier follow-ups move into the reminder store. They were due from 09:00 UTC on their date, and stay so;
-- the key carries the date, since a follow-up is the same one only with the same key and date. The same move as
-- SQLite's, with PostgreSQL's date arithmetic: a date minus a date is a number of days.
INSERT INTO reminder (team_id, id, partnership_id, kind, source, source_id, reminder_key, label, due_date, due_at,
                      time_zone, expires_at, status, reason, sends, outbox_id, sent_at, ended_by, ended_at,
                      created_at)
SELECT team_id, id, partnership_id, 'follow_up', 'assessment', assessment_id, follow_up_key || '@' || due_date,
       label, due_date, (CAST(due_date AS DATE) - DATE '1970-01-01') * CAST(86400000 AS BIGINT) + 32400000, 'UTC',
       NULL, status, NULL, CASE WHEN status = 'sent' THEN 1 ELSE 0 END, NULL, sent_at, NULL,
       CASE WHEN status = 'scheduled' THEN NULL ELSE sent_at END, COALESCE(sent_at, 0)
FROM follow_up;

-- The sweep's task is now "reminders"; the old one's execution is dropped so the scheduler does not look for it.
DELETE FROM scheduled_tasks WHERE task_name = 'follow-up-reminders';
