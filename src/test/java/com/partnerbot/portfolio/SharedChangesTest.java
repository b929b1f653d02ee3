package com.partnerbot.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.store.Database;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Two instances on one database (SQLite, then PostgreSQL) telling each other which workspaces they changed. */
@OnEachDatabase
class SharedChangesTest {
    @Parameter
    TestDatabases.Kind kind;

    @TempDir
    Path dir;

    private final TestClock clockA = TestClock.at("2026-08-31T09:30:00Z");
    private final TestClock clockB = TestClock.at("2026-08-31T09:30:00Z");
    private Database db;
    private SharedChanges a;
    private SharedChanges b;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        a = new SharedChanges(db.jdbi(), clockA);
        b = new SharedChanges(db.jdbi(), clockB);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void later(Duration by) {
        clockA.advance(by);
        clockB.advance(by);
    }

    @Test
    void aChangeIsHeardOnceByTheOtherInstanceAndNotByItsAuthor() {
        later(Duration.ofSeconds(1));
        a.changed("T1");

        assertThat(b.changedElsewhere()).containsExactly("T1");
        assertThat(b.changedElsewhere()).isEmpty();
        assertThat(a.changedElsewhere()).isEmpty();
    }

    @Test
    void eachNewChangeOfAWorkspaceIsHeardAgainAndOnlyItsOwn() {
        later(Duration.ofSeconds(1));
        a.changed("T1");
        b.changedElsewhere();

        later(Duration.ofSeconds(30));
        a.changed("T1");
        b.changed("T2");

        assertThat(b.changedElsewhere()).containsExactly("T1");
        assertThat(a.changedElsewhere()).containsExactly("T2");
    }

    @Test
    void aChangeByAnInstanceWhoseClockIsAFewSecondsBehindIsNotMissed() {
        later(Duration.ofMinutes(1));
        a.changed("T1");
        assertThat(b.changedElsewhere()).containsExactly("T1");
        assertThat(a.changedElsewhere()).isEmpty();

        // B's clock is eight seconds behind A's.
        clockB.advance(Duration.ofSeconds(-8));
        b.changed("T2");

        assertThat(a.changedElsewhere()).containsExactly("T2");
    }

    @Test
    void changesOlderThanTheInstanceAreNotReported() {
        a.changed("T1");
        later(Duration.ofMinutes(5));
        var started = new SharedChanges(db.jdbi(), clockB);

        assertThat(started.changedElsewhere()).isEmpty();
    }

    @Test
    void anInstanceWhoseClockRunsAheadDoesNotHideTheOthersChanges() {
        TestClock fast = TestClock.at("2026-08-31T09:30:00Z").advance(Duration.ofMinutes(5));
        var ahead = new SharedChanges(db.jdbi(), fast);
        later(Duration.ofSeconds(1));
        ahead.changed("T9");
        assertThat(b.changedElsewhere()).containsExactly("T9");

        later(Duration.ofSeconds(1));
        a.changed("T1");

        assertThat(b.changedElsewhere()).containsExactly("T1");
    }
}
