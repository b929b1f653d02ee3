package com.partnerbot.store;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Partnerships of one workspace. Names are unique per workspace whatever their case; each name's trigrams are kept
 * beside it for suggestions ({@link PartnershipNameDao}).
 */
@RegisterRowMapper(PartnershipMapper.class)
public interface PartnershipDao extends SqlObject {

    @SqlUpdate("""
            INSERT INTO partnership
              (team_id, id, name, name_key, channel_id, owner_user_id, description, created_by, created_at)
            VALUES
              (:teamId, :id, :name, :nameKey, :channelId, :ownerUserId, :description, :createdBy, :createdAtMillis)
            """)
    void insertRow(
            @Bind("teamId") String teamId,
            @Bind("id") String id,
            @Bind("name") String name,
            @Bind("nameKey") String nameKey,
            @Bind("channelId") String channelId,
            @Bind("ownerUserId") String ownerUserId,
            @Bind("description") String description,
            @Bind("createdBy") String createdBy,
            @Bind("createdAtMillis") long createdAtMillis);

    /** Stores the partnership and its name's trigrams, in one transaction (the caller's, when it has one). */
    @Transaction
    default void insert(Partnership p) {
        insertRow(
                p.teamId(),
                p.id(),
                p.name(),
                nameKey(p.name()),
                p.channelId(),
                p.ownerUserId(),
                p.description(),
                p.createdBy(),
                p.createdAt().toEpochMilli());
        getHandle().attach(PartnershipNameDao.class).index(p.teamId(), p.id(), p.name());
    }

    @SqlQuery("SELECT * FROM partnership WHERE team_id = :teamId AND id = :id")
    Optional<Partnership> findById(@Bind("teamId") String teamId, @Bind("id") String id);

    @SqlQuery("SELECT * FROM partnership WHERE team_id = :teamId AND name_key = :nameKey")
    Optional<Partnership> findByNameKey(@Bind("teamId") String teamId, @Bind("nameKey") String nameKey);

    default Optional<Partnership> findByName(String teamId, String name) {
        return findByNameKey(teamId, nameKey(name));
    }

    @SqlQuery("SELECT * FROM partnership WHERE team_id = :teamId ORDER BY name_key")
    List<Partnership> listByTeam(@Bind("teamId") String teamId);

    @SqlQuery("SELECT COUNT(*) FROM partnership WHERE team_id = :teamId")
    int countByTeam(@Bind("teamId") String teamId);

    /**
     * Keeps the outcome of the partnership's newest assessment on the partnership, in the transaction that stores the
     * assessment: what the portfolio lists, counts and sorts by, without reading assessments.
     */
    @SqlUpdate("""
            UPDATE partnership
            SET latest_verdict = :verdict, latest_tier = :tier, latest_investment = :investment,
                latest_assessed_at = :assessedAt
            WHERE team_id = :teamId AND id = :id
            """)
    int recordLatestAssessment(
            String teamId, String id, String verdict, String tier, String investment, long assessedAt);

    /** Keeps the phase running now on the partnership ({@code null} when its phases ended), with the phase change. */
    @SqlUpdate("UPDATE partnership SET current_phase = :phaseId WHERE team_id = :teamId AND id = :id")
    int recordCurrentPhase(String teamId, String id, String phaseId);

    /** The key that makes "Acme", "acme" and " ACME " the same partnership. */
    static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
