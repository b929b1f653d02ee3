package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.store.ReminderRow;
import com.partnerbot.testing.Payloads;
import com.partnerbot.testing.RecordedCall;
import com.partnerbot.testing.StubWorkspaces.Workspace;
import com.partnerbot.workspaces.TokenCipher;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many workspaces install the app through the real install pages and Slack's code exchange (the stub's {@code
 * oauth.v2.access}); each sees only its own partnerships, and everything posted for one, from a verdict to a reminder
 * six months later, goes out with its own token. A bad, replayed or expired state and a cancelled install store
 * nothing; an uninstall deletes the token and stops the workspace's reminders.
 */
class ManyWorkspacesEndToEndTest {
    private static final ManyWorkspaces.Team ACME = ManyWorkspaces.Team.workspace("T0ACME");
    private static final ManyWorkspaces.Team GLOBEX = ManyWorkspaces.Team.workspace("T0GLOBEX");
    private static final String ACME_TOKEN = "xoxb-acme-0000-token";
    private static final String GLOBEX_TOKEN = "xoxb-globex-0000-token";

    @TempDir
    Path dir;

    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.manyWorkspaces(dir);
        app.slack
                .workspaces()
                .code("code-acme", ACME_TOKEN, Workspace.team(ACME.teamId(), "Acme & Co"), "U1")
                .code("code-globex", GLOBEX_TOKEN, Workspace.team(GLOBEX.teamId(), "Globex"), "U7");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void twoWorkspacesInstalledThroughTheFlowEachSeeOnlyTheirOwnAndPostWithTheirOwnToken() throws Exception {
        var browser = new ManyWorkspaces.Browser(app);
        HttpResponse<String> page = browser.openInstallPage();
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body())
                .contains("Add Partnerbot to Slack")
                .contains("https://slack.com/oauth/v2/authorize?client_id=" + ManyWorkspaces.CLIENT_ID)
                .contains("scope=commands%2Cchat%3Awrite%2Cchat%3Awrite.public%2Cchannels%3Ajoin");
        assertThat(browser.cookie()).isEqualTo("slack-app-oauth-state=" + browser.state());

        HttpResponse<String> installed = browser.returnWithCode("code-acme");
        assertThat(installed.statusCode()).isEqualTo(200);
        // The workspace's name is shown as text, never as markup.
        assertThat(installed.body()).contains("Partnerbot is installed in Acme &amp; Co.");
        assertThat(new ManyWorkspaces.Browser(app).install("code-globex").statusCode())
                .isEqualTo(200);
        assertThat(installations()).hasSize(2);

        assessNorthwindAtAcmeAndInitechAtGlobex();

        app.actAs(ACME);
        assertThat(app.command("list").body()).contains("Northwind").doesNotContain("Initech");
        app.actAs(GLOBEX);
        assertThat(app.command("list").body()).contains("Initech").doesNotContain("Northwind");

        // Each workspace's modals and posts go out with its own token.
        assertThat(app.slack.calls("views.open"))
                .extracting(RecordedCall::token)
                .containsExactly(ACME_TOKEN, GLOBEX_TOKEN);
        assertThat(posted("C0ACME")).isNotEmpty().allMatch(c -> ACME_TOKEN.equals(c.token()));
        assertThat(posted("C0GLOBEX")).isNotEmpty().allMatch(c -> GLOBEX_TOKEN.equals(c.token()));

