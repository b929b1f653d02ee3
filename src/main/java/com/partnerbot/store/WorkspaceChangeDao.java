package com.partnerbot.store;

import java.util.Map;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** When each workspace's portfolio last changed, for the instances sharing the database (V16). */
public interface WorkspaceChangeDao {

    @SqlUpdate("""
            INSERT INTO workspace_change (team_id, changed_at) VALUES (:teamId, :now)
            ON CONFLICT (team_id) DO UPDATE SET changed_at = excluded.changed_at
            """)
    void changed(String teamId, long now);

    /** The workspaces changed after {@code since}, with when: the poll of every instance, across workspaces. */
    @SqlQuery("SELECT team_id, changed_at FROM workspace_change WHERE changed_at > :since")
    @KeyColumn("team_id")
    @ValueColumn("changed_at")
    Map<String, Long> changedSince(long since);
}
