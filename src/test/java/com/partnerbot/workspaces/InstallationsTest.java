package com.partnerbot.workspaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbot.store.Database;
import com.partnerbot.store.InstallationDao;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.PartnershipDao;
import com.partnerbot.store.ReminderDao;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * Installations on SQLite and PostgreSQL with the production migrations: saved with their tokens encrypted, found for a
 * workspace or its organization, uninstalled with the reminders of the workspaces they served.
 */
@OnEachDatabase
class InstallationsTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path dir;

    private Database db;
    private final TestClock clock = TestClock.at("2026-03-02T09:00:00Z");
    private Installations installations;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        installations = new Installations(db.jdbi(), TokenCipher.fromBase64(KEY), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Installation workspace(String teamId, String token) {
        return new Installation(
                Optional.of(teamId),
                Optional.empty(),
                false,
                Optional.of("A1"),
                Optional.of("B" + teamId),
                "U" + teamId,
                "commands,chat:write",
                token,
                Optional.of("UINSTALLER"),
                Instant.parse("2026-03-01T08:00:00Z"));
    }

    private static Installation orgWide(String enterpriseId, String token) {
        return new Installation(
                Optional.empty(),
                Optional.of(enterpriseId),
                true,
                Optional.empty(),
                Optional.empty(),
                "W" + enterpriseId,
                "commands",
                token,
                Optional.empty(),
                Instant.parse("2026-03-01T08:00:00Z"));
    }

    @Test
    void aWorkspaceInstallIsFoundByItsTeamWithItsTokenAndEveryField() {
        installations.save(workspace("T1", "xoxb-t1"));

        Installation found = installations.find(null, "T1").orElseThrow();
        assertThat(found).isEqualTo(workspace("T1", "xoxb-t1"));
        assertThat(installations.find("E9", "T1")).contains(found);
        assertThat(installations.forWorkspace("T1")).contains(found);
        assertThat(installations.find(null, "T2")).isEmpty();
        assertThat(installations.find(null, null)).isEmpty();
        assertThat(installations.forWorkspace("T2")).isEmpty();
        assertThat(installations.count()).isEqualTo(1);
        assertThat(found.toString()).doesNotContain("xoxb").contains("T1");
    }

    @Test
    void aReinstallReplacesTheTokenAndIsSeenAtOnce() {
        installations.save(workspace("T1", "xoxb-old"));
        assertThat(installations.find(null, "T1").map(Installation::botToken)).contains("xoxb-old");

        installations.save(workspace("T1", "xoxb-new"));

        assertThat(installations.find(null, "T1").map(Installation::botToken)).contains("xoxb-new");
        assertThat(installations.count()).isEqualTo(1);
    }

    @Test
    void anOrgWideInstallServesTheWorkspacesSeenInItsOrganization() {
        installations.save(orgWide("E1", "xoxb-org"));
        installations.save(workspace("T9", "xoxb-t9"));

        // A request names the organization; the org-wide install comes first, as in Slack's own stores.
        assertThat(installations.find("E1", "T1").map(Installation::botToken)).contains("xoxb-org");
        assertThat(installations.find("E1", "T9").map(Installation::botToken)).contains("xoxb-org");
        assertThat(installations.find("E2", "T9").map(Installation::botToken)).contains("xoxb-t9");
        // Without the organization a workspace only finds its own install.
        assertThat(installations.find(null, "E1")).isEmpty();
        // What is posted later for a workspace finds the organization once the workspace was seen there.
        assertThat(installations.forWorkspace("T1")).isEmpty();
        installations.seen("T1", "E1");
        installations.seen("T1", "E1");
        assertThat(installations.forWorkspace("T1").map(Installation::botToken)).contains("xoxb-org");
        // An organization is no workspace to post for.
        assertThat(installations.forWorkspace("E1")).isEmpty();
        assertThat(db.jdbi().onDemand(InstallationDao.class).workspacesOf("E1")).containsExactly("T1");
        // Nothing is recorded for no workspace, or for the organization itself.
        installations.seen(null, "E1");
        installations.seen("T2", null);
        installations.seen("E1", "E1");
        assertThat(db.jdbi().onDemand(InstallationDao.class).workspacesOf("E1")).containsExactly("T1");
    }

    @Test
    void anUninstallDeletesTheTokenAndCancelsTheWaitingRemindersOfThatWorkspaceOnly() {
        installations.save(workspace("T1", "xoxb-t1"));
        installations.save(workspace("T2", "xoxb-t2"));
        reminders("T1", "scheduled", "sent");
        reminders("T2", "scheduled");
        clock.advance(Duration.ofHours(1));

        assertThat(installations.uninstall(null, "T1")).containsExactly("T1");

        assertThat(installations.find(null, "T1")).isEmpty();
        assertThat(installations.find(null, "T2")).isPresent();
        assertThat(statuses("T1")).containsExactlyInAnyOrder("cancelled", "sent");
        assertThat(statuses("T2")).containsExactly("scheduled");
        Map<String, Object> cancelled = db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT reason, ended_at FROM reminder WHERE team_id = 'T1' AND status = 'cancelled'")
                .mapToMap()
                .one());
        assertThat(cancelled)
                .containsEntry("reason", Installations.UNINSTALLED)
                .containsEntry("ended_at", clock.millis());
        // Slack may say it twice.
        assertThat(installations.uninstall(null, "T1")).isEmpty();
        assertThat(installations.uninstall(null, null)).isEmpty();
    }

    @Test
    void anOrgUninstallStopsEveryWorkspaceSeenThereAndAWorkspaceOfItsOwnStays() {
        installations.save(orgWide("E1", "xoxb-org"));
        installations.save(workspace("T3", "xoxb-t3"));
        installations.seen("T1", "E1");
        installations.seen("T2", "E1");
        reminders("T1", "scheduled");
        reminders("T2", "scheduled");
        reminders("T3", "scheduled");

        // A workspace's own install goes first when the event names it.
        assertThat(installations.uninstall("E1", "T3")).containsExactly("T3");
        assertThat(installations.find("E1", "T1")).isPresent();

        assertThat(installations.uninstall("E1", "E1")).containsExactly("T1", "T2");

        assertThat(installations.find("E1", "T1")).isEmpty();
        assertThat(installations.forWorkspace("T1")).isEmpty();
        assertThat(statuses("T1")).containsExactly("cancelled");
        assertThat(statuses("T2")).containsExactly("cancelled");
        assertThat(installations.count()).isZero();

        // Installed again (through any instance): its workspaces post with the new token, without being seen again.
        new Installations(db.jdbi(), TokenCipher.fromBase64(KEY), clock).save(orgWide("E1", "xoxb-org-2"));
        assertThat(installations.forWorkspace("T2").map(Installation::botToken)).contains("xoxb-org-2");
    }

    @Test
    void anInstallThroughAnotherInstanceIsSeenAtOnceAndAnUninstallThereAfterAMinute() {
        installations.save(workspace("T1", "xoxb-t1"));
        assertThat(installations.find(null, "T1")).isPresent();
        assertThat(installations.find(null, "T2")).isEmpty();

        var other = new Installations(db.jdbi(), TokenCipher.fromBase64(KEY), clock);
        other.uninstall(null, "T1");
        other.save(workspace("T2", "xoxb-t2"));

        assertThat(installations.find(null, "T1")).isPresent();
        assertThat(installations.find(null, "T2")).isPresent();
        clock.advance(Installations.REMEMBERED.minusMillis(1));
        assertThat(installations.find(null, "T1")).isPresent();
        clock.advance(Duration.ofMillis(1));
        assertThat(installations.find(null, "T1")).isEmpty();
        assertThat(installations.find(null, "T2")).isPresent();
    }

    @Test
    void aTokenStoredUnderAnotherKeyIsNoInstallation() {
        installations.save(workspace("T1", "xoxb-t1"));
        String otherKey = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

        var changedKey = new Installations(db.jdbi(), TokenCipher.fromBase64(otherKey), clock);

        assertThat(changedKey.find(null, "T1")).isEmpty();
        assertThat(changedKey.count()).isEqualTo(1);
    }

    @Test
    void anInstallationNamesItsKeyAndCarriesAToken() {
        assertThat(orgWide("E1", "xoxb-org").key()).isEqualTo("E1");
        assertThat(workspace("T1", "xoxb-t1").key()).isEqualTo("T1");
        assertThat(orgWide("E1", "xoxb-org").toString())
                .contains("org-wide in E1")
                .doesNotContain("xoxb");
        assertThatThrownBy(() -> orgWide("E1", " ")).hasMessage("an install carries a bot token");
        assertThatThrownBy(() -> workspace("T1", null)).hasMessage("an install carries a bot token");
        assertThatThrownBy(() -> new Installation(
                        Optional.of("T1"),
                        Optional.empty(),
                        true,
                        Optional.empty(),
                        Optional.empty(),
                        "U1",
                        "",
                        "xoxb-1",
                        Optional.empty(),
                        Instant.EPOCH))
                .hasMessage("an org-wide install names its organization");
        assertThatThrownBy(() -> new Installation(
                        Optional.empty(),
                        Optional.of("E1"),
                        false,
                        Optional.empty(),
                        Optional.empty(),
                        "U1",
                        "",
                        "xoxb-1",
                        Optional.empty(),
                        Instant.EPOCH))
                .hasMessage("an install names its team");
    }

    /** A partnership of {@code teamId} with one reminder in each status given. */
    private void reminders(String teamId, String... statuses) {
        db.jdbi().useTransaction(h -> {
            h.attach(PartnershipDao.class)
                    .insert(new Partnership(teamId, "P" + teamId, "Acme", "C1", "U1", null, "U1", clock.instant()));
            ReminderDao dao = h.attach(ReminderDao.class);
            for (int i = 0; i < statuses.length; i++) {
                dao.insert(
                        teamId,
                        "R" + teamId + i,
                        "P" + teamId,
                        "follow_up",
                        "assessment",
                        null,
                        "key" + i,
                        "Follow-up",
                        "2026-09-01",
                        clock.millis() + 1000,
                        "UTC",
                        null,
                        statuses[i],
                        null,
                        clock.millis(),
                        null);
            }
        });
    }

    private List<String> statuses(String teamId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT status FROM reminder WHERE team_id = :t")
                .bind("t", teamId)
                .mapTo(String.class)
                .list());
    }
}
