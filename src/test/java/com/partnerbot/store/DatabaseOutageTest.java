package com.partnerbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped while the bot runs, and started again: queries fail as "unreachable" (not as a mistake), health
 * says down, and the same pool serves again once the server is back, with what was written before.
 */
class DatabaseOutageTest {
    @Test
    void aLostServerIsUnreachableAndThePoolServesAgainWhenItIsBack() {
        RestartablePostgres server = RestartablePostgres.shared();
        try (Database db = Database.open(server.freshDatabase())) {
            PartnershipDao dao = db.jdbi().onDemand(PartnershipDao.class);
            dao.insert(new Partnership("T1", "p1", "Acme", "C1", "U1", null, "U1", Instant.EPOCH));

            server.stop();

            assertThat(db.isUp()).isFalse();
            assertThatThrownBy(() -> dao.findById("T1", "p1")).satisfies(e -> assertThat(Database.unreachable(e))
                    .as("%s is told apart as the database out of reach", e)
                    .isTrue());
            assertThatThrownBy(() -> db.jdbi().useTransaction(h -> h.attach(PartnershipDao.class)
                            .insert(new Partnership("T1", "p2", "Beta", "C2", "U1", null, "U1", Instant.EPOCH))))
                    .satisfies(e -> assertThat(Database.unreachable(e)).isTrue());

            server.startAgain(db);

            assertThat(dao.findById("T1", "p1")).isPresent();
            // A transaction takes the lock every transaction takes: the one the lost connections held is gone.
            db.jdbi().useTransaction(h -> h.attach(PartnershipDao.class)
                    .insert(new Partnership("T1", "p2", "Beta", "C2", "U1", null, "U1", Instant.EPOCH)));
            assertThat(dao.countByTeam("T1")).isEqualTo(2);
        }
    }

    @Test
    void aMistakeInAQueryOrABusyPoolIsNotTakenForAnOutage(@TempDir Path other) {
        try (Database db = TestDatabases.open(TestDatabases.Kind.POSTGRESQL, other)) {
            List<Handle> busy = new ArrayList<>();
            for (int i = 0; i < Database.POSTGRESQL_POOL_SIZE; i++) {
                busy.add(db.jdbi().open());
            }
            assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("SELECT 1")))
                    .as("no connection free within the wait")
                    .satisfies(e -> assertThat(Database.unreachable(e)).isFalse());
            busy.forEach(Handle::close);

            assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("SELECT no_such_column FROM partnership")))
                    .satisfies(e -> assertThat(Database.unreachable(e)).isFalse());
            PartnershipDao dao = db.jdbi().onDemand(PartnershipDao.class);
            dao.insert(new Partnership("T1", "p1", "Acme", "C1", "U1", null, "U1", Instant.EPOCH));
            assertThatThrownBy(() ->
                            dao.insert(new Partnership("T1", "p2", "ACME", "C1", "U1", null, "U1", Instant.EPOCH)))
                    .satisfies(e -> assertThat(Database.unreachable(e)).isFalse());
        }
    }
}
