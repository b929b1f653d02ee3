package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.export.ExportFiles;
import com.partnerbot.store.Partnership;
import com.partnerbot.testing.RecordedCall;
import com.partnerbot.testing.SlackStub;
import com.partnerbot.testing.StubFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code /partner export} end to end over signed HTTP: the command is answered at once, the file is written and
 * uploaded after the acknowledgement with Slack's flow (a DM opened, an upload URL, the bytes, the share), its bytes
 * read back to this workspace's partnerships; each step failing is told privately through the response URL, naming
 * the step; an empty workspace and an unknown format are answered plainly; no temporary file is left behind.
 */
class ExportEndToEndTest {
    private static final String TEAM = SlackStub.TEAM_ID;
    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

    @TempDir
    Path dir;

    private RunningApp app;
    private Set<Path> tempBefore;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.http(dir);
        tempBefore = exportTempFiles();
    }

    @AfterEach
    void stop() throws IOException {
        app.close();
        assertThat(exportTempFiles()).as("temporary export files left behind").isSubsetOf(tempBefore);
    }

    private static Set<Path> exportTempFiles() throws IOException {
        try (Stream<Path> files = Files.list(TEMP)) {
            return files.filter(f -> f.getFileName().toString().startsWith("partnerbot-export-"))
                    .collect(Collectors.toSet());
        }
    }

    /** Two partnerships assessed at Tier 1 in this workspace, and one in another workspace. */
    private List<Partnership> twoPartnerships() throws Exception {
        for (String name : List.of("Northwind", "Acme Cloud")) {
            QuestionnaireDriver.assessNew(
                    app, name, "C1", "spend_commitment", "dedicated_engineering", "requirement", "yes");
        }
        app.work.runAll();
        app.partnerships()
                .insert(new Partnership(
                        "T0OTHER",
                        "p-other",
                        "Elsewhere",
                        "C9",
                        "U9",
                        null,
                        "U9",
                        Instant.parse("2026-01-01T00:00:00Z")));
        return app.partnerships().listByTeam(TEAM);
    }

    private JsonNode export(String text) throws Exception {
        return app.json(app.command(text, "U1", "C1").body());
    }

    private String lastReply() {
        List<RecordedCall> replies = app.slack.calls("response_url");
        assertThat(replies).isNotEmpty();
        RecordedCall last = replies.get(replies.size() - 1);
        assertThat(last.arg("response_type")).isEqualTo("ephemeral");
        return last.arg("text");
    }

    private static String text(StubFiles.UploadedFile file) {
        return new String(file.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void csvIsUploadedToTheRequestersDmAfterTheAckAndReadsBackAsTheWorkspacesPartnerships() throws Exception {
        List<Partnership> stored = twoPartnerships();

        JsonNode ack = export("export");
        assertThat(ack.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(ack.path("text").asText())
                .isEqualTo("Preparing your export of 2 partnerships (CSV)… It will arrive in your direct messages"
                        + " with me.");
        assertThat(app.slack.calls("files.getUploadURLExternal")).isEmpty();

        app.work.runAll();

        assertThat(app.slack.calls("conversations.open")).last().satisfies(c -> assertThat(c.arg("users"))
                .isEqualTo("U1"));
        RecordedCall asked = app.slack.calls("files.getUploadURLExternal").get(0);
        assertThat(asked.arg("filename")).isEqualTo("partnerships-2026-08-31.csv");
        RecordedCall completed = app.slack.calls("files.completeUploadExternal").get(0);
        assertThat(completed.arg("channel_id")).isEqualTo("D1");
        assertThat(completed.arg("initial_comment"))
                .isEqualTo("Your export of 2 partnerships, as of 2026-08-31 09:30 UTC.");
        assertThat(completed.args().at("/files/0/title").asText()).isEqualTo("Partnerships 2026-08-31");

        StubFiles.UploadedFile file = app.slack.files().get(0);
        assertThat(file.completed()).isTrue();
        assertThat(file.channel()).isEqualTo("D1");
        assertThat(completed.args().at("/files/0/id").asText()).isEqualTo(file.id());
        assertThat(Long.parseLong(asked.arg("length"))).isEqualTo(file.bytes().length);
        List<Map<String, String>> rows = ExportFiles.csvRows(text(file));
        assertThat(rows)
                .extracting(r -> r.get("partnership_id"), r -> r.get("name"))
                .containsExactlyElementsOf(stored.stream()
                        .map(p -> org.assertj.core.groups.Tuple.tuple(p.id(), p.name()))
                        .toList());
        assertThat(rows).allSatisfy(r -> assertThat(r)
                .containsEntry("verdict", "real")
                .containsEntry("verdict_label", "Real partnership")
                .containsEntry("tier", "tier_1")
                .containsEntry("owner_user_id", "U1")
                .containsEntry("channel_id", "C1")
                .containsEntry("charter_state", "none")
                .containsEntry("next_reminder_kind", "follow_up")
                .containsEntry("next_reminder_date", "2027-02-28"));

        assertThat(app.slack.messagesIn("U1"))
                .last()
                .satisfies(m -> assertThat(m.at("/files/0/id").asText()).isEqualTo(file.id()));
        assertThat(lastReply())
                .isEqualTo("Your export of 2 partnerships (partnerships-2026-08-31.csv) is in your direct messages"
                        + " with me.");
    }

    @Test
    void jsonIsAnArrayOfTheWorkspacesPartnerships() throws Exception {
        List<Partnership> stored = twoPartnerships();

        assertThat(export("export JSON").path("text").asText()).contains("2 partnerships (JSON)");
        app.work.runAll();

        assertThat(app.slack.calls("files.getUploadURLExternal").get(0).arg("filename"))
                .isEqualTo("partnerships-2026-08-31.json");
        JsonNode rows = app.json(text(app.slack.files().get(0)));
        assertThat(rows.isArray()).isTrue();
        List<String> names = new ArrayList<>();
        rows.forEach(r -> names.add(r.path("name").asText()));
        assertThat(names)
                .containsExactlyElementsOf(
                        stored.stream().map(Partnership::name).toList());
        assertThat(rows.get(0).path("assessments").asInt()).isEqualTo(1);
        assertThat(rows.get(0).path("charter_version").isNull()).isTrue();
        assertThat(app.slack.files().get(0).channel()).isEqualTo("D1");
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(
                        "no DM",
                        (Consumer<SlackStub>) s -> s.failNext("conversations.open", "missing_scope"),
                        List.of(
                                "Slack would not open a direct message between us",
                                "conversations.open answered `missing_scope`",
                                "`files:write` and `im:write`")),
                Arguments.of(
                        "wrong token",
                        (Consumer<SlackStub>) s -> s.failNext("files.getUploadURLExternal", "not_allowed_token_type"),
                        List.of(
                                "Slack would not start the upload",
                                "files.getUploadURLExternal answered `not_allowed_token_type`",
                                "reinstall the app")),
                Arguments.of(
                        "Slack down",
                        (Consumer<SlackStub>) s -> s.failNextHttp("files.getUploadURLExternal", 503, 1, false),
                        List.of(
                                "files.getUploadURLExternal answered `HTTP 503`",
                                "try `/partner export csv` again in a few minutes")),
                Arguments.of(
                        "upload refused",
                        (Consumer<SlackStub>) s -> s.failNextUpload(500),
                        List.of(
                                "Slack's file service did not take the file",
                                "the upload of the file answered `HTTP 500`",
                                "again in a few minutes")),
                Arguments.of(
                        "share refused",
                        (Consumer<SlackStub>) s -> s.failNext("files.completeUploadExternal", "invalid_arguments"),
                        List.of(
                                "Slack would not share the uploaded file with you",
                                "files.completeUploadExternal answered `invalid_arguments`",
                                "Nothing was shared")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aFailedStepIsToldPrivatelyNamingItAndNothingIsShared(
            String name, Consumer<SlackStub> failure, List<String> told) throws Exception {
        twoPartnerships();
        failure.accept(app.slack);

        export("export csv");
        app.work.runAll();

        assertThat(lastReply()).startsWith("I couldn't send your export: ").contains(told);
        assertThat(app.slack.files()).noneMatch(StubFiles.UploadedFile::completed);
        assertThat(app.slack.messagesIn("U1")).isEmpty();
    }

    @Test
    void anEmptyWorkspaceHasNothingToExport() throws Exception {
        int queued = app.work.pending();

        JsonNode ack = export("export");

        assertThat(ack.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(ack.path("text").asText()).startsWith("There is nothing to export");
        assertThat(app.work.pending()).isEqualTo(queued);
        app.work.runAll();
        assertThat(app.slack.calls("files.getUploadURLExternal")).isEmpty();
    }

    @Test
    void anUnknownFormatIsAnsweredWithTheValidOnes() throws Exception {
        twoPartnerships();

        JsonNode ack = export("export xml");

        assertThat(ack.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(ack.path("text").asText())
                .isEqualTo("I can't export as `xml`. Formats: csv, json. Try `/partner export csv` (the default) or"
                        + " `/partner export json`.");
        app.work.runAll();
        assertThat(app.slack.calls("files.getUploadURLExternal")).isEmpty();
    }

    @Test
    void helpListsTheExport() throws Exception {
        assertThat(export("help").toString()).contains("export [csv|json]").contains("/partner export csv");
    }
}
