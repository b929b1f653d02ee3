package com.partnerbot.store;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

/**
 * One installation as stored: keyed by {@code installationKey} (the team id, or the enterprise id of an org-wide
 * install, whose {@code teamId} is null), the bot token as AES-GCM ciphertext and nonce (base64). {@link #toString()}
 * leaves the ciphertext out: it has no place in a log either.
 */
public record InstallationRow(
        String installationKey,
        String teamId,
        String enterpriseId,
        @ColumnName("is_enterprise_install") boolean enterpriseInstall,
        String appId,
        String botId,
        String botUserId,
        String botScopes,
        String botTokenCiphertext,
        String botTokenNonce,
        String installedBy,
        long installedAt) {

    @Override
    public String toString() {
        return "InstallationRow[" + installationKey + ", team " + teamId + ", enterprise " + enterpriseId
                + (enterpriseInstall ? ", org-wide" : "") + ", bot user " + botUserId + "]";
    }
}
