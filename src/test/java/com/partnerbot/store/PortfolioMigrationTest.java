package com.partnerbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * A database from before the portfolio read model lists its partnerships at once: each gets its newest assessment's
 * outcome and the phase running now from the rows it already has.
 */
@OnEachDatabase
class PortfolioMigrationTest {
    @Parameter
    TestDatabases.Kind kind;

    @Test
    void existingPartnershipsGetTheirNewestOutcomeAndRunningPhase(@TempDir Path dir) {
        String url = TestDatabases.url(kind, dir);
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration", "classpath:db/vendor/" + Database.vendor(url))
                .target("12")
                .load()
                .migrate();
        org.jdbi.v3.core.Jdbi.create(url).useHandle(h -> {
            for (String id : List.of("p1", "p2", "p3", "p4")) {
                h.execute(
                        "INSERT INTO partnership (team_id, id, name, name_key, channel_id, owner_user_id, created_by,"
                                + " created_at) VALUES ('T1', ?, ?, ?, 'C1', 'U1', 'U1', 0)",
                        id,
                        id,
                        id);
            }
            String assessment = "INSERT INTO assessment (team_id, id, partnership_id, seq, playbook_id,"
                    + " playbook_version, answered_by, answered_at, verdict, investment, tier, answers_json,"
                    + " result_json) VALUES ('T1', ?, ?, ?, 'default', '1', 'U1', ?, ?, ?, ?, '{}', '{}')";
            h.execute(assessment, "a1", "p1", 1, 1000L, "handshake", null, null);
            h.execute(assessment, "a2", "p1", 2, 2000L, "real", "full", "tier_1");
            h.execute(assessment, "a3", "p2", 1, 3000L, "one_sided", "light", "tier_2");
            String run = "INSERT INTO phase_run (team_id, id, partnership_id, seq, phase_id, start_date,"
                    + " success_criteria, started_by, started_at) VALUES ('T1', ?, ?, ?, ?, '2026-01-01', 'c', 'U1', 0)";
            String gate = "INSERT INTO phase_gate (team_id, phase_run_id, partnership_id, answers_json, move,"
                    + " next_phase_id, label, path_explanation, gate_date, decided_by, decided_at)"
                    + " VALUES ('T1', ?, ?, '{}', ?, ?, 'l', 'p', '2026-03-01', 'U1', 0)";
            h.execute(run, "r1", "p1", 1, "crawl");
            h.execute(gate, "r1", "p1", "advance", "walk");
            h.execute(run, "r2", "p1", 2, "walk");
            h.execute(run, "r3", "p3", 1, "crawl");
            h.execute(gate, "r3", "p3", "end", null);
        });

        try (Database db = Database.open(url)) {
            var rows = db.jdbi().onDemand(PortfolioDao.class).rows("T1", List.of("p1", "p2", "p3", "p4"));
            assertThat(rows)
                    .extracting(r -> r.id() + " " + r.verdict() + " " + r.tier() + " " + r.investment() + " "
                            + r.assessedAt() + " " + r.phase())
                    .containsExactlyInAnyOrder(
                            "p1 real tier_1 full 2000 walk",
                            "p2 one_sided tier_2 light 3000 null",
                            "p3 null null null null null",
                            "p4 null null null null null");
        }
    }
}
