package com.partnerbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * A database from before the reminder store keeps its tier follow-ups: same dates, 09:00 UTC, same states. The move
 * is SQL of each vendor's own.
 */
@OnEachDatabase
class FollowUpMigrationTest {
    @Parameter
    TestDatabases.Kind kind;

    @Test
    void followUpsMoveIntoTheReminderStoreUnchanged(@TempDir Path dir) throws Exception {
        String url = TestDatabases.url(kind, dir);
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration", "classpath:db/vendor/" + Database.vendor(url))
                .target("8")
                .load()
                .migrate();
        var old = org.jdbi.v3.core.Jdbi.create(url);
        old.useHandle(h -> {
            h.execute("INSERT INTO partnership (team_id, id, name, name_key, channel_id, owner_user_id, created_by,"
                    + " created_at) VALUES ('T1', 'p1', 'Acme', 'acme', 'C1', 'U1', 'U1', 0)");
            h.execute("INSERT INTO follow_up (team_id, id, partnership_id, assessment_id, follow_up_key, label,"
                    + " due_date, status, sent_at) VALUES ('T1', 'f1', 'p1', 'a1', 'evaluate_tier_2',"
                    + " 'Evaluate for Tier 2', '2027-02-28', 'scheduled', NULL)");
            h.execute("INSERT INTO follow_up (team_id, id, partnership_id, assessment_id, follow_up_key, label,"
                    + " due_date, status, sent_at) VALUES ('T1', 'f0', 'p1', 'a0', 'evaluate_tier_2',"
                    + " 'Evaluate for Tier 2', '2026-08-31', 'sent', 1788166800000)");
        });

        try (Database db = Database.open(url)) {
            ReminderDao reminders = db.jdbi().onDemand(ReminderDao.class);
            assertThat(reminders.find("T1", "f1")).hasValueSatisfying(r -> {
                assertThat(r.kind()).isEqualTo("follow_up");
                assertThat(r.source()).isEqualTo("assessment");
                assertThat(r.sourceId()).contains("a1");
                assertThat(r.key()).isEqualTo("evaluate_tier_2@2027-02-28");
                assertThat(r.dueDate()).isEqualTo(LocalDate.of(2027, 2, 28));
                assertThat(r.dueAt()).isEqualTo(Instant.parse("2027-02-28T09:00:00Z"));
                assertThat(r.status()).isEqualTo("scheduled");
                assertThat(r.sends()).isZero();
            });
            assertThat(reminders.find("T1", "f0")).hasValueSatisfying(r -> {
                assertThat(r.status()).isEqualTo("sent");
                assertThat(r.sends()).isEqualTo(1);
                assertThat(r.dueAt()).isEqualTo(Instant.parse("2026-08-31T09:00:00Z"));
            });
            boolean oldTable = db.jdbi().withHandle(h -> h.getConnection()
                    .getMetaData()
                    .getTables(null, null, "follow_up", null)
                    .next());
            assertThat(oldTable).as("the old table is still there").isFalse();
        }
    }
}
