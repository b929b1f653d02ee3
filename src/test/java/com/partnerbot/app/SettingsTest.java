package com.partnerbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    private static final String BOT = "xoxb-1-2-abc";
    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    private static Map<String, String> env(String... kv) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            env.put(kv[i], kv[i + 1]);
        }
        return env;
    }

    @Test
    void httpModeWithDefaults() {
        Settings s = Settings.fromEnvironment(env("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", SECRET));
        assertThat(s.socketMode()).isFalse();
        assertThat(s.port()).isEqualTo(3000);
        assertThat(s.databaseUrl()).isEqualTo("jdbc:sqlite:partnerbot.db");
        assertThat(s.slackApiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(s.playbookFile()).isEmpty();
    }

    @Test
    void socketModeNeedsNoSigningSecret() {
        Settings s = Settings.fromEnvironment(env("SLACK_BOT_TOKEN", BOT, "SLACK_APP_TOKEN", "xapp-1-A1-2-x"));
        assertThat(s.socketMode()).isTrue();
    }

    @Test
    void apiUrlGainsTrailingSlash() {
        Settings s = Settings.fromEnvironment(env(
                "SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", SECRET, "SLACK_API_URL", "https://slack-gov.com/api"));
        assertThat(s.slackApiUrl()).isEqualTo("https://slack-gov.com/api/");
    }

    @Test
    void missingBotTokenNamesTheVariableAndWhereToFindIt() {
        assertThatThrownBy(() -> Settings.fromEnvironment(env("SLACK_SIGNING_SECRET", SECRET)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("SLACK_BOT_TOKEN")
                .hasMessageContaining("OAuth & Permissions");
    }

    @Test
    void eachMalformedValueIsNamed() {
        Map<String, String> base = env("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", SECRET);
        Map<String, String[]> cases = Map.of(
                "SLACK_BOT_TOKEN", new String[] {"SLACK_BOT_TOKEN", "xoxp-user-token"},
                "SLACK_APP_TOKEN", new String[] {"SLACK_APP_TOKEN", "xoxb-not-app"},
                "SLACK_SIGNING_SECRET", new String[] {"SLACK_SIGNING_SECRET", "not a secret!"},
                "SLACK_API_URL", new String[] {"SLACK_API_URL", "ftp://x"},
                "PORT", new String[] {"PORT", "eighty"},
                "DATABASE_URL", new String[] {"DATABASE_URL", "jdbc:mysql://x/y"},
                "LOG_LEVEL", new String[] {"LOG_LEVEL", "verbose"});
        cases.forEach((variable, kv) -> {
            Map<String, String> env = new HashMap<>(base);
            env.put(kv[0], kv[1]);
            assertThatThrownBy(() -> Settings.fromEnvironment(env))
                    .as(variable)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith(variable);
        });
    }

    @Test
    void httpModeWithoutSigningSecretIsRefused() {
        assertThatThrownBy(() -> Settings.fromEnvironment(env("SLACK_BOT_TOKEN", BOT)))
                .hasMessageContaining("SLACK_SIGNING_SECRET")
                .hasMessageContaining("Basic Information");
    }

    @Test
    void toStringHidesSecrets() {
        Settings s = Settings.fromEnvironment(
                env("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", SECRET, "SLACK_APP_TOKEN", "xapp-1-secret"));
        assertThat(s.toString()).doesNotContain(BOT).doesNotContain(SECRET).doesNotContain("xapp-1-secret");
    }

    @Test
    void logLevelIsOneOfFourInAnyCase() {
        Map<String, String> base = env("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", SECRET);
        assertThat(Settings.fromEnvironment(base).logLevel()).isEqualTo("INFO");
        Map<String, String> lower = new HashMap<>(base);
        lower.put("LOG_LEVEL", " warn ");
        assertThat(Settings.fromEnvironment(lower).logLevel()).isEqualTo("WARN");
        for (String level : new String[] {"TRACE", "OFF", "loud"}) {
            Map<String, String> bad = new HashMap<>(base);
            bad.put("LOG_LEVEL", level);
            assertThatThrownBy(() -> Settings.fromEnvironment(bad))
                    .as(level)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith("LOG_LEVEL must be one of DEBUG, INFO, WARN, ERROR")
                    .hasMessageContaining(level);
        }
    }

    @Test
    void aDatabaseInAFolderThatDoesNotExistIsRefusedNamingTheFolder(@TempDir Path dir) {
        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> Settings.fromEnvironment(env(
                        "SLACK_BOT_TOKEN",
                        BOT,
                        "SLACK_SIGNING_SECRET",
                        SECRET,
                        "DATABASE_URL",
                        "jdbc:sqlite:" + missing.resolve("bot.db") + "?journal_mode=WAL")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("DATABASE_URL")
                .hasMessageContaining("folder " + missing + ", which does not exist");
    }

    @Test
    void theDatabaseFileIsAbsolute(@TempDir Path dir) {
        Map<String, String> base = env("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", SECRET);
        assertThat(Settings.fromEnvironment(base).databaseFile())
                .hasValue(Path.of("partnerbot.db").toAbsolutePath());
        Map<String, String> inDir = new HashMap<>(base);
        inDir.put("DATABASE_URL", "jdbc:sqlite:file:" + dir.resolve("bot.db") + "?mode=rwc");
        assertThat(Settings.fromEnvironment(inDir).databaseFile()).hasValue(dir.resolve("bot.db"));
        Map<String, String> memory = new HashMap<>(base);
        memory.put("DATABASE_URL", "jdbc:sqlite::memory:");
        assertThat(Settings.fromEnvironment(memory).databaseFile()).isEmpty();
    }

    @Test
    void aPostgresqlDatabaseTakesItsLoginFromTheEnvironmentAndShowsNoParameters() {
        Settings s = Settings.fromEnvironment(env(
                "SLACK_BOT_TOKEN",
                BOT,
                "SLACK_SIGNING_SECRET",
                SECRET,
                "DATABASE_URL",
                "jdbc:postgresql://db.example.com:5432/partnerbot?sslmode=require",
                "DATABASE_USER",
                "partnerbot",
                "DATABASE_PASSWORD",
                " spaces count "));
        assertThat(s.databaseUrl()).isEqualTo("jdbc:postgresql://db.example.com:5432/partnerbot?sslmode=require");
        assertThat(s.databaseUser()).contains("partnerbot");
        assertThat(s.databasePassword()).contains(" spaces count ");
        assertThat(s.databaseFile()).isEmpty();
        assertThat(s.databaseShown()).isEqualTo("jdbc:postgresql://db.example.com:5432/partnerbot");
        assertThat(s.toString()).contains("database=jdbc:postgresql://db.example.com:5432/partnerbot as partnerbot");
    }

    @Test
    void theDatabasePasswordIsNeverShownWhereverItWasGiven() {
        Settings s = Settings.fromEnvironment(env(
                "SLACK_BOT_TOKEN",
                BOT,
                "SLACK_SIGNING_SECRET",
                SECRET,
                "DATABASE_URL",
                "jdbc:postgresql://db/partnerbot?user=bot&password=p%40ss&ssl=true",
                "DATABASE_PASSWORD",
                "from-env"));
        assertThat(s.toString()).doesNotContain("p%40ss").doesNotContain("p@ss").doesNotContain("from-env");
        assertThat(s.withoutDatabasePassword("refused p@ss, p%40ss and from-env"))
                .isEqualTo("refused ***, *** and ***");
        assertThat(Settings.fromEnvironment(env("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", SECRET))
                        .withoutDatabasePassword("nothing to hide"))
                .isEqualTo("nothing to hide");
    }
}
