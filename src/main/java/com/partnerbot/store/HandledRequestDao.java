package com.partnerbot.store;

import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The requests from Slack handled lately, shared by every instance on the database (V16). */
public interface HandledRequestDao {

    /**
     * Records {@code key} as handled at {@code now}: 1 when it is new, or was last handled before {@code
     * expiredBefore} (an old entry the sweep has not removed yet); 0 when it was handled lately.
     */
    @SqlUpdate("""
            INSERT INTO handled_request (team_id, request_key, handled_at) VALUES (:teamId, :key, :now)
            ON CONFLICT (team_id, request_key) DO UPDATE SET handled_at = excluded.handled_at
            WHERE handled_request.handled_at < :expiredBefore
            """)
    int claim(String teamId, String key, long now, long expiredBefore);

    @SqlUpdate("DELETE FROM handled_request WHERE team_id = :teamId AND request_key = :key")
    int forget(String teamId, String key);

    @SqlQuery("SELECT DISTINCT team_id FROM handled_request WHERE handled_at < :before")
    List<String> workspacesWithExpired(long before);

    @SqlUpdate("DELETE FROM handled_request WHERE team_id = :teamId AND handled_at < :before")
    int deleteExpired(String teamId, long before);
}
