package com.partnerbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Installing for many workspaces: the OAuth variables, each checked and named when it is wrong. */
class ManyWorkspacesSettingsTest {
    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final String CLIENT_SECRET = "c1i3nt5ecretc1i3nt5ecret0123abcd";
    private static final String STATE_SECRET = "s".repeat(Settings.MIN_STATE_SECRET);
    private static final String KEY = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=";

    private static Map<String, String> env(String... kv) {
        Map<String, String> env = new HashMap<>(Map.of(
                "SLACK_SIGNING_SECRET", SECRET,
                "SLACK_CLIENT_ID", "111.222",
                "SLACK_CLIENT_SECRET", CLIENT_SECRET,
                "SLACK_STATE_SECRET", STATE_SECRET,
                "PARTNERBOT_TOKEN_KEY", KEY));
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] == null) {
                env.remove(kv[i]);
            } else {
                env.put(kv[i], kv[i + 1]);
            }
        }
        return env;
    }

    @Test
    void theClientIdAndSecretInstallForManyWorkspacesWithoutABotToken() {
        Settings s = Settings.fromEnvironment(
                env("SLACK_REDIRECT_URI", "https://partnerbot.example.com/slack/oauth_redirect"));

        assertThat(s.manyWorkspaces()).isTrue();
        assertThat(s.botToken()).isEmpty();
        assertThat(s.socketMode()).isFalse();
        assertThat(s.oauth())
                .contains(new Settings.OAuth(
                        "111.222",
                        CLIENT_SECRET,
                        STATE_SECRET,
                        KEY,
                        Optional.of("https://partnerbot.example.com/slack/oauth_redirect")));
        assertThat(s.toString())
                .contains("clientId=111.222")
                .doesNotContain(CLIENT_SECRET)
                .doesNotContain(STATE_SECRET)
                .doesNotContain(KEY)
                .doesNotContain(SECRET);
        assertThat(Settings.fromEnvironment(env()).oauth().orElseThrow().redirectUri())
                .isEmpty();
    }

    @Test
    void aBotTokenAloneIsOneWorkspaceAsBefore() {
        Settings s = Settings.fromEnvironment(env(
                "SLACK_BOT_TOKEN",
                "xoxb-1-2-abc",
                "SLACK_CLIENT_ID",
                null,
                "SLACK_CLIENT_SECRET",
                null,
                // Left over: not used without a client id.
                "SLACK_STATE_SECRET",
                "short"));

        assertThat(s.manyWorkspaces()).isFalse();
        assertThat(s.botToken()).contains("xoxb-1-2-abc");
        assertThat(s.toString()).doesNotContain("OAuth");
    }

    @Test
    void eachMistakeIsOneLineNamingItsVariable() {
        Map<String, String[]> cases = new HashMap<>();
        cases.put("SLACK_CLIENT_ID is not set, but SLACK_CLIENT_SECRET is", new String[] {"SLACK_CLIENT_ID", null});
        cases.put("SLACK_CLIENT_SECRET is not set, but SLACK_CLIENT_ID is", new String[] {"SLACK_CLIENT_SECRET", null});
        cases.put("SLACK_BOT_TOKEN is set with SLACK_CLIENT_ID", new String[] {"SLACK_BOT_TOKEN", "xoxb-1-2-abc"});
        cases.put("SLACK_APP_TOKEN is set with SLACK_CLIENT_ID", new String[] {"SLACK_APP_TOKEN", "xapp-1-A1-2-x"});
        cases.put("SLACK_STATE_SECRET is not set", new String[] {"SLACK_STATE_SECRET", null});
        cases.put(
                "SLACK_STATE_SECRET is too short: 31 characters, at least 32 needed",
                new String[] {"SLACK_STATE_SECRET", "s".repeat(31)});
        cases.put("PARTNERBOT_TOKEN_KEY is not set", new String[] {"PARTNERBOT_TOKEN_KEY", null});
        cases.put("PARTNERBOT_TOKEN_KEY is not base64", new String[] {"PARTNERBOT_TOKEN_KEY", "%%%"});
        cases.put(
                "PARTNERBOT_TOKEN_KEY decodes to 16 bytes",
                new String[] {"PARTNERBOT_TOKEN_KEY", "AAAAAAAAAAAAAAAAAAAAAA=="});
        cases.put(
                "SLACK_REDIRECT_URI must be the bot's public address followed by /slack/oauth_redirect",
                new String[] {"SLACK_REDIRECT_URI", "https://partnerbot.example.com/callback"});
        cases.forEach(
                (message, variable) -> assertThatThrownBy(() -> Settings.fromEnvironment(env(variable[0], variable[1])))
                        .as(message)
                        .isInstanceOf(ConfigException.class)
                        .hasMessageStartingWith(message)
                        .hasMessageNotContaining(CLIENT_SECRET)
                        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n")));
        assertThatThrownBy(() -> Settings.fromEnvironment(env("SLACK_REDIRECT_URI", "not a url")))
                .hasMessageStartingWith("SLACK_REDIRECT_URI must be");
        assertThatThrownBy(() -> Settings.fromEnvironment(
                        env("SLACK_REDIRECT_URI", "ftp://partnerbot.example.com/slack/oauth_redirect")))
                .hasMessageStartingWith("SLACK_REDIRECT_URI must be");
        assertThatThrownBy(() -> Settings.fromEnvironment(env("SLACK_REDIRECT_URI", "/slack/oauth_redirect")))
                .hasMessageStartingWith("SLACK_REDIRECT_URI must be");
        // The key is never repeated in the line about it.
        assertThatThrownBy(() -> Settings.fromEnvironment(env("PARTNERBOT_TOKEN_KEY", "AAAAAAAAAAAAAAAAAAAAAA==")))
                .hasMessageNotContaining("AAAAAAAAAAAAAAAAAAAAAA==");
    }

    @Test
    void manyWorkspacesNeedTheSigningSecretOfHttpMode() {
        assertThatThrownBy(() -> Settings.fromEnvironment(env("SLACK_SIGNING_SECRET", null)))
                .hasMessageStartingWith("SLACK_SIGNING_SECRET is required in HTTP mode");
    }
}
