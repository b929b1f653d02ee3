package com.partnerbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program as an admin starts it, in its own JVM: configuration mistakes end it with exit code 2 and plain
 * lines, never a stack trace; the playbook tools answer with their exit codes.
 */
class MainProcessTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.equals("PLAYBOOK_FILE"));
        builder.environment().putAll(env);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the program did not end");
        }
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
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
}
