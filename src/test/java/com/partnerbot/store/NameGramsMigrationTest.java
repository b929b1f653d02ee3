package com.partnerbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Partnerships created before names had trigrams get them when the database is migrated, in every workspace. */
@OnEachDatabase
class NameGramsMigrationTest {
    @Parameter
    TestDatabases.Kind kind;

    @Test
    void existingNamesGetTheGramsCreatingThemWouldHaveWritten(@TempDir Path dir) {
        String url = TestDatabases.url(kind, dir);
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration", "classpath:db/vendor/" + Database.vendor(url))
                .target("14")
                .load()
                .migrate();
        Jdbi.create(url).useHandle(h -> {
            h.execute("INSERT INTO partnership (team_id, id, name, name_key, channel_id, owner_user_id, created_by,"
                    + " created_at) VALUES ('T1', 'p1', 'Acme Cloud', 'acme cloud', 'C1', 'U1', 'U1', 0)");
            h.execute("INSERT INTO partnership (team_id, id, name, name_key, channel_id, owner_user_id, created_by,"
                    + " created_at) VALUES ('T2', 'p1', 'Globex', 'globex', 'C1', 'U1', 'U1', 0)");
        });

        try (Database db = Database.open(url)) {
            Jdbi jdbi = db.jdbi();
            assertThat(grams(jdbi, "T1", "p1")).isEqualTo(NameGrams.of("acme cloud"));
            assertThat(grams(jdbi, "T2", "p1")).isEqualTo(NameGrams.of("globex"));
            PartnershipNameDao names = jdbi.onDemand(PartnershipNameDao.class);
            assertThat(names.sharingGrams("T1", NameGrams.of("acme clod"), 100, 10))
                    .containsExactly("Acme Cloud");
            assertThat(names.sharingGrams("T2", NameGrams.of("acme clod"), 100, 10))
                    .isEmpty();
        }
    }

    private static Set<String> grams(Jdbi jdbi, String team, String id) {
        List<String> rows = jdbi.withHandle(h -> h.createQuery(
                        "SELECT gram FROM partnership_name_gram WHERE team_id = :team AND partnership_id = :id")
                .bind("team", team)
                .bind("id", id)
                .mapTo(String.class)
                .list());
        assertThat(rows).doesNotHaveDuplicates();
        return Set.copyOf(rows);
    }
}
