package com.partnerbot.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.store.Database;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * The export on a real SQLite file: every column, each state a charter, a phase and a reminder can be in, CSV quoting
 * and the guard against formulas, the JSON shape read back, and another workspace's rows kept out even when they share
 * a partnership's id. On SQLite and on PostgreSQL.
 */
@OnEachDatabase
class PartnershipExportTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final String TEAM = "T1";
    private static final String OTHER = "T2";
    private static final Instant CREATED = Instant.parse("2026-01-05T10:00:00Z");
    private static final String NOTE = "Cloud \"spend\", co-sell,\nand a second line";

    @TempDir
    Path dir;

    private Database db;
    private PartnershipExport export;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        export = new PartnershipExport(db.jdbi(), PlaybookLoader.loadDefault());
    }

    @AfterEach
    void close() {
        db.close();
    }

    /**
     * Acme: assessed twice, charter v2 signed by the partner only, Walk running after Crawl's gate, reminders in every
     * state. Beta: nothing yet, with a name a spreadsheet would run. Gamma: signed charter, phases ended.
     */
    private void seed() {
        db.jdbi().useTransaction(h -> {
            new ExportSeeds(h, TEAM)
                    .partnership("p-acme", "Acme Cloud", NOTE, CREATED)
                    .assessment("p-acme", 1, "handshake", null, null, Instant.parse("2026-02-01T10:00:00Z"))
                    .assessment("p-acme", 2, "real", "full", "tier_1", Instant.parse("2026-03-01T10:00:00Z"))
                    .charter("p-acme", 1, Instant.parse("2026-03-02T10:00:00Z"))
                    .signed("p-acme", 1, "us", Instant.parse("2026-03-03T10:00:00Z"))
                    .signed("p-acme", 1, "partner", Instant.parse("2026-03-04T10:00:00Z"))
                    .charter("p-acme", 2, Instant.parse("2026-04-01T10:00:00Z"))
                    .signed("p-acme", 2, "partner", Instant.parse("2026-04-02T10:00:00Z"))
                    .phaseRun("r1", "p-acme", 1, "crawl", LocalDate.parse("2026-05-01"))
                    .gate("r1", "p-acme", "walk", "Advance to Walk", "walk", LocalDate.parse("2026-06-01"))
                    .phaseRun("r2", "p-acme", 2, "walk", LocalDate.parse("2026-06-01"))
                    .reminder("m-sent", "p-acme", "follow_up", "Long gone", LocalDate.parse("2026-01-10"), "sent")
                    .reminder("m-off", "p-acme", "check_in", "Cancelled", LocalDate.parse("2026-07-01"), "cancelled")
                    .reminder("m-late", "p-acme", "follow_up", "Tier 2", LocalDate.parse("2026-09-01"), "scheduled")
                    .reminder(
                            "m-next", "p-acme", "gate_review", "Walk gate", LocalDate.parse("2026-08-03"), "scheduled")
                    .partnership("p-beta", "=HYPERLINK(\"http://x\")", "-1+2", CREATED)
                    .partnership("p-gamma", "Gamma", null, CREATED)
                    .assessment("p-gamma", 1, "one_sided", "light", null, Instant.parse("2026-02-01T10:00:00Z"))
                    .charter("p-gamma", 1, Instant.parse("2026-02-02T10:00:00Z"))
                    .signed("p-gamma", 1, "partner", Instant.parse("2026-02-05T10:00:00Z"))
                    .signed("p-gamma", 1, "us", Instant.parse("2026-02-03T10:00:00Z"))
                    .phaseRun("g1", "p-gamma", 1, "crawl", LocalDate.parse("2026-03-01"))
                    .gate(
                            "g1",
                            "p-gamma",
                            "end",
                            "End partnership, learn from failure",
                            null,
                            LocalDate.parse("2026-04-01"));
            // Another workspace, with the same partnership id and rows that would win every "latest" if mixed in.
            new ExportSeeds(h, OTHER)
                    .partnership("p-acme", "Other Acme", null, CREATED)
                    .assessment("p-acme", 9, "handshake", "none", "tier_3", Instant.parse("2026-08-01T10:00:00Z"))
                    .charter("p-acme", 9, Instant.parse("2026-08-01T10:00:00Z"))
                    .phaseRun("o1", "p-acme", 9, "run", LocalDate.parse("2026-08-01"))
                    .reminder("o-next", "p-acme", "ghosting", "Other", LocalDate.parse("2026-07-15"), "scheduled");
        });
    }

    private String write(ExportFormat format) throws IOException {
        var out = new ByteArrayOutputStream();
        int written = export.write(TEAM, format, out);
        assertThat(written).isEqualTo(3);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyColumnOfEachPartnershipInNameOrder() throws IOException {
        seed();
        List<Map<String, String>> rows = ExportFiles.csvRows(write(ExportFormat.CSV));

        assertThat(rows).extracting(r -> r.get("partnership_id")).containsExactly("p-beta", "p-acme", "p-gamma");
        Map<String, String> acme = rows.get(1);
        assertThat(acme)
                .containsEntry("name", "Acme Cloud")
                .containsEntry("channel_id", "C-p-acme")
                .containsEntry("owner_user_id", "U-p-acme")
                .containsEntry("description", NOTE)
                .containsEntry("created_at", "2026-01-05T10:00:00Z")
                .containsEntry("assessments", "2")
                .containsEntry("last_assessed_at", "2026-03-01T10:00:00Z")
                .containsEntry("verdict", "real")
                .containsEntry("verdict_label", "Real partnership")
                .containsEntry("tier", "tier_1")
                .containsEntry("tier_label", "Tier 1: Integration Partner (self-serve)")
                .containsEntry("investment", "full")
                .containsEntry("investment_label", "Full partnership investment")
                .containsEntry("charter_state", "draft")
                .containsEntry("charter_version", "2")
                .containsEntry("charter_awaiting", "us")
                .containsEntry("charter_signed_at", "")
                .containsEntry("phase_state", "running")
                .containsEntry("phase", "walk")
                .containsEntry("phase_label", "Walk")
                .containsEntry("phase_since", "2026-06-01")
                .containsEntry("last_gate_outcome_id", "walk")
                .containsEntry("last_gate_outcome", "Advance to Walk")
                .containsEntry("last_gate_date", "2026-06-01")
                .containsEntry("next_reminder_date", "2026-08-03")
                .containsEntry("next_reminder_at", "2026-08-03T09:00:00Z")
                .containsEntry("next_reminder_kind", "gate_review")
                .containsEntry("next_reminder_label", "Walk gate");
        assertThat(acme.keySet()).containsExactlyElementsOf(new ExportColumns(PlaybookLoader.loadDefault()).names());
    }

    @Test
    void aPartnershipWithNothingYetSaysNoneAndLeavesTheRestEmpty() throws IOException {
        seed();
        Map<String, String> beta = ExportFiles.csvRows(write(ExportFormat.CSV)).get(0);

        assertThat(beta)
                .containsEntry("assessments", "0")
                .containsEntry("verdict", "")
                .containsEntry("verdict_label", "")
                .containsEntry("charter_state", "none")
                .containsEntry("charter_version", "")
                .containsEntry("charter_awaiting", "")
                .containsEntry("phase_state", "none")
                .containsEntry("phase", "")
                .containsEntry("last_gate_outcome", "")
                .containsEntry("next_reminder_date", "")
                .containsEntry("next_reminder_kind", "");
    }

    @Test
    void aSignedCharterAndEndedPhasesSayWhenAndHow() throws IOException {
        seed();
        Map<String, String> gamma = ExportFiles.csvRows(write(ExportFormat.CSV)).get(2);

        assertThat(gamma)
                .containsEntry("description", "")
                .containsEntry("verdict", "one_sided")
                .containsEntry("verdict_label", "One-sided, at risk")
                .containsEntry("tier", "")
                .containsEntry("tier_label", "")
                .containsEntry("investment_label", "Light partnership, test first")
                .containsEntry("charter_state", "signed")
                .containsEntry("charter_version", "1")
                .containsEntry("charter_awaiting", "")
                .containsEntry("charter_signed_at", "2026-02-05T10:00:00Z")
                .containsEntry("phase_state", "ended")
                .containsEntry("phase", "")
                .containsEntry("phase_since", "")
                .containsEntry("last_gate_outcome_id", "end")
                .containsEntry("last_gate_outcome", "End partnership, learn from failure")
                .containsEntry("last_gate_date", "2026-04-01");
    }

    @Test
    void aDraftNobodySignedAwaitsBothAndOneSignedByUsAwaitsThePartner() throws IOException {
        db.jdbi().useTransaction(h -> new ExportSeeds(h, TEAM)
                .partnership("p-1", "One", null, CREATED)
                .charter("p-1", 1, CREATED)
                .partnership("p-2", "Two", null, CREATED)
                .charter("p-2", 1, CREATED)
                .signed("p-2", 1, "us", CREATED)
                .partnership("p-3", "Three", null, CREATED)
                .charter("p-3", 1, CREATED)
                .signed("p-3", 1, "us", CREATED)
                .signed("p-3", 1, "partner", CREATED)
                .charter("p-3", 2, CREATED));
        var out = new ByteArrayOutputStream();
        export.write(TEAM, ExportFormat.CSV, out);
        List<Map<String, String>> rows = ExportFiles.csvRows(out.toString(StandardCharsets.UTF_8));

        assertThat(rows)
                .extracting(r -> r.get("name"), r -> r.get("charter_state"), r -> r.get("charter_awaiting"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("One", "draft", "both"),
                        org.assertj.core.groups.Tuple.tuple("Three", "draft", "both"),
                        org.assertj.core.groups.Tuple.tuple("Two", "draft", "partner"));
    }

    @Test
    void cellsASpreadsheetWouldReadAsFormulasAreKeptAsText() throws IOException {
        seed();
        String text = write(ExportFormat.CSV);
        Map<String, String> beta = ExportFiles.csvRows(text).get(0);

        assertThat(beta).containsEntry("name", "'=HYPERLINK(\"http://x\")").containsEntry("description", "'-1+2");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvRows.cell("+1")).isEqualTo("'+1");
        assertThat(CsvRows.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvRows.cell("\tx")).isEqualTo("'\tx");
        assertThat(CsvRows.cell("\rx")).isEqualTo("'\rx");
        assertThat(CsvRows.cell("a=b")).isEqualTo("a=b");
        assertThat(CsvRows.cell("")).isEmpty();
        assertThat(CsvRows.cell(null)).isEmpty();
        assertThat(CsvRows.cell(-3)).isEqualTo("-3");
    }

    @Test
    void jsonIsAnArrayOfObjectsWithTheSameKeysNumbersAndNulls() throws IOException {
        seed();
        JsonNode rows = new ObjectMapper().readTree(write(ExportFormat.JSON));

        assertThat(rows.isArray()).isTrue();
        assertThat(rows).hasSize(3);
        JsonNode acme = rows.get(1);
        List<String> keys = new ArrayList<>();
        acme.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyElementsOf(new ExportColumns(PlaybookLoader.loadDefault()).names());
        assertThat(acme.path("name").asText()).isEqualTo("Acme Cloud");
        assertThat(acme.path("description").asText()).isEqualTo(NOTE);
        assertThat(acme.path("assessments").isInt()).isTrue();
        assertThat(acme.path("assessments").asInt()).isEqualTo(2);
        assertThat(acme.path("charter_version").asInt()).isEqualTo(2);
        assertThat(acme.path("verdict_label").asText()).isEqualTo("Real partnership");
        assertThat(acme.path("charter_awaiting").asText()).isEqualTo("us");
        assertThat(acme.path("next_reminder_label").asText()).isEqualTo("Walk gate");
        JsonNode beta = rows.get(0);
        assertThat(beta.path("name").asText()).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(beta.path("charter_version").isNull()).isTrue();
        assertThat(beta.path("verdict").isNull()).isTrue();
        assertThat(beta.path("charter_awaiting").isNull()).isTrue();
        assertThat(beta.path("phase").isNull()).isTrue();
        assertThat(beta.path("assessments").asInt()).isZero();
    }

    @Test
    void anotherWorkspacesRowsNeverShowEvenUnderTheSameId() throws IOException {
        seed();
        String text = write(ExportFormat.CSV);

        assertThat(ExportFiles.csvRows(text)).extracting(r -> r.get("name")).doesNotContain("Other Acme");
        assertThat(text).doesNotContain("tier_3", "Other", "ghosting");
        assertThat(export.count(TEAM)).isEqualTo(3);
        assertThat(export.count(OTHER)).isEqualTo(1);

        var out = new ByteArrayOutputStream();
        assertThat(export.write(OTHER, ExportFormat.CSV, out)).isEqualTo(1);
        Map<String, String> other =
                ExportFiles.csvRows(out.toString(StandardCharsets.UTF_8)).get(0);
        assertThat(other)
                .containsEntry("assessments", "9")
                .containsEntry("charter_version", "9")
                .containsEntry("phase", "run")
                .containsEntry("next_reminder_label", "Other");
    }

    @Test
    void anEmptyWorkspaceGivesTheHeaderOrAnEmptyArray() throws IOException {
        var csvOut = new ByteArrayOutputStream();
        assertThat(export.write(TEAM, ExportFormat.CSV, csvOut)).isZero();
        assertThat(csvOut.toString(StandardCharsets.UTF_8))
                .isEqualTo(
                        "\uFEFF" + String.join(",", new ExportColumns(PlaybookLoader.loadDefault()).names()) + "\r\n");

        var jsonOut = new ByteArrayOutputStream();
        assertThat(export.write(TEAM, ExportFormat.JSON, jsonOut)).isZero();
        assertThat(jsonOut.toString(StandardCharsets.UTF_8)).isEqualTo("[]");
    }

    @Test
    void labelsOfIdsThePlaybookNoLongerHasAreLeftEmpty() throws IOException {
        db.jdbi().useTransaction(h -> new ExportSeeds(h, TEAM)
                .partnership("p-1", "One", null, CREATED)
                .assessment("p-1", 1, "retired_verdict", "retired_level", "tier_9", CREATED)
                .phaseRun("r1", "p-1", 1, "sprint", LocalDate.parse("2026-02-01")));
        var out = new ByteArrayOutputStream();
        export.write(TEAM, ExportFormat.CSV, out);

        assertThat(ExportFiles.csvRows(out.toString(StandardCharsets.UTF_8)).get(0))
                .containsEntry("verdict", "retired_verdict")
                .containsEntry("verdict_label", "")
                .containsEntry("tier", "tier_9")
                .containsEntry("tier_label", "")
                .containsEntry("investment_label", "")
                .containsEntry("phase", "sprint")
                .containsEntry("phase_label", "");
    }

    @Test
    void onlyPostgresqlNeedsATransactionToReadAFetchAtATime() {
        assertThat(PartnershipExport.fetchesOnlyInTransactions("PostgreSQL")).isTrue();
        assertThat(PartnershipExport.fetchesOnlyInTransactions("SQLite")).isFalse();
    }

    @Test
    void formatsAreNamedInAnyCase() {
        assertThat(ExportFormat.of(" CSV ")).contains(ExportFormat.CSV);
        assertThat(ExportFormat.of("Json")).contains(ExportFormat.JSON);
        assertThat(ExportFormat.of("xml")).isEmpty();
        assertThat(ExportFormat.ids()).isEqualTo("csv, json");
        assertThat(ExportFormat.CSV.mediaType()).isEqualTo("text/csv");
        assertThat(ExportFormat.JSON.mediaType()).isEqualTo("application/json");
    }
}
