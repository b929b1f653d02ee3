package com.partnerbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.e2e.RunningApp;
import com.partnerbot.export.ExportFormat;
import com.partnerbot.export.ExportSeeds;
import com.partnerbot.export.PartnershipExport;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.store.Database;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.StubFiles;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /partner export} of 10,000 partnerships, each assessed twice (with a few kilobytes of stored result, as real
 * assessments have), a charter signed once and redrafted, Crawl gated into Walk, and four reminders in different
 * states: the export alone to a file in each format, then the whole command end to end (the signed request, the
 * background job, the upload to the Slack stub). Prints seconds and the peak heap; run it in a small heap to see the
 * rows stream (compile first, as Maven itself does not fit in it): {@code mvn test-compile}, then {@code
 * JAVA_TOOL_OPTIONS=-Xmx64m mvn surefire:test -Dgroups=benchmark -DexcludedGroups=none -Dtest=ExportBenchmark}.
 * {@code -Dbench.partnerships=1000} runs a smaller one; {@code -Dbench.database=postgresql} runs the export alone on
 * PostgreSQL.
 */
@Tag("benchmark")
class ExportBenchmark {
    private static final int PARTNERSHIPS = Integer.getInteger("bench.partnerships", 10_000);
    private static final TestDatabases.Kind DATABASE = TestDatabases.Kind.valueOf(
            System.getProperty("bench.database", "sqlite").toUpperCase(java.util.Locale.ROOT));
    private static final String TEAM = "T0STUB";
    private static final int MB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void tenThousandPartnershipsToAFileInEachFormat() throws Exception {
        try (Database db = TestDatabases.open(DATABASE, dir.resolve("db"))) {
            seed(db.jdbi(), DATABASE);
            System.out.printf("BENCHMARK export on %s%n", DATABASE);
            var export = new PartnershipExport(db.jdbi(), PlaybookLoader.loadDefault());
            for (int round = 1; round <= 2; round++) {
                for (ExportFormat format : ExportFormat.values()) {
                    Path file = dir.resolve("export-" + round + "." + format.id());
                    long[] written = new long[1];
                    Measured m = measure(() -> {
                        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                            written[0] = export.write(TEAM, format, out);
                        }
                    });
                    assertThat(written[0]).isEqualTo(PARTNERSHIPS);
                    System.out.printf(
                            "BENCHMARK export %s (round %d): %,d partnerships, %.1f MB in %.2f s; %s%n",
                            format.id(), round, written[0], Files.size(file) / (double) MB, m.seconds(), m.heap());
                }
            }
        }
    }

    @Test
    void tenThousandPartnershipsFromTheCommandToTheSharedFile() throws Exception {
        try (RunningApp app = RunningApp.http(dir)) {
            app.slack.callsToDisk(false);
            seed(app.wiring.database().jdbi(), TestDatabases.Kind.SQLITE);
            for (ExportFormat format : ExportFormat.values()) {
                Measured m = measure(() -> {
                    app.command("export " + format.id());
                    app.work.runAll();
                });
                List<StubFiles.UploadedFile> files = app.slack.files();
                StubFiles.UploadedFile file = files.get(files.size() - 1);
                assertThat(file.completed()).isTrue();
                assertThat(file.filename()).endsWith("." + format.id());
                if (format == ExportFormat.CSV) {
                    long lines = new String(file.bytes(), StandardCharsets.UTF_8)
                            .lines()
                            .count();
                    assertThat(lines).isGreaterThan(PARTNERSHIPS);
                }
                System.out.printf(
                        "BENCHMARK /partner export %s end to end: %,d partnerships, %.1f MB uploaded in %.2f s"
                                + " (command, write, upload, share); %s (the stub keeps the uploaded bytes)%n",
                        format.id(), PARTNERSHIPS, file.bytes().length / (double) MB, m.seconds(), m.heap());
            }
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    /**
     * Wall-clock seconds, and the CPU seconds of the thread that did the work (the figure a busy machine does not
     * inflate), with the heap at the start and at its peak.
     */
    private record Measured(double seconds, double cpuSeconds, long peakHeapBytes, long startHeapBytes) {
        String heap() {
            return String.format(
                    "%.2f s of CPU; heap %.0f MB at start, peak at most %.0f MB (the sum of each heap pool's peak;"
                            + " max heap %.0f MB)",
                    cpuSeconds,
                    startHeapBytes / (double) MB,
                    peakHeapBytes / (double) MB,
                    Runtime.getRuntime().maxMemory() / (double) MB);
        }
    }

    /** Time taken and the heap's peak while {@code work} ran (the sum of each heap pool's peak since a GC). */
    private static Measured measure(Work work) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long began = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - began) / 1e9;
        double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measured(seconds, cpuSeconds, peak, start);
    }

    /**
     * The partnerships, in one transaction through the DAOs; reminders fall due after the app's clock (so the
     * reminder sweep of the end-to-end run has nothing to send) on dates that vary by partnership.
     */
    private static void seed(Jdbi jdbi, TestDatabases.Kind kind) {
        long began = System.nanoTime();
        String result = "{\"verdict\":\"real\",\"path\":\"" + "x".repeat(2_000) + "\"}";
        Instant created = Instant.parse("2026-01-05T10:00:00Z");
        LocalDate start = LocalDate.parse("2026-05-01");
        LocalDate soon = LocalDate.parse("2026-09-10");
        jdbi.useTransaction(h -> {
            var seeds = new ExportSeeds(h, TEAM).assessmentJson(result);
            for (int i = 0; i < PARTNERSHIPS; i++) {
                String p = String.format("p%05d", i);
                seeds.partnership(p, "Partner " + p, "Co-sell, \"joint\" roadmap", created)
                        .assessment(p, 1, "one_sided", "light", null, created.plusSeconds(60))
                        .assessment(p, 2, "real", "full", "tier_1", created.plusSeconds(120))
                        .charter(p, 1, created.plusSeconds(180))
                        .signed(p, 1, "us", created.plusSeconds(240))
                        .signed(p, 1, "partner", created.plusSeconds(300))
                        .charter(p, 2, created.plusSeconds(360))
                        .phaseRun(p + "-r1", p, 1, "crawl", start)
                        .gate(p + "-r1", p, "walk", "Advance to Walk", "walk", start.plusWeeks(5))
                        .phaseRun(p + "-r2", p, 2, "walk", start.plusWeeks(5))
                        .reminder(p + "-m1", p, "follow_up", "Done", start, "sent")
                        .reminder(p + "-m2", p, "gate_review", "Walk gate", soon.plusDays(i % 60), "scheduled")
                        .reminder(p + "-m3", p, "follow_up", "Tier 2", soon.plusDays(170 - i % 7), "scheduled")
                        .reminder(p + "-m4", p, "check_in", "Off", soon.plusDays(1), "cancelled");
            }
        });
        if (kind == TestDatabases.Kind.SQLITE) {
            jdbi.useHandle(h -> h.execute("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        System.out.printf(
                "BENCHMARK export: %,d partnerships seeded in %.1f s%n",
                PARTNERSHIPS, (System.nanoTime() - began) / 1e9);
    }
}
