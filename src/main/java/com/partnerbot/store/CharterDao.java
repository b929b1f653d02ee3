package com.partnerbot.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Charter versions, signatures and checklist ticks of a workspace's partnerships; rows are only ever added. */
@RegisterConstructorMapper(CharterDao.VersionRow.class)
@RegisterConstructorMapper(CharterDao.SignatureRow.class)
@RegisterConstructorMapper(CharterDao.TickRow.class)
public interface CharterDao {

    /** One version of a charter as stored; {@code textsJson} holds the texts by section and field id. */
    record VersionRow(
            String teamId,
            String partnershipId,
            int version,
            String textsJson,
            String ourSignerUserId,
            String partnerSignerUserId,
            String partnerSignerName,
            String partnerSignerEmail,
            String writtenBy,
            long writtenAt) {}

    /** A signature of one side on one version; {@code method} is {@code slack} or {@code outside}. */
    record SignatureRow(
            String teamId,
            String partnershipId,
            int version,
            String side,
            String userId,
            String userTeamId,
            String method,
            String evidence,
            String recordedBy,
            long signedAt) {}

    /** A tick or an untick of one checklist item by hand. */
    record TickRow(
            String teamId,
            String partnershipId,
            int seq,
            String checklistId,
            String itemId,
            boolean ticked,
            String userId,
            long tickedAt) {}

    @SqlUpdate("""
            INSERT INTO charter_version
              (team_id, partnership_id, version, texts_json, our_signer_user_id, partner_signer_user_id,
               partner_signer_name, partner_signer_email, written_by, written_at)
            VALUES
              (:teamId, :partnershipId, :version, :textsJson, :ourSignerUserId, :partnerSignerUserId,
               :partnerSignerName, :partnerSignerEmail, :writtenBy, :writtenAt)
            """)
    void insertVersion(@BindMethods VersionRow row);

    @SqlQuery("""
            SELECT * FROM charter_version WHERE team_id = :teamId AND partnership_id = :partnershipId
            ORDER BY version DESC LIMIT 1
            """)
    Optional<VersionRow> current(String teamId, String partnershipId);

    /** The partnerships whose current charter version names {@code userId} as a signatory. */
    @SqlQuery("""
            SELECT v.partnership_id FROM charter_version v
            WHERE v.team_id = :teamId
              AND (v.our_signer_user_id = :userId OR v.partner_signer_user_id = :userId)
              AND v.version = (SELECT MAX(w.version) FROM charter_version w
                               WHERE w.team_id = v.team_id AND w.partnership_id = v.partnership_id)
            """)
    List<String> namingSignatory(String teamId, String userId);

    @SqlUpdate("""
            INSERT INTO charter_signature
              (team_id, partnership_id, version, side, user_id, user_team_id, method, evidence, recorded_by, signed_at)
            VALUES
              (:teamId, :partnershipId, :version, :side, :userId, :userTeamId, :method, :evidence, :recordedBy,
               :signedAt)
            """)
    void insertSignature(@BindMethods SignatureRow row);

    @SqlQuery("""
            SELECT * FROM charter_signature
            WHERE team_id = :teamId AND partnership_id = :partnershipId AND version = :version
            ORDER BY signed_at, side
            """)
    List<SignatureRow> signatures(String teamId, String partnershipId, int version);

    @SqlQuery("""
            SELECT COALESCE(MAX(seq), 0) FROM checklist_tick WHERE team_id = :teamId AND partnership_id = :partnershipId
            """)
    int lastTickSeq(String teamId, String partnershipId);

    @SqlUpdate("""
            INSERT INTO checklist_tick
              (team_id, partnership_id, seq, checklist_id, item_id, ticked, user_id, ticked_at)
            VALUES (:teamId, :partnershipId, :seq, :checklistId, :itemId, :ticked, :userId, :tickedAt)
            """)
    void insertTick(@BindMethods TickRow row);

    @SqlQuery("""
            SELECT * FROM checklist_tick WHERE team_id = :teamId AND partnership_id = :partnershipId ORDER BY seq
            """)
    List<TickRow> ticks(String teamId, String partnershipId);
}
