package com.partnerbot.store;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Where each person left their Home tab: the list's filter and page, one row per workspace and person. */
@RegisterConstructorMapper(HomeStateDao.State.class)
public interface HomeStateDao {

    /** The list's filter (as its token) and page index. */
    record State(String listFilter, int page) {}

    @SqlQuery("SELECT list_filter, page FROM home_state WHERE team_id = :teamId AND user_id = :userId")
    Optional<State> find(String teamId, String userId);

    @SqlUpdate("""
            INSERT INTO home_state (team_id, user_id, list_filter, page, updated_at)
            VALUES (:teamId, :userId, :listFilter, :page, :now)
            ON CONFLICT (team_id, user_id)
            DO UPDATE SET list_filter = excluded.list_filter, page = excluded.page, updated_at = excluded.updated_at
            """)
    void save(String teamId, String userId, String listFilter, int page, long now);
}
