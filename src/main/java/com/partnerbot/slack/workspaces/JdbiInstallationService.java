package com.partnerbot.slack.workspaces;

import com.partnerbot.workspaces.Installation;
import com.partnerbot.workspaces.Installations;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.service.InstallationService;
import java.time.Clock;
import java.util.Optional;

/**
 * Bolt's installation store on our database: what Bolt's OAuth flow saves after {@code oauth.v2.access}, and what its
 * authorization looks up for every request. Only bot tokens are kept (the app asks for no user scopes), encrypted at
 * rest by {@link Installations}; there is no history of earlier installations.
 */
public final class JdbiInstallationService implements InstallationService {
    private final Installations installations;
    private final Clock clock;

    public JdbiInstallationService(Installations installations, Clock clock) {
        this.installations = installations;
        this.clock = clock;
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    @Override
    public void setHistoricalDataEnabled(boolean isHistoricalDataEnabled) {
        if (isHistoricalDataEnabled) {
            throw new UnsupportedOperationException("earlier installations are not kept");
        }
    }

    @Override
    public void saveInstallerAndBot(Installer installer) {
        if (installer.getBotAccessToken() == null) {
            throw new IllegalArgumentException("Slack granted no bot token: the app asks for bot scopes only");
        }
        installations.save(new Installation(
                Optional.ofNullable(installer.getTeamId()),
                Optional.ofNullable(installer.getEnterpriseId()),
                Boolean.TRUE.equals(installer.getIsEnterpriseInstall()),
                Optional.ofNullable(installer.getAppId()),
                Optional.ofNullable(installer.getBotId()),
                installer.getBotUserId(),
                installer.getBotScope(),
                installer.getBotAccessToken(),
                Optional.ofNullable(installer.getInstallerUserId()),
                clock.instant()));
    }

    @Override
    public void saveBot(Bot bot) {
        Optional<Installation> current = installations.find(bot.getEnterpriseId(), bot.getTeamId());
        installations.save(new Installation(
                Optional.ofNullable(bot.getTeamId()),
                Optional.ofNullable(bot.getEnterpriseId()),
                Boolean.TRUE.equals(bot.getIsEnterpriseInstall()),
                Optional.ofNullable(bot.getAppId()),
                Optional.ofNullable(bot.getBotId()),
                bot.getBotUserId(),
                bot.getBotScope(),
                bot.getBotAccessToken(),
                current.flatMap(Installation::installedBy),
                clock.instant()));
    }

    /** Bolt gives up on a bot whose workspace is gone ({@code account_inactive}): the same as an uninstall. */
    @Override
    public void deleteBot(Bot bot) {
        installations.uninstall(bot.getEnterpriseId(), bot.getTeamId());
    }

    /** No installer's own token is kept. */
    @Override
    public void deleteInstaller(Installer installer) {}

    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        return installations
                .find(enterpriseId, teamId)
                .map(JdbiInstallationService::bot)
                .orElse(null);
    }

    /** No installer's own token is kept, so a request is always served with the bot's. */
    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        return null;
    }

    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        installations.uninstall(enterpriseId, teamId);
    }

    private static Bot bot(Installation installation) {
        DefaultBot bot = new DefaultBot();
        bot.setAppId(installation.appId().orElse(null));
        bot.setEnterpriseId(installation.enterpriseId().orElse(null));
        bot.setTeamId(installation.teamId().orElse(null));
        bot.setIsEnterpriseInstall(installation.enterpriseInstall());
        bot.setBotId(installation.botId().orElse(null));
        bot.setBotUserId(installation.botUserId());
        bot.setScope(installation.scopes());
        bot.setBotScope(installation.scopes());
        bot.setBotAccessToken(installation.botToken());
        bot.setInstalledAt(installation.installedAt().toEpochMilli());
        return bot;
    }
}
