package com.partnerbot.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Questionnaires in progress: one row per open questionnaire, owned by the user who opened it. */
public interface DraftDao {

    @SqlUpdate("""
            INSERT INTO questionnaire_draft (team_id, id, user_id, partnership_id, answers_json, updated_at)
            VALUES (:teamId, :id, :userId, :partnershipId, :answersJson, :updatedAt)
            """)
    void insert(
            @Bind("teamId") String teamId,
            @Bind("id") String id,
            @Bind("userId") String userId,
            @Bind("partnershipId") String partnershipId,
            @Bind("answersJson") String answersJson,
            @Bind("updatedAt") long updatedAt);

    @SqlUpdate("""
            UPDATE questionnaire_draft SET answers_json = :answersJson, updated_at = :updatedAt
            WHERE team_id = :teamId AND id = :id AND user_id = :userId
            """)
    int update(
            @Bind("teamId") String teamId,
            @Bind("id") String id,
            @Bind("userId") String userId,
            @Bind("answersJson") String answersJson,
            @Bind("updatedAt") long updatedAt);

    @SqlQuery("""
            SELECT answers_json FROM questionnaire_draft
            WHERE team_id = :teamId AND id = :id AND user_id = :userId
            """)
    Optional<String> answers(@Bind("teamId") String teamId, @Bind("id") String id, @Bind("userId") String userId);

    @SqlUpdate("DELETE FROM questionnaire_draft WHERE team_id = :teamId AND id = :id")
    int delete(@Bind("teamId") String teamId, @Bind("id") String id);

    /** The workspaces with drafts nobody touched since {@code before}: the one question asked across workspaces. */
    @SqlQuery("SELECT DISTINCT team_id FROM questionnaire_draft WHERE updated_at < :before")
    List<String> workspacesWithStale(@Bind("before") long before);

    /** Drafts nobody touched since {@code before}: abandoned questionnaires. */
    @SqlUpdate("DELETE FROM questionnaire_draft WHERE team_id = :teamId AND updated_at < :before")
    int deleteStale(@Bind("teamId") String teamId, @Bind("before") long before);
}
