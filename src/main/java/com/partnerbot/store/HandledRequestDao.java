package com.partnerbot.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The requests from Slack handled lately, shared by every instance on the database (V16). */
public interface HandledRequestDao {

    /**
     * Takes {@code key} as under way at {@code now}: 1 when it is new, was last taken before {@code expiredBefore} (an
     * old entry the sweep has not removed yet), or was left under way since before {@code abandonedBefore} (by an
     * instance that stopped); 0 otherwise.
     */
    @SqlUpdate("""
            INSERT INTO handled_request (team_id, request_key, handled_at, status)
            VALUES (:teamId, :key, :now, 'handling')
            ON CONFLICT (team_id, request_key) DO UPDATE SET handled_at = excluded.handled_at, status = 'handling'
            WHERE handled_request.handled_at < :expiredBefore
               OR (handled_request.status = 'handling' AND handled_request.handled_at < :abandonedBefore)
            """)
    int claim(String teamId, String key, long now, long expiredBefore, long abandonedBefore);

    /** 'handling' or 'done'; empty when the key is not kept. */
    @SqlQuery("SELECT status FROM handled_request WHERE team_id = :teamId AND request_key = :key")
    Optional<String> status(String teamId, String key);

    @SqlUpdate("UPDATE handled_request SET status = 'done' WHERE team_id = :teamId AND request_key = :key")
    int done(String teamId, String key);

    @SqlUpdate("DELETE FROM handled_request WHERE team_id = :teamId AND request_key = :key")
    int forget(String teamId, String key);

    @SqlQuery("SELECT DISTINCT team_id FROM handled_request WHERE handled_at < :before")
    List<String> workspacesWithExpired(long before);

    @SqlUpdate("DELETE FROM handled_request WHERE team_id = :teamId AND handled_at < :before")
    int deleteExpired(String teamId, long before);
}
