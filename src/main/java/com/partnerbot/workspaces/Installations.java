package com.partnerbot.workspaces;

import com.partnerbot.store.InstallationDao;
import com.partnerbot.store.InstallationRow;
import com.partnerbot.store.ReminderDao;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installations made through Slack's OAuth flow, with their bot tokens encrypted at rest. Every request asks for
 * its workspace's installation and every post for its row's, so those found are kept in memory for {@link
 * #REMEMBERED}: a token replaced or removed through another instance shows here after that, an installation made
 * through another instance at once. A save or an uninstall here forgets them at once.
 *
 * <p>An uninstall deletes the installation and, in the same transaction, cancels the reminders still waiting in its
 * workspaces. Posts already in the outbox stay there and fail plainly when their turn comes (there is no token left to
 * post with), which keeps them visible among the reminders "not posted lately" should the workspace install again.
 */
public final class Installations {
    /** How long an installation read from the database is trusted without asking again. */
    public static final Duration REMEMBERED = Duration.ofMinutes(1);

    /** Why reminders stopped, as the reminder list says it. */
    public static final String UNINSTALLED = "Partnerbot was uninstalled from the workspace";

    private static final Logger log = LoggerFactory.getLogger(Installations.class);

    private record Remembered(Optional<Installation> installation, long at) {}

    private final Jdbi jdbi;
    private final TokenCipher cipher;
    private final Clock clock;
    private final ConcurrentMap<String, Remembered> byKey = new ConcurrentHashMap<>();
    /** Workspaces of org-wide installs already recorded by this process. */
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    public Installations(Jdbi jdbi, TokenCipher cipher, Clock clock) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Stores an installation, replacing an earlier one under the same key (a reinstall brings a new token). */
    public void save(Installation installation) {
        TokenCipher.Sealed sealed = cipher.seal(installation.botToken(), installation.key());
        jdbi.useExtension(
                InstallationDao.class,
                dao -> dao.save(new InstallationRow(
                        installation.key(),
                        installation.teamId().orElse(null),
                        installation.enterpriseId().orElse(null),
                        installation.enterpriseInstall(),
                        installation.appId().orElse(null),
                        installation.botId().orElse(null),
                        installation.botUserId(),
                        installation.scopes(),
                        sealed.ciphertext(),
                        sealed.nonce(),
                        installation.installedBy().orElse(null),
                        installation.installedAt().toEpochMilli())));
        byKey.remove(installation.key());
        log.info("Installed in {}", installation);
    }

    /**
     * The installation a request of workspace {@code teamId} (in organization {@code enterpriseId}, if any) acts
     * with: the organization's org-wide install first, as Slack's own stores look, then the workspace's.
     */
    public Optional<Installation> find(String enterpriseId, String teamId) {
        if (enterpriseId != null) {
            Optional<Installation> org = byKey(enterpriseId).filter(Installation::enterpriseInstall);
            if (org.isPresent()) {
                return org;
            }
        }
        return teamId == null ? Optional.empty() : byKey(teamId).filter(i -> !i.enterpriseInstall());
    }

    /**
     * The installation whose token posts for workspace {@code teamId} when no request says more (a reminder, a
     * retry): its own, or that of the organization it was seen in.
     */
    public Optional<Installation> forWorkspace(String teamId) {
        Optional<Installation> own = byKey(teamId).filter(i -> !i.enterpriseInstall());
        if (own.isPresent()) {
            return own;
        }
        return jdbi.withExtension(InstallationDao.class, dao -> dao.enterpriseOf(teamId))
                .flatMap(this::byKey)
                .filter(Installation::enterpriseInstall);
    }

    /**
     * Records that workspace {@code teamId} uses the org-wide install of {@code enterpriseId}, so that what is posted
     * for it later goes out with the organization's token. Written once per workspace and process.
     */
    public void seen(String teamId, String enterpriseId) {
        if (teamId == null || enterpriseId == null || teamId.equals(enterpriseId) || !seen.add(teamId)) {
            return;
        }
        jdbi.useExtension(InstallationDao.class, dao -> dao.rememberWorkspace(teamId, enterpriseId, clock.millis()));
    }

    /**
     * The app left: the workspace's own installation when it has one, otherwise the organization's org-wide one, is
     * deleted with its token, and the reminders waiting in the workspaces it served are cancelled, in one
     * transaction. Returns those workspaces (none when nothing was installed: Slack may say it twice).
     */
    public List<String> uninstall(String enterpriseId, String teamId) {
        List<String> stopped = jdbi.inTransaction(h -> {
            InstallationDao dao = h.attach(InstallationDao.class);
            Set<String> teams = new LinkedHashSet<>();
            if (teamId != null
                    && dao.find(teamId).filter(r -> !r.enterpriseInstall()).isPresent()) {
                dao.delete(teamId);
                teams.add(teamId);
            } else if (enterpriseId != null
                    && dao.find(enterpriseId)
                            .filter(InstallationRow::enterpriseInstall)
                            .isPresent()) {
                dao.delete(enterpriseId);
                // The organization's workspaces stay known (without an installation they get no token): other
                // instances remember having recorded them and would not record them again after a new install.
                teams.addAll(dao.workspacesOf(enterpriseId));
            } else {
                return List.<String>of();
            }
            ReminderDao reminders = h.attach(ReminderDao.class);
            for (String team : teams) {
                reminders.cancelWorkspace(team, UNINSTALLED, clock.millis());
            }
            return new ArrayList<>(teams);
        });
        byKey.remove(teamId == null ? "" : teamId);
        byKey.remove(enterpriseId == null ? "" : enterpriseId);
        seen.removeAll(stopped);
        log.info(
                "Uninstalled (team {}, enterprise {}): tokens deleted and reminders stopped in {}",
                teamId,
                enterpriseId,
                stopped);
        return stopped;
    }

    /** How many installations there are, for the start's log line. */
    public int count() {
        return jdbi.withExtension(InstallationDao.class, InstallationDao::count);
    }

    private Optional<Installation> byKey(String key) {
        long now = clock.millis();
        Remembered remembered = byKey.get(key);
        if (remembered != null && now - remembered.at() < REMEMBERED.toMillis()) {
            return remembered.installation();
        }
        Optional<Installation> read =
                jdbi.withExtension(InstallationDao.class, dao -> dao.find(key)).flatMap(this::open);
        if (read.isPresent()) {
            // Only an installation is remembered: one just made through another instance is found at once.
            byKey.put(key, new Remembered(read, now));
        }
        return read;
    }

    /** The row with its token decrypted; empty, and said in the log, when the token does not open. */
    private Optional<Installation> open(InstallationRow row) {
        String token;
        try {
            token = cipher.open(
                    new TokenCipher.Sealed(row.botTokenCiphertext(), row.botTokenNonce()), row.installationKey());
        } catch (IllegalStateException e) {
            log.error(
                    "The installation in {} cannot be used: {}. Set the PARTNERBOT_TOKEN_KEY it was stored with, or"
                            + " install the app there again",
                    row.installationKey(),
                    e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new Installation(
                Optional.ofNullable(row.teamId()),
                Optional.ofNullable(row.enterpriseId()),
                row.enterpriseInstall(),
                Optional.ofNullable(row.appId()),
                Optional.ofNullable(row.botId()),
                row.botUserId(),
                row.botScopes(),
                token,
                Optional.ofNullable(row.installedBy()),
                Instant.ofEpochMilli(row.installedAt())));
    }
}
