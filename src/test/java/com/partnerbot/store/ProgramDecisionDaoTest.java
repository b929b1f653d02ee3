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
class ProgramDecisionDaoTest {
    @Parameter
    TestDatabases.Kind kind;

    @TempDir
    Path dir;

    private Database db;
    private ProgramDecisionDao dao;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        dao = db.jdbi().onDemand(ProgramDecisionDao.class);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static ProgramDecisionRow decision(String team, String id, String tree, String outcome, long at) {
        return new ProgramDecisionRow(
                team,
                id,
                tree,
                "{\"core\":\"yes\"}",
                outcome,
                "Build it yourself",
                "core to our differentiation -> Build it yourself",
                "C1",
                "U1",
                Instant.ofEpochMilli(at),
                "partner-ecosystem",
                "1");
    }

    @Test
    void storesAndReadsBackEveryField() {
        dao.insert(decision("T1", "d1", "build_or_partner", "build", 1_000));
        assertThat(dao.latest("T1", "build_or_partner"))
                .contains(decision("T1", "d1", "build_or_partner", "build", 1_000));
    }

    @Test
    void latestIsTheNewestOfItsTree() {
        dao.insert(decision("T1", "d1", "build_or_partner", "build", 1_000));
        dao.insert(decision("T1", "d2", "build_or_partner", "partner", 2_000));
        dao.insert(decision("T1", "d3", "ecosystem", "open", 3_000));
        assertThat(dao.latest("T1", "build_or_partner").orElseThrow().id()).isEqualTo("d2");
        assertThat(dao.listByTeam("T1")).extracting(ProgramDecisionRow::id).containsExactly("d1", "d2", "d3");
    }

    @Test
    void everyQueryStaysInsideItsWorkspace() {
        dao.insert(decision("T1", "d1", "ecosystem", "open", 1_000));
        dao.insert(decision("T2", "d1", "ecosystem", "curated", 1_000));
        assertThat(dao.latest("T2", "ecosystem").orElseThrow().outcomeId()).isEqualTo("curated");
        assertThat(dao.latest("T3", "ecosystem")).isEmpty();
        assertThat(dao.countByTeam("T1")).isEqualTo(1);
        assertThat(dao.listByTeam("T3")).isEmpty();
    }

    @Test
    void anIdIsUniqueWithinAWorkspace() {
        dao.insert(decision("T1", "d1", "ecosystem", "open", 1_000));
        assertThatThrownBy(() -> dao.insert(decision("T1", "d1", "ecosystem", "open", 2_000)))
                .isInstanceOf(UnableToExecuteStatementException.class);
    }
}
