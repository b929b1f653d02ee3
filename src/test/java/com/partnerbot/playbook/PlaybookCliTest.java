package com.partnerbot.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaybookCliTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return PlaybookCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportPrintsTheDefaultPlaybookWithItsComments() {
        assertThat(run("export")).isZero();
        assertThat(out()).isEqualTo(PlaybookLoader.defaultYaml()).contains("# Partnerbot playbook.");
    }

    @Test
    void exportThenCheckRoundTrips() throws IOException {
        run("export");
        Path file = dir.resolve("ours.yml");
        Files.writeString(file, out(), StandardCharsets.UTF_8);
        out.reset();

        assertThat(run("check", file.toString())).isZero();
        assertThat(out()).contains("valid playbook");
        assertThat(err()).isEmpty();
    }

    @Test
    void checkListsEveryProblemAndExitsOne() throws IOException {
        Path file = dir.resolve("broken.yml");
        Files.writeString(
                file,
                TestPlaybooks.edited(
                        "next: marquee", "next: marqee", "title: Phase gate", "title: Phase gate\n    x: 1"));

        assertThat(run("check", file.toString())).isEqualTo(1);
        assertThat(err())
                .contains("Playbook " + file + " is not valid")
                .contains(file + ":")
                .contains("trees.tier.nodes[0].branches[1].next: no node \"marqee\"")
                .contains("unknown key \"x\"")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void checkOfASyntaxErrorExitsOneWithoutStackTrace() throws IOException {
        Path file = dir.resolve("syntax.yml");
        Files.writeString(file, "id: [\n");

        assertThat(run("check", file.toString())).isEqualTo(1);
        assertThat(err()).contains("YAML syntax").doesNotContain("Exception");
    }

    @Test
    void missingFileExitsTwo() {
        assertThat(run("check", dir.resolve("nope.yml").toString())).isEqualTo(2);
        assertThat(err()).contains("nope.yml: no such readable file");
    }

    @Test
    void wrongUsageExitsTwoWithUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("check")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).contains("Usage:").contains("playbook export").contains("playbook check FILE");
    }

    @Test
    void environmentPicksTheTeamFileOrTheDefault() throws Exception {
        Path file = dir.resolve("team.yml");
        Files.writeString(file, TestPlaybooks.edited("name: Partner ecosystem playbook", "name: Our playbook"));

        assertThat(PlaybookLoader.fromEnvironment(Map.of()).name()).isEqualTo("Partner ecosystem playbook");
        assertThat(PlaybookLoader.fromEnvironment(Map.of("PLAYBOOK_FILE", file.toString()))
                        .name())
                .isEqualTo("Our playbook");
    }

    @Test
    void invalidTeamFileFromEnvironmentIsReportedWithItsName() throws IOException {
        Path file = dir.resolve("bad.yml");
        Files.writeString(file, "id: x\n");

        try {
            PlaybookLoader.fromEnvironment(Map.of("PLAYBOOK_FILE", file.toString()));
            throw new AssertionError("expected PlaybookException");
        } catch (PlaybookException e) {
            assertThat(e.file()).isEqualTo(file.toString());
            assertThat(e.report())
                    .startsWith("Playbook " + file + " is not valid")
                    .contains("charter: missing");
        }
    }

    @Test
    void startupWithAnInvalidFileReportsItAndGivesNoPlaybook() throws IOException {
        Path file = dir.resolve("bad.yml");
        Files.writeString(file, TestPlaybooks.edited("start: core", "start: kernel"));

        assertThat(PlaybookCli.startupPlaybook(
                        Map.of("PLAYBOOK_FILE", file.toString()), new PrintStream(err, true, StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(err())
                .startsWith("Playbook " + file + " is not valid (1 problem):")
                .contains("trees.build_or_partner.start: no node \"kernel\"");
        assertThat(PlaybookCli.startupPlaybook(Map.of(), System.err)).isPresent();
    }

    @Test
    void startupWithAMissingFileReportsIt() {
        Path file = dir.resolve("gone.yml");

        assertThat(PlaybookCli.startupPlaybook(
                        Map.of("PLAYBOOK_FILE", file.toString()), new PrintStream(err, true, StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(err()).contains(file.toString()).contains("cannot read file");
    }
}
