package com.partnerbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@OnEachDatabase
class PartnershipDaoTest {
    @Parameter
    TestDatabases.Kind kind;

    @TempDir
    Path dir;

    private Database db;
    private PartnershipDao dao;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        dao = db.jdbi().onDemand(PartnershipDao.class);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Partnership partnership(String team, String id, String name) {
        return new Partnership(team, id, name, "C1", "U1", "desc", "U2", Instant.ofEpochMilli(1_700_000_000_000L));
    }

    @Test
    void storesAndReadsBackEveryField() {
        dao.insert(partnership("T1", "p1", "Acme Cloud"));
        assertThat(dao.findById("T1", "p1")).contains(partnership("T1", "p1", "Acme Cloud"));
    }

    @Test
    void namesMatchWhateverTheirCase() {
        dao.insert(partnership("T1", "p1", "Acme Cloud"));
        assertThat(dao.findByName("T1", "  ACME cloud ")).isPresent();
    }

    @Test
    void everyQueryStaysInsideItsWorkspace() {
        dao.insert(partnership("T1", "p1", "Acme"));
        dao.insert(partnership("T2", "p2", "Acme"));
        assertThat(dao.findById("T2", "p1")).isEmpty();
        assertThat(dao.findByName("T3", "Acme")).isEmpty();
        assertThat(dao.listByTeam("T1")).extracting(Partnership::id).containsExactly("p1");
        assertThat(dao.countByTeam("T2")).isEqualTo(1);
    }

    @Test
    void theSameNameTwiceInOneWorkspaceIsRefused() {
        dao.insert(partnership("T1", "p1", "Acme"));
        assertThatThrownBy(() -> dao.insert(partnership("T1", "p2", "ACME")))
                .isInstanceOf(UnableToExecuteStatementException.class);
    }

    @Test
    void healthSeesTheDatabase() {
        assertThat(db.isUp()).isTrue();
        db.close();
        assertThat(db.isUp()).isFalse();
    }
}
