package com.partnerbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.http.HandledRequests.Claim;
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

/** The requests handled lately, shared in the database by every instance (SQLite, then PostgreSQL). */
@OnEachDatabase
class StoredRedeliveriesTest {
    @Parameter
    TestDatabases.Kind kind;

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-08-31T09:30:00Z");
    private Database db;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aRequestHandledByOneInstanceIsARedeliveryForAnother() {
        var first = new StoredRedeliveries(db.jdbi(), clock);
        var second = new StoredRedeliveries(db.jdbi(), clock);

        assertThat(first.claim("T1", "event:Ev1")).isEqualTo(Claim.NEW);
        assertThat(second.claim("T1", "event:Ev1")).isEqualTo(Claim.UNDER_WAY);
        first.done("T1", "event:Ev1");
        assertThat(second.claim("T1", "event:Ev1")).isEqualTo(Claim.HANDLED);
        assertThat(first.claim("T1", "event:Ev1")).isEqualTo(Claim.HANDLED);
        // The same key in another workspace is another request.
        assertThat(second.claim("T2", "event:Ev1")).isEqualTo(Claim.NEW);
    }

    @Test
    void aRequestLeftUnderWayByAnInstanceThatStoppedIsTakenOverAfterThirtySeconds() {
        var stopped = new StoredRedeliveries(db.jdbi(), clock);
        var other = new StoredRedeliveries(db.jdbi(), clock);
        stopped.claim("T1", "event:Ev1");

        clock.advance(StoredRedeliveries.ABANDONED_AFTER);
        assertThat(other.claim("T1", "event:Ev1")).isEqualTo(Claim.UNDER_WAY);
        clock.advance(Duration.ofMillis(1));
        assertThat(other.claim("T1", "event:Ev1")).isEqualTo(Claim.NEW);
        assertThat(stopped.claim("T1", "event:Ev1")).isEqualTo(Claim.UNDER_WAY);
    }

    @Test
    void aRequestWhoseHandlingFailedIsHandledWhenSlackSendsItAgain() {
        var handled = new StoredRedeliveries(db.jdbi(), clock);
        handled.claim("T1", "body:abc");

        handled.forget("T1", "body:abc");

        assertThat(handled.claim("T1", "body:abc")).isEqualTo(Claim.NEW);
    }

    @Test
    void anEntryCountsForAnHourThenIsNewAgainAndTheSweepRemovesIt() {
        var handled = new StoredRedeliveries(db.jdbi(), clock);
        handled.claim("T1", "event:Ev1");
        handled.done("T1", "event:Ev1");
        clock.advance(Duration.ofMinutes(30));
        handled.claim("T2", "event:Ev2");
        handled.done("T2", "event:Ev2");

        clock.advance(Duration.ofMinutes(30).minusMillis(1));
        assertThat(handled.claim("T1", "event:Ev1")).isEqualTo(Claim.HANDLED);
        assertThat(handled.removeExpired()).isZero();

        clock.advance(Duration.ofMillis(2));
        assertThat(handled.removeExpired()).isEqualTo(1);
        assertThat(handled.claim("T1", "event:Ev1")).isEqualTo(Claim.NEW);
        assertThat(handled.claim("T2", "event:Ev2")).isEqualTo(Claim.HANDLED);
    }

    @Test
    void anExpiredEntryTheSweepHasNotReachedYetIsClaimedAgainOnce() {
        var handled = new StoredRedeliveries(db.jdbi(), clock);
        handled.claim("T1", "event:Ev1");
        handled.done("T1", "event:Ev1");
        clock.advance(Redeliveries.KEEP.plusSeconds(1));

        assertThat(handled.claim("T1", "event:Ev1")).isEqualTo(Claim.NEW);
        assertThat(handled.claim("T1", "event:Ev1")).isEqualTo(Claim.UNDER_WAY);
    }
}
