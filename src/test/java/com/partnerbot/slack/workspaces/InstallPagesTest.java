package com.partnerbot.slack.workspaces;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.model.builtin.DefaultInstaller;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstallPagesTest {
    private final InstallPages pages = new InstallPages("/slack/install");

    @Test
    void theInstallPageLinksToSlacksAuthorizeUrlEscaped() {
        String page = pages.render("https://slack.com/oauth/v2/authorize?client_id=1.2&scope=a,b&state=x\"><b>");

        assertThat(page)
                .startsWith("<!DOCTYPE html>")
                .contains("<title>Add Partnerbot to Slack</title>")
                .contains(
                        "href=\"https://slack.com/oauth/v2/authorize?client_id=1.2&amp;scope=a,b&amp;state=x&quot;&gt;"
                                + "&lt;b&gt;\"")
                .contains("for the next 10 minutes")
                .doesNotContain("<b>");
    }

    @Test
    void theInstalledPageNamesTheWorkspaceAsText() {
        DefaultInstaller installer = new DefaultInstaller();
        installer.setTeamId("T1");
        installer.setTeamName("<script>Acme</script> & 'Co'");

        assertThat(pages.renderSuccessPage(installer, null))
                .contains("Partnerbot is installed in &lt;script&gt;Acme&lt;/script&gt; &amp; &#39;Co&#39;.")
                .contains("href=\"https://app.slack.com/client/T1\"")
                .doesNotContain("<script>");

        installer.setTeamId(null);
        installer.setTeamName(null);
        installer.setEnterpriseName("Org Inc");
        assertThat(pages.renderSuccessPage(installer, null))
                .contains("installed in Org Inc.")
                .contains("href=\"https://slack.com/\"");
        installer.setEnterpriseName(null);
        assertThat(pages.renderSuccessPage(installer, null)).contains("installed in your workspace.");
        assertThat(pages.renderSuccessPage(null, null)).contains("installed in your workspace.");
    }

    @Test
    void eachFailureSaysInPlainWordsThatNothingWasInstalled() {
        assertThat(pages.renderFailurePage("/ignored", InstallPages.INVALID_STATE))
                .contains("<h1>This install link has expired or was already used</h1>")
                .contains("for 10 minutes")
                .contains("<a href=\"/slack/install\">Start again</a>");
        assertThat(pages.renderFailurePage("/ignored", InstallPages.ACCESS_DENIED))
                .contains("<h1>The install was cancelled</h1>");
        assertThat(pages.renderFailurePage("/ignored", "bad_redirect_uri"))
                .contains("<h1>Slack did not complete the install</h1>")
                .contains("<code>bad_redirect_uri</code>");
        for (String ours : new String[] {InstallPages.OUR_SIDE, null, "Connection refused: localhost/127.0.0.1:5432"}) {
            assertThat(pages.renderFailurePage("/ignored", ours))
                    .contains("<h1>The install could not be completed</h1>")
                    .doesNotContain("5432");
        }
        for (String page : List.of(
                pages.renderFailurePage("/x", InstallPages.INVALID_STATE),
                pages.renderFailurePage("/x", "invalid_code"))) {
            assertThat(page).contains("Nothing was installed");
        }
    }
}