        // The follow-up six months later too, from the sweep, with no request to say whose it is.
        app.clock.advance(Duration.ofDays(200));
        assertThat(app.wiring.reminders().sendDue()).isEqualTo(2);
        app.work.runAll();
        assertThat(posted("C0ACME")).hasSize(2).allMatch(c -> ACME_TOKEN.equals(c.token()));
        assertThat(posted("C0GLOBEX")).hasSize(2).allMatch(c -> GLOBEX_TOKEN.equals(c.token()));
    }

    @Test
    void tokensAreEncryptedAtRestWithAFreshNonceEach() throws Exception {
        new ManyWorkspaces.Browser(app).install("code-acme");
        new ManyWorkspaces.Browser(app).install("code-globex");

        List<Map<String, Object>> rows = installations();
        assertThat(rows).hasSize(2);
        for (Map<String, Object> row : rows) {
            String ciphertext = (String) row.get("bot_token_ciphertext");
            assertThat(ciphertext).doesNotContain("xoxb");
            assertThat(new String(Base64.getDecoder().decode(ciphertext), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .doesNotContain("xoxb");
            assertThat(Base64.getDecoder().decode((String) row.get("bot_token_nonce")))
                    .hasSize(12);
        }
        assertThat(rows.get(0).get("bot_token_nonce")).isNotEqualTo(rows.get(1).get("bot_token_nonce"));
        Map<String, Object> acme = rows.stream()
                .filter(r -> ACME.teamId().equals(r.get("installation_key")))
                .findFirst()
                .orElseThrow();
        assertThat(TokenCipher.fromBase64(ManyWorkspaces.TOKEN_KEY)
                        .open(
                                new TokenCipher.Sealed((String) acme.get("bot_token_ciphertext"), (String)
                                        acme.get("bot_token_nonce")),
                                ACME.teamId()))
                .isEqualTo(ACME_TOKEN);
        assertThat(acme).containsEntry("installed_by", "U1").containsEntry("bot_user_id", "UT0ACMEBOT");
    }

    @Test
    void aBadReplayedOrExpiredStateGetsAPlainPageAndStoresNothing() throws Exception {
        var browser = new ManyWorkspaces.Browser(app);
        browser.openInstallPage();
        String state = browser.state();

        // A state this bot did not sign, even with a cookie to match.
        String forged = state.substring(0, state.lastIndexOf('.') + 1) + "AAAA";
        HttpResponse<String> tampered = browser.returnWith("code=code-acme&state=" + forged);
        assertPlainRefusal(tampered);

        // No cookie: the browser that comes back is not the one that opened the page.
        HttpResponse<String> noCookie = new ManyWorkspaces.Browser(app).returnWith("code=code-acme&state=" + state);
        assertPlainRefusal(noCookie);
        assertThat(app.slack.calls("oauth.v2.access")).isEmpty();

        // The real return works once; the same state again is refused, and the second code is not exchanged.
        assertThat(browser.returnWithCode("code-acme").statusCode()).isEqualTo(200);
        assertPlainRefusal(browser.returnWithCode("code-globex"));
        assertThat(app.slack.calls("oauth.v2.access")).hasSize(1);

        // Ten minutes is all a state lasts.
        var late = new ManyWorkspaces.Browser(app);
        late.openInstallPage();
        app.clock.advance(Duration.ofMinutes(11));
        assertPlainRefusal(late.returnWithCode("code-globex"));

        assertThat(installations()).extracting(r -> r.get("installation_key")).containsExactly(ACME.teamId());
    }

    @Test
    void aCancelledInstallOrACodeSlackRefusesGetsAPlainPage() throws Exception {
        var browser = new ManyWorkspaces.Browser(app);
        browser.openInstallPage();
        HttpResponse<String> denied = browser.returnWith("error=access_denied&state=" + browser.state());
        assertThat(denied.statusCode()).isEqualTo(200);
        assertThat(denied.body()).contains("The install was cancelled").contains("Nothing was installed");
        assertThat(app.slack.calls("oauth.v2.access")).isEmpty();

        browser.openInstallPage();
        HttpResponse<String> refused = browser.returnWithCode("code-nobody-issued");
        assertThat(refused.statusCode()).isEqualTo(502);
        assertThat(refused.body())
                .contains("Slack did not complete the install")
                .contains("<code>invalid_code</code>");
        assertThat(installations()).isEmpty();
    }

    @Test
    void anUninstallDeletesTheTokenStopsTheRemindersAndLaterRequestsAreIgnoredQuietly() throws Exception {
        new ManyWorkspaces.Browser(app).install("code-acme");
        new ManyWorkspaces.Browser(app).install("code-globex");
        assessNorthwindAtAcmeAndInitechAtGlobex();
        // A post owed to Acme that has not gone out yet when the app leaves.
        app.actAs(ACME);
        app.interaction(Payloads.buildOrPartnerDecision("C0ACME").json());

        HttpResponse<String> uninstalled =
                app.signed.postEvent(app.events, ManyWorkspaces.appUninstalled(ACME.teamId(), null));
        assertThat(uninstalled.statusCode()).isEqualTo(200);
        assertThat(installations()).extracting(r -> r.get("installation_key")).containsExactly(GLOBEX.teamId());
        assertThat(reminders(ACME.teamId())).isNotEmpty().containsOnly(ReminderRow.CANCELLED);
        assertThat(reminders(GLOBEX.teamId())).isNotEmpty().containsOnly(ReminderRow.SCHEDULED);

        // What was owed fails plainly, without a call to Slack: there is no token left to make one with.
        int acmeCalls = callsWith(ACME_TOKEN);
        app.work.runAll();
        assertThat(callsWith(ACME_TOKEN)).isEqualTo(acmeCalls);
        List<Map<String, Object>> owed = app.wiring.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT status, last_error FROM outbox WHERE team_id = :t AND status <> 'sent'")
                .bind("t", ACME.teamId())
                .mapToMap()
                .list());
        assertThat(owed).isNotEmpty().allSatisfy(row -> assertThat(row)
                .containsEntry("status", "failed")
                .containsEntry("last_error", "token_revoked"));

        // Slack may still send a few: each is acknowledged and nothing more, not even a private answer.
        int answers = app.slack.calls("response_url").size();
        HttpResponse<String> late = app.command("list");
        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(late.body()).isEmpty();
        assertThat(app.signed
                        .postEvent(app.events, ACME.interaction(Payloads.appHomeOpened("U1")))
                        .statusCode())
                .isEqualTo(200);
        app.work.runAll();
        assertThat(callsWith(ACME_TOKEN)).isEqualTo(acmeCalls);
        assertThat(app.slack.calls("response_url")).hasSize(answers);

        // Globex goes on; its bot token revoked is the same as its uninstall, and said twice is no harm.
        app.actAs(GLOBEX);
        assertThat(app.command("list").body()).contains("Initech");
        assertThat(app.signed
                        .postEvent(app.events, ManyWorkspaces.botTokenRevoked(GLOBEX.teamId(), "UT0GLOBEXBOT"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(app.signed
                        .postEvent(app.events, ManyWorkspaces.appUninstalled(GLOBEX.teamId(), null))
                        .statusCode())
                .isEqualTo(200);
        assertThat(installations()).isEmpty();
        assertThat(reminders(GLOBEX.teamId())).containsOnly(ReminderRow.CANCELLED);

        // Installing again brings a new token, and the workspace's partnerships are still there.
        app.slack
                .workspaces()
                .code("code-acme-again", "xoxb-acme-1111-token", Workspace.team(ACME.teamId(), "Acme"), "U1");
        new ManyWorkspaces.Browser(app).install("code-acme-again");
        app.actAs(ACME);
        assertThat(app.command("list").body()).contains("Northwind");
    }

    @Test
    void anOrgWideInstallServesEachWorkspaceOfTheOrganizationWithItsToken() throws Exception {
        app.slack.workspaces().code("code-org", "xoxb-org-token", Workspace.orgWide("E0ORG", "Org Inc"), "W1");
        HttpResponse<String> installed = new ManyWorkspaces.Browser(app).install("code-org");
        assertThat(installed.body()).contains("Partnerbot is installed in Org Inc.");
        assertThat(installations()).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("installation_key", "E0ORG")
                .containsEntry("team_id", null)
                .containsEntry("enterprise_id", "E0ORG"));

        var sales = ManyWorkspaces.Team.ofOrganization("T0SALES", "E0ORG");
        var support = ManyWorkspaces.Team.ofOrganization("T0SUPPORT", "E0ORG");
        app.actAs(sales);
        QuestionnaireDriver.assessNew(
                app, "Northwind", "C0SALES", "spend_commitment", "spend_commitment", "requirement", "yes");
        app.work.runAll();
        assertThat(app.partnerships().findByName("T0SALES", "Northwind")).isPresent();
        assertThat(posted("C0SALES")).isNotEmpty().allMatch(c -> "xoxb-org-token".equals(c.token()));
        app.actAs(support);
        assertThat(app.command("list").body()).doesNotContain("Northwind");

        // An event of an org-wide install names no team in its authorization: the event's own team is the one.
        app.signed.postEvent(app.events, sales.interaction(Payloads.appHomeOpened("W1")));
        app.work.runAll();
        JsonNode home = app.slack.calls("views.publish").get(0).args().get("view");
        assertThat(app.slack.calls("views.publish").get(0).token()).isEqualTo("xoxb-org-token");
        assertThat(home.toString()).contains("Northwind");

        // The reminder months later finds the organization's token for the workspace.
        app.clock.advance(Duration.ofDays(200));
        assertThat(app.wiring.reminders().sendDue()).isEqualTo(1);
        app.work.runAll();
        assertThat(posted("C0SALES")).hasSize(2).allMatch(c -> "xoxb-org-token".equals(c.token()));

        // Uninstalled from the organization: every workspace of it is done.
        app.signed.postEvent(app.events, ManyWorkspaces.appUninstalled("E0ORG", "E0ORG"));
        assertThat(installations()).isEmpty();
        app.actAs(sales);
        assertThat(app.command("list").body()).isEmpty();
    }

    /** Each workspace's people assess a partnership of their own, in their own channel; the verdicts are posted. */
    private void assessNorthwindAtAcmeAndInitechAtGlobex() throws Exception {
        app.actAs(ACME);
        QuestionnaireDriver.assessNew(
                app, "Northwind", "C0ACME", "spend_commitment", "spend_commitment", "requirement", "yes");
        app.actAs(GLOBEX);
        QuestionnaireDriver.assessNew(
                app, "Initech", "C0GLOBEX", "spend_commitment", "spend_commitment", "requirement", "yes");
        app.work.runAll();
    }

    private static void assertPlainRefusal(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body())
                .contains("This install link has expired or was already used")
                .contains("Nothing was installed")
                .contains("href=\"/slack/install\"");
    }

    private List<RecordedCall> posted(String channel) {
        return app.slack.calls("chat.postMessage").stream()
                .filter(c -> channel.equals(c.arg("channel")))
                .toList();
    }

    private int callsWith(String token) {
        return (int)
                app.slack.calls().stream().filter(c -> token.equals(c.token())).count();
    }

    private List<Map<String, Object>> installations() {
        return app.wiring.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT * FROM installation ORDER BY installation_key")
                .mapToMap()
                .list());
    }

    /** The statuses of a workspace's reminders. */
    private List<String> reminders(String teamId) {
        return app.wiring.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT status FROM reminder WHERE team_id = :t")
                .bind("t", teamId)
                .mapTo(String.class)
                .list());
    }
}
