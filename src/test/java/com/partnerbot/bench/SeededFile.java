package com.partnerbot.bench;

import com.partnerbot.e2e.RunningApp;
import com.partnerbot.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQLite file a benchmark starts the application on, seeded by {@link PortfolioSeed} at the application's now.
 * With {@code -Dbench.seedCache=DIR} a file seeded earlier with the same sizes is copied from there instead, and a new
 * one is kept there: seeding takes minutes, and before and after a change are best measured on the same data. Delete
 * the copies after changing the seed.
 */
final class SeededFile {
    private static final String CACHE = System.getProperty("bench.seedCache", "");

    private SeededFile() {}

    /** Seeds {@code file} with partnerships in {@code team}, reported, and {@code others} in {@code otherTeam}. */
    static void at(Path file, String team, int partnerships, String otherTeam, int others) throws IOException {
        Path cached =
                CACHE.isEmpty() ? null : Path.of(CACHE).resolve("portfolio-" + partnerships + "-" + others + ".db");
        if (cached != null && Files.exists(cached)) {
            Files.copy(cached, file);
            System.out.printf("BENCHMARK seeded file copied from %s%n", cached);
            return;
        }
        long begun = System.nanoTime();
        try (Database db = Database.open("jdbc:sqlite:" + file)) {
            PortfolioSeed.seed(db, RunningApp.CLOCK.instant(), team, partnerships);
            PortfolioSeed.seed(db, RunningApp.CLOCK.instant(), otherTeam, others);
            System.out.printf(
                    "BENCHMARK seeded %,d + %,d partnerships in %.1f s: %s%n",
                    partnerships, others, (System.nanoTime() - begun) / 1e9, summary(db, team));
        }
        if (cached != null) {
            Files.createDirectories(cached.getParent());
            Files.copy(file, cached);
        }
    }

    /** What was seeded, by table and status, for the report. */
    static String summary(Database db, String team) {
        return db.jdbi().withHandle(h -> {
            List<String> lines = new ArrayList<>();
            for (String sql : List.of(
                    "SELECT 'partnerships', COUNT(*) FROM partnership WHERE team_id = :t",
                    "SELECT 'assessments ' || verdict, COUNT(*) FROM assessment WHERE team_id = :t GROUP BY verdict",
                    "SELECT 'charters', COUNT(*) FROM charter_version WHERE team_id = :t",
                    "SELECT 'signatures', COUNT(*) FROM charter_signature WHERE team_id = :t",
                    "SELECT 'launch plans', COUNT(*) FROM launch_plan WHERE team_id = :t",
                    "SELECT 'activities', COUNT(*) FROM activity WHERE team_id = :t",
                    "SELECT 'phase runs', COUNT(*) FROM phase_run WHERE team_id = :t",
                    "SELECT 'reminders ' || kind || ' ' || status, COUNT(*) FROM reminder WHERE team_id = :t"
                            + " GROUP BY kind, status",
                    "SELECT 'posts ' || status, COUNT(*) FROM outbox WHERE team_id = :t GROUP BY status")) {
                h.createQuery(sql)
                        .bind("t", team)
                        .map((rs, ctx) -> rs.getString(1) + " " + rs.getLong(2))
                        .forEach(lines::add);
            }
            return lines.stream().collect(Collectors.joining(", "));
        });
    }
}
