package com.partnerbot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Launch plans (one per partnership) and the activity recorded on partnerships. */
public interface LaunchDao {

    @SqlQuery("SELECT * FROM launch_plan WHERE team_id = :teamId AND partnership_id = :partnershipId")
    @RegisterRowMapper(PlanMapper.class)
    Optional<LaunchPlanRow> find(@Bind("teamId") String teamId, @Bind("partnershipId") String partnershipId);

    @SqlUpdate("""
            INSERT INTO launch_plan
              (team_id, partnership_id, version, launch_date, our_owner_user_id, partner_owner, integration_pathway,
               time_zone, remind_at, updated_by, updated_at)
            VALUES (:teamId, :partnershipId, 1, :launchDate, :ourOwner, :partnerOwner, :pathway, :zone, :at, :by, :now)
            """)
    void insert(
            @Bind("teamId") String teamId,
            @Bind("partnershipId") String partnershipId,
            @Bind("launchDate") String launchDate,
            @Bind("ourOwner") String ourOwner,
            @Bind("partnerOwner") String partnerOwner,
            @Bind("pathway") String pathway,
            @Bind("zone") String zone,
            @Bind("at") String remindAt,
            @Bind("by") String by,
            @Bind("now") long now);

    /** Replaces the plan if it is still at {@code version}; 0 when someone saved it since. */
    @SqlUpdate("""
            UPDATE launch_plan
            SET version = version + 1, launch_date = :launchDate, our_owner_user_id = :ourOwner,
                partner_owner = :partnerOwner, integration_pathway = :pathway, time_zone = :zone, remind_at = :at,
                updated_by = :by, updated_at = :now
            WHERE team_id = :teamId AND partnership_id = :partnershipId AND version = :version
            """)
    int update(
            @Bind("teamId") String teamId,
            @Bind("partnershipId") String partnershipId,
            @Bind("version") int version,
            @Bind("launchDate") String launchDate,
            @Bind("ourOwner") String ourOwner,
            @Bind("partnerOwner") String partnerOwner,
            @Bind("pathway") String pathway,
            @Bind("zone") String zone,
            @Bind("at") String remindAt,
            @Bind("by") String by,
            @Bind("now") long now);

    @SqlUpdate("""
            INSERT INTO activity (team_id, id, partnership_id, activity_date, note, user_id, recorded_at)
            VALUES (:teamId, :id, :partnershipId, :date, :note, :userId, :now)
            """)
    void addActivity(
            @Bind("teamId") String teamId,
            @Bind("id") String id,
            @Bind("partnershipId") String partnershipId,
            @Bind("date") String isoDate,
            @Bind("note") String note,
            @Bind("userId") String userId,
            @Bind("now") long now);

    @SqlQuery("""
            SELECT MAX(activity_date) FROM activity WHERE team_id = :teamId AND partnership_id = :partnershipId
            """)
    Optional<String> lastActivity(@Bind("teamId") String teamId, @Bind("partnershipId") String partnershipId);

    @SqlQuery("""
            SELECT * FROM activity WHERE team_id = :teamId AND partnership_id = :partnershipId
            ORDER BY recorded_at DESC, id LIMIT :limit
            """)
    @RegisterRowMapper(ActivityMapper.class)
    List<Activity> activities(
            @Bind("teamId") String teamId, @Bind("partnershipId") String partnershipId, @Bind("limit") int limit);

    record Activity(LocalDate date, String note, String userId, Instant recordedAt) {}

    final class ActivityMapper implements RowMapper<Activity> {
        @Override
        public Activity map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Activity(
                    LocalDate.parse(rs.getString("activity_date")),
                    rs.getString("note"),
                    rs.getString("user_id"),
                    Instant.ofEpochMilli(rs.getLong("recorded_at")));
        }
    }

    final class PlanMapper implements RowMapper<LaunchPlanRow> {
        @Override
        public LaunchPlanRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new LaunchPlanRow(
                    rs.getString("team_id"),
                    rs.getString("partnership_id"),
                    rs.getInt("version"),
                    LocalDate.parse(rs.getString("launch_date")),
                    rs.getString("our_owner_user_id"),
                    rs.getString("partner_owner"),
                    rs.getString("integration_pathway"),
                    rs.getString("time_zone"),
                    rs.getString("remind_at"),
                    rs.getString("updated_by"),
                    Instant.ofEpochMilli(rs.getLong("updated_at")));
        }
    }
}
