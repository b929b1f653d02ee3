package com.partnerbot.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Installations made through Slack's OAuth flow, keyed by team id (a workspace install) or enterprise id (an org-wide
 * install), with the bot token as ciphertext; the workspaces of org-wide installs seen so far; and the OAuth states
 * not used yet.
 */
@RegisterConstructorMapper(InstallationRow.class)
public interface InstallationDao {

    /** A new installation, or a reinstall replacing the one under the same key (a new token, new scopes). */
    @SqlUpdate("""
            INSERT INTO installation
              (installation_key, team_id, enterprise_id, is_enterprise_install, app_id, bot_id, bot_user_id,
               bot_scopes, bot_token_ciphertext, bot_token_nonce, installed_by, installed_at)
            VALUES
              (:installationKey, :teamId, :enterpriseId, :enterpriseInstall, :appId, :botId, :botUserId,
               :botScopes, :botTokenCiphertext, :botTokenNonce, :installedBy, :installedAt)
            ON CONFLICT (installation_key) DO UPDATE SET
              team_id = excluded.team_id, enterprise_id = excluded.enterprise_id,
              is_enterprise_install = excluded.is_enterprise_install, app_id = excluded.app_id,
              bot_id = excluded.bot_id, bot_user_id = excluded.bot_user_id, bot_scopes = excluded.bot_scopes,
              bot_token_ciphertext = excluded.bot_token_ciphertext, bot_token_nonce = excluded.bot_token_nonce,
              installed_by = excluded.installed_by, installed_at = excluded.installed_at
            """)
    void save(@BindMethods InstallationRow row);

    @SqlQuery("SELECT * FROM installation WHERE installation_key = :installationKey")
    Optional<InstallationRow> find(String installationKey);

    @SqlUpdate("DELETE FROM installation WHERE installation_key = :installationKey")
    int delete(String installationKey);

    @SqlQuery("SELECT COUNT(*) FROM installation")
    int count();

    /** The organization of a workspace that used an org-wide install, if it did. */
    @SqlQuery("SELECT enterprise_id FROM installation_workspace WHERE team_id = :teamId")
    Optional<String> enterpriseOf(String teamId);

    @SqlUpdate("""
            INSERT INTO installation_workspace (team_id, enterprise_id, seen_at) VALUES (:teamId, :enterpriseId, :now)
            ON CONFLICT (team_id) DO UPDATE SET enterprise_id = excluded.enterprise_id, seen_at = excluded.seen_at
            """)
    void rememberWorkspace(String teamId, String enterpriseId, long now);

    /** The workspaces seen under an organization. */
    @SqlQuery("SELECT team_id FROM installation_workspace WHERE enterprise_id = :enterpriseId ORDER BY team_id")
    List<String> workspacesOf(String enterpriseId);

    @SqlUpdate("INSERT INTO oauth_state (state_id, expires_at) VALUES (:stateId, :expiresAt)")
    void addState(String stateId, long expiresAt);

    /** Uses a state up: 1 when it was there and had not expired, 0 otherwise (unknown, used, or too old). */
    @SqlUpdate("DELETE FROM oauth_state WHERE state_id = :stateId AND expires_at > :now")
    int useState(String stateId, long now);

    @SqlUpdate("DELETE FROM oauth_state WHERE expires_at <= :now")
    int forgetExpiredStates(long now);
}
