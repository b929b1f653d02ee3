package com.partnerbot.workspaces;

import java.time.Instant;
import java.util.Optional;

/**
 * Partnerbot installed in a workspace, or in every workspace of an Enterprise Grid organization (an org-wide install,
 * which has no team of its own), with the bot token it acts with there. {@link #toString()} never shows the token.
 *
 * @param teamId the workspace; empty for an org-wide install
 * @param enterpriseId the organization, for a workspace of one or an org-wide install
 * @param installedBy who installed it
 */
public record Installation(
        Optional<String> teamId,
        Optional<String> enterpriseId,
        boolean enterpriseInstall,
        Optional<String> appId,
        Optional<String> botId,
        String botUserId,
        String scopes,
        String botToken,
        Optional<String> installedBy,
        Instant installedAt) {

    public Installation {
        if (enterpriseInstall ? enterpriseId.isEmpty() : teamId.isEmpty()) {
            throw new IllegalArgumentException(
                    enterpriseInstall ? "an org-wide install names its organization" : "an install names its team");
        }
        if (botToken == null || botToken.isBlank()) {
            throw new IllegalArgumentException("an install carries a bot token");
        }
    }

    /** What it is stored under: the organization for an org-wide install, the workspace otherwise. */
    public String key() {
        return enterpriseInstall ? enterpriseId.orElseThrow() : teamId.orElseThrow();
    }

    @Override
    public String toString() {
        return "Installation[" + (enterpriseInstall ? "org-wide in " : "in ") + key() + ", bot user " + botUserId
                + ", installed by " + installedBy.orElse("?") + "]";
    }
}
