package com.partnerbot.slack.workspaces;

import com.partnerbot.slack.Feature;
import com.partnerbot.slack.Interactions;
import com.partnerbot.workspaces.Installations;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;

/**
 * Slack's word that the app left a workspace: {@code app_uninstalled}, or {@code tokens_revoked} for the bot's token
 * (the app keeps no user tokens, so a revoked user token changes nothing). Either deletes the installation with its
 * token and stops the workspace's reminders, before the acknowledgement; Slack may send both, and the second finds
 * nothing to do.
 */
public final class UninstallListeners implements Feature {
    private final Installations installations;

    public UninstallListeners(Installations installations) {
        this.installations = installations;
    }

    @Override
    public void register(Interactions interactions) {
        interactions
                .event(AppUninstalledEvent.class, (payload, ctx) -> {
                    installations.uninstall(payload.getEnterpriseId(), payload.getTeamId());
                    return ctx.ack();
                })
                .event(TokensRevokedEvent.class, (payload, ctx) -> {
                    var tokens = payload.getEvent().getTokens();
                    if (tokens != null
                            && tokens.getBot() != null
                            && !tokens.getBot().isEmpty()) {
                        installations.uninstall(payload.getEnterpriseId(), payload.getTeamId());
                    }
                    return ctx.ack();
                });
    }
}
