package com.partnerbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.testing.SlackStub;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program as an admin starts it, in its own JVM: configuration mistakes end it with exit code 2 and one plain
 * line, never a stack trace; Slack out of reach is tried again; the playbook tools and the help answer with their
 * exit codes.
 */
class MainProcessTest {
    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();
    private SlackStub slack;

    private record Run(int exit, String out, String err) {}

    @AfterEach
    void stop() {
        started.forEach(Process::destroyForcibly);
        if (slack != null) {
            slack.close();
        }
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment()
                .keySet()
                .removeIf(k -> k.startsWith("SLACK_")
                        || k.startsWith("DATABASE_")
                        || List.of("PLAYBOOK_FILE", "PORT", "LOG_LEVEL").contains(k));
        builder.environment().putAll(env);
        Process process = builder.redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        started.add(process);
        return process;
    }

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Process process = start(env, args);
        if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("the program did not end");
        }
        return new Run(process.exitValue(), out(), err());
    }

    private String out() throws IOException {
        return Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    }

    private String err() throws IOException {
        return Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
    }

    /** Waits, on the process rather than the clock, until {@code output} says what {@code until} looks for. */
    private String await(Process process, IOSupplier output, Predicate<String> until)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        String text = output.get();
        while (!until.test(text)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("not seen; the program wrote:\n" + out() + err());
            }
            process.waitFor(50, TimeUnit.MILLISECONDS);
            text = output.get();
        }
        return text;
    }

    private interface IOSupplier {
        String get() throws IOException;
    }

    /** HTTP mode against the Slack stub, on a free port, with the database in the test folder. */
    private Map<String, String> httpMode(String botToken) {
        slack = new SlackStub();
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_BOT_TOKEN", botToken);
        env.put("SLACK_SIGNING_SECRET", SECRET);
        env.put("SLACK_API_URL", slack.apiUrl());
        env.put("PORT", "0");
        env.put("DATABASE_URL", "jdbc:sqlite:" + dir.resolve("partnerbot.db"));
        return env;
    }

    private static void assertOnePlainLine(Run run, String start) {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith(start));
        assertThat(run.err() + run.out()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingTokenEndsTheProgramWithExitCode2AndOnePlainLine() throws Exception {
        Run run = run(Map.of());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("partnerbot: SLACK_BOT_TOKEN is not set")
                .contains("OAuth & Permissions"));
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anInvalidTeamPlaybookEndsTheProgramWithExitCode2ListingTheProblems() throws Exception {
        Path playbook = dir.resolve("ours.yml");
        Files.writeString(playbook, "id: ours\nname: [unclosed\n");
        Run run = run(Map.of(
                "SLACK_BOT_TOKEN", "xoxb-1-2-3",
                "SLACK_SIGNING_SECRET", "0123456789abcdef0123456789abcdef",
                "PLAYBOOK_FILE", playbook.toString()));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("ours.yml").contains("YAML syntax").doesNotContain("\tat ");
    }

    @Test
    void playbookExportThenCheckRoundTrips() throws Exception {
        Run export = run(Map.of(), "playbook", "export");
        assertThat(export.exit()).isZero();
        Path exported = dir.resolve("exported.yml");
        Files.writeString(exported, export.out());
        assertThat(run(Map.of(), "playbook", "check", exported.toString()).exit())
                .isZero();
        assertThat(run(Map.of(), "playbook", "check", dir.resolve("missing.yml").toString())
                        .exit())
                .isEqualTo(2);
    }

    @Test
    void anUnknownCommandIsNamed() throws Exception {
        Run run = run(Map.of(), "serve");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown command \"serve\"");
    }

    @Test
    void aPortInUseEndsTheProgramBeforeAnythingElseStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Map<String, String> env = httpMode(SlackStub.BOT_TOKEN);
            env.put("PORT", String.valueOf(taken.getLocalPort()));
            Run run = run(env);
            assertOnePlainLine(run, "partnerbot: PORT " + taken.getLocalPort() + " is already in use");
        }
        assertThat(slack.calls()).as("Slack is not asked").isEmpty();
        assertThat(dir.resolve("partnerbot.db"))
                .as("the database is not created")
                .doesNotExist();
    }

    @Test
    void aTokenSlackRefusesEndsTheProgramNamingTheVariable() throws Exception {
        Run run = run(httpMode("xoxb-revoked-or-mistyped"));
        assertOnePlainLine(run, "partnerbot: SLACK_BOT_TOKEN was refused by Slack");
        assertThat(run.err()).contains("invalid_auth").contains("OAuth & Permissions");
        assertThat(slack.calls("auth.test")).hasSize(1);
    }

    @Test
    void inSocketModeTooATokenSlackRefusesIsOneLine() throws Exception {
        Map<String, String> env = httpMode("xoxb-revoked-or-mistyped");
        env.put("SLACK_APP_TOKEN", SlackStub.APP_TOKEN);
        Run run = run(env);
        assertOnePlainLine(run, "partnerbot: SLACK_BOT_TOKEN was refused by Slack");
        assertThat(slack.calls("apps.connections.open")).isEmpty();
    }

    @Test
    void anAppTokenSlackRefusesIsOneLineNamingIt() throws Exception {
        Map<String, String> env = httpMode(SlackStub.BOT_TOKEN);
        env.put("SLACK_APP_TOKEN", "xapp-1-A0OTHER-1-not-this-app");
        Run run = run(env);
        assertOnePlainLine(run, "partnerbot: SLACK_APP_TOKEN was refused by Slack");
        assertThat(run.err()).contains("invalid_auth").contains("App-Level Tokens");
    }

    @Test
    void slackOutOfReachIsSaidInOneLineAndTriedAgain() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        String apiUrl = "http://127.0.0.1:" + closedPort + "/api/";
        Map<String, String> env = httpMode(SlackStub.BOT_TOKEN);
        env.put("SLACK_API_URL", apiUrl);
        Process process = start(env);

        String err = await(process, this::err, text -> text.endsWith(System.lineSeparator()));
        assertThat(err.strip().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("partnerbot: cannot reach Slack's Web API at " + apiUrl)
                .contains("SLACK_BOT_TOKEN")
                .contains("the connection was refused")
                .endsWith("trying again in 1 s"));
        assertThat(process.isAlive()).as("it waits for Slack instead of ending").isTrue();
        assertThat(out()).doesNotContain("Partnerbot is up");
        await(process, this::err, text -> text.contains("trying again in 2 s"));
        assertThat(err() + out()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aDatabaseFolderThatDoesNotExistIsNamed() throws Exception {
        Map<String, String> env = httpMode(SlackStub.BOT_TOKEN);
        Path missing = dir.resolve("no-such-folder");
        env.put("DATABASE_URL", "jdbc:sqlite:" + missing.resolve("partnerbot.db"));
        Run run = run(env);
        assertOnePlainLine(run, "partnerbot: DATABASE_URL");
        assertThat(run.err()).contains(missing.toString());
    }

    @Test
    void aPostgresqlServerThatCannotBeReachedIsNamedWithoutItsPassword() throws Exception {
        Map<String, String> env = httpMode(SlackStub.BOT_TOKEN);
        int port;
        try (var nobodyListens = new java.net.ServerSocket(0)) {
            port = nobodyListens.getLocalPort();
        }
        String database = "jdbc:postgresql://127.0.0.1:" + port + "/partnerbot";
        env.put("DATABASE_URL", database + "?user=bot&password=url-s3cret");
        env.put("DATABASE_PASSWORD", "env-s3cret");
        Run run = run(env);
        assertOnePlainLine(run, "partnerbot: DATABASE_URL");
        assertThat(run.err()).contains(database + ")").contains("refused");
        assertThat(run.err() + run.out()).doesNotContain("s3cret");
    }

    @Test
    void aLogLevelLogbackDoesNotKnowIsNamed() throws Exception {
        Map<String, String> env = httpMode(SlackStub.BOT_TOKEN);
        env.put("LOG_LEVEL", "LOUD");
        Run run = run(env);
        assertOnePlainLine(run, "partnerbot: LOG_LEVEL");
        assertThat(run.err()).contains("LOUD").contains("DEBUG, INFO, WARN, ERROR");
    }

    @Test
    void helpPrintsEveryVariable() throws Exception {
        for (String help : List.of("--help", "-h", "help")) {
            Run run = run(Map.of(), help);
            assertThat(run.exit()).as(help).isZero();
            assertThat(run.err()).as(help).isEmpty();
            assertThat(run.out())
                    .as(help)
                    .contains("Usage:")
                    .contains("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_API_URL")
                    .contains("PORT", "DATABASE_URL", "PLAYBOOK_FILE", "LOG_LEVEL")
                    .contains("jdbc:sqlite:partnerbot.db");
        }
    }

    @Test
    void aGoodStartSaysWhereTheDataIsWhichPlaybookAndWhichMode() throws Exception {
        Map<String, String> env = httpMode(SlackStub.BOT_TOKEN);
        env.put("LOG_LEVEL", "info");
        Process process = start(env);
        String out = await(process, this::out, text -> text.contains("Partnerbot is up"));
        assertThat(out)
                .contains("HTTP mode on port ")
                .contains("database " + dir.resolve("partnerbot.db").toAbsolutePath())
                .contains("playbook built-in default (id ")
                .contains("Slack accepted SLACK_BOT_TOKEN: bot " + SlackStub.BOT_USER_NAME);
        assertThat(err()).isEmpty();
    }
}
