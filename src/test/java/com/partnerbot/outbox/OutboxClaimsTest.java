package com.partnerbot.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.store.Database;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.OutboxDao;
import com.partnerbot.store.OutboxRow;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.TestClock;
import io.github.resilience4j.core.IntervalFunction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * Claims on a real database (SQLite, then PostgreSQL), with a delivery scripted per test: a claim lost before it is made, a claim taken
 * over while the post is under way, the lease to the millisecond, and what is retried, failed and woken for.
 */
@OnEachDatabase
class OutboxClaimsTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final String TEAM = "T1";
    private static final long LEASE = OutboxSender.LEASE.toMillis();

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-08-31T09:30:00Z");
    private final Script delivery = new Script();
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private Database db;
    private OutboxDao dao;
    private OutboxSender sender;

    /** A delivery that answers as the test says and records what it was asked. */
    static final class Script implements Delivery {
        Function<OutboxRow, Outcome> deliver = row -> new Outcome.Delivered(row.channelId(), "1.0");
        Function<OutboxRow, Lookup> find = row -> new Lookup.NotFound();
        final List<String> delivered = new ArrayList<>();
        final List<String> searched = new ArrayList<>();

        @Override
        public Outcome deliver(OutboxRow row) {
            delivered.add(row.id());
            return deliver.apply(row);
        }

        @Override
        public Lookup findPosted(OutboxRow row) {
            searched.add(row.id());
            return find.apply(row);
        }

        @Override
        public OutboxMessage failureNotice(OutboxRow row, String error) {
            return new OutboxMessage(
                    Kind.NOTICE,
                    row.requesterId().orElseThrow(),
                    "Could not post " + row.about() + ": " + error,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    "a notice");
        }
    }

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        dao = db.jdbi().onDemand(OutboxDao.class);
        sender = sender(tasks::add);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Retries after {@code attempts} seconds, so each test knows when the next try is due. */
    private OutboxSender sender(Executor executor) {
        return new OutboxSender(db.jdbi(), clock, delivery, executor, IntervalFunction.of(1000L, d -> d + 1000L));
    }

    private String add(Kind kind, Optional<String> requester) {
        var message = new OutboxMessage(
                kind, "C1", "Verdict for Acme", Optional.empty(), requester, Optional.empty(), "the verdict for Acme");
        return db.jdbi().inTransaction(h -> Outbox.insert(h, clock.millis(), TEAM, message));
    }

    private String add() {
        return add(Kind.VERDICT, Optional.of("U5"));
    }

    private OutboxRow row(String id) {
        return dao.find(TEAM, id).orElseThrow();
    }

    private List<OutboxRow> notices() {
        return dao.all(TEAM).stream()
                .filter(r -> r.kind().equals(Kind.NOTICE.id()))
                .toList();
    }

    @Test
    void aClaimLastsExactlyTheLeaseAndAPostFinishedAfterItWasTakenOverIsNotRecorded() {
        String id = add();
        long claimedAt = clock.millis();
        List<Integer> takeOvers = new ArrayList<>();
        delivery.deliver = row -> {
            takeOvers.add(dao.claim(TEAM, id, "other", claimedAt + LEASE, claimedAt + 2 * LEASE));
            takeOvers.add(dao.claim(TEAM, id, "other", claimedAt + LEASE + 1, claimedAt + 2 * LEASE));
            return new Delivery.Outcome.Delivered("C1", "1.0");
        };

        assertThat(sender.sendDue()).isZero();

        assertThat(takeOvers).containsExactly(0, 1);
        OutboxRow row = row(id);
        assertThat(row.status()).isEqualTo(OutboxRow.SENDING);
        assertThat(row.ts()).isEmpty();
        // The new claimant searches from the late sender's claim before posting.
        assertThat(row.uncertainSince()).contains(claimedAt);
    }

    @Test
    void theRowsOfARoundAreClaimedTogetherSoAnotherSenderCannotTakeOneBeforeItIsPosted() {
        String first = add();
        clock.advance(Duration.ofMillis(1));
        String second = add();
        List<Integer> otherClaims = new ArrayList<>();
        delivery.deliver = row -> {
            if (row.id().equals(first)) {
                otherClaims.add(dao.claim(TEAM, second, "other", clock.millis(), clock.millis() + LEASE));
            }
            return new Delivery.Outcome.Delivered("C1", "1.0");
        };

        assertThat(sender.sendDue()).isEqualTo(2);

        assertThat(otherClaims).containsExactly(0);
        assertThat(delivery.delivered).containsExactly(first, second);
        assertThat(row(first).status()).isEqualTo(OutboxRow.SENT);
        assertThat(row(second).status()).isEqualTo(OutboxRow.SENT);
        assertThat(tasks).isEmpty();
    }

    @Test
    void aPassRefusedByAStoppingExecutorDoesNotBlockTheNextWake() {
        List<Runnable> accepted = new ArrayList<>();
        boolean[] refuse = {true};
        OutboxSender shuttingDown = sender(task -> {
            if (refuse[0]) {
                throw new RejectedExecutionException("shutting down");
            }
            accepted.add(task);
        });

        shuttingDown.wake();
        refuse[0] = false;
        shuttingDown.wake();

        assertThat(accepted).hasSize(1);
    }

    @Test
    void stoppingDuringAPassLeavesTheRestForTheNextStart() {
        String first = add();
        String second = add();
        delivery.deliver = row -> {
            sender.stop();
            return new Delivery.Outcome.Delivered("C1", "1.0");
        };

        assertThat(sender.sendDue()).isEqualTo(1);

        assertThat(delivery.delivered).singleElement().satisfies(sent -> {
            String other = sent.equals(first) ? second : first;
            assertThat(row(sent).status()).isEqualTo(OutboxRow.SENT);
            assertThat(row(other).status()).isEqualTo(OutboxRow.PENDING);
        });
    }

    @Test
    void aPassOverADatabaseThatIsGoneEndsQuietly() {
        add();
        db.close();

        assertThat(sender.sendDue()).isZero();
        db = TestDatabases.open(kind, dir);
    }

    @Test
    void everyRowOfAProcessThatIsGoneIsReleased() {
        String host = Claimant.thisProcess().host();
        String gone = host + "/" + (ProcessHandle.current().pid() + 4_000_000L) + "/dead0000";
        for (int i = 0; i < 2; i++) {
            dao.claim(TEAM, add(), gone, clock.millis(), clock.millis() + LEASE);
        }

        assertThat(sender.releaseAbandoned()).isEqualTo(2);
        assertThat(sender.releaseAbandoned()).isEqualTo(2);
        assertThat(sender.sendDue()).isEqualTo(2);
        assertThat(delivery.searched).hasSize(2);
    }

    @Test
    void retriesBackOffFromAboutTwoSecondsAndNeverPastAboutFiveMinutes() {
        IntervalFunction backoff = OutboxSender.defaultBackoff();

        for (int i = 0; i < 20; i++) {
            assertThat(backoff.apply(1)).isBetween(1000L, 3000L);
            assertThat(backoff.apply(2)).isBetween(2000L, 6000L);
            assertThat(backoff.apply(30)).isBetween(150_000L, 450_000L);
        }
    }

    /** Another instance on the same database: its own claimant, its own pacer, Slack's pace of a post a second. */
    private OutboxSender instance(Delivery to) {
        return new OutboxSender(
                db.jdbi(),
                clock,
                to,
                tasks::add,
                IntervalFunction.of(1000L, d -> d + 1000L),
                new OutboxSender.Pace(ChannelPacer.slack(), Runnable::run, (delay, task) -> {}));
    }

    private String add(String channel, String about) {
        var message = new OutboxMessage(
                Kind.VERDICT, channel, about, Optional.empty(), Optional.of("U5"), Optional.empty(), about);
        return db.jdbi().inTransaction(h -> Outbox.insert(h, clock.millis(), TEAM, message));
    }

    @Test
    void twoInstancesKeepToOnePostPerChannelPerSecondTogether() {
        Script other = new Script();
        OutboxSender one = instance(delivery);
        OutboxSender two = instance(other);
        String first = add("C1", "first");
        // While the first instance posts to C1, the second finds a row for C1 and one for C2 due.
        List<String> secondRows = new ArrayList<>();
        delivery.deliver = row -> {
            secondRows.add(add("C1", "second"));
            secondRows.add(add("C2", "elsewhere"));
            two.sendDue();
            return new Delivery.Outcome.Delivered(row.channelId(), "1.0");
        };

        one.sendDue();

        String second = secondRows.get(0);
        assertThat(delivery.delivered).containsExactly(first);
        assertThat(other.delivered).containsExactly(secondRows.get(1));
        assertThat(row(second).status()).isEqualTo("pending");
        assertThat(row(second).notBefore()).isEqualTo(clock.millis() + 1000);

        // Half a second after the first post ended, C1 is still the first instance's: a new row waits its turn.
        long firstEnded = clock.millis();
        clock.advance(Duration.ofMillis(500));
        String third = add("C1", "third");
        assertThat(two.sendDue()).isZero();
        assertThat(row(third).status()).isEqualTo("pending");
        assertThat(row(third).notBefore()).isEqualTo(firstEnded + 1500);

        // A second after it, the channel is free for whichever instance comes.
        clock.advance(Duration.ofMillis(500));
        assertThat(two.sendDue()).isEqualTo(1);
        assertThat(other.delivered).containsExactly(secondRows.get(1), second);
        assertThat(delivery.delivered).containsExactly(first);
    }

    @Test
    void aRowWhoseClaimRanOutWhileItWaitedForAPostingThreadIsLeftToTheInstanceThatTookItOver() {
        Script other = new Script();
        OutboxSender two = new OutboxSender(db.jdbi(), clock, other, tasks::add, IntervalFunction.of(1000L, d -> d));
        String id = add();
        // The posting threads are busy past the lease; meanwhile another instance finds the claim ran out.
        Executor busyThreads = post -> {
            clock.advance(Duration.ofMillis(LEASE + 1));
            two.sendDue();
            post.run();
        };
        OutboxSender one = new OutboxSender(
                db.jdbi(),
                clock,
                delivery,
                tasks::add,
                IntervalFunction.of(1000L, d -> d),
                new OutboxSender.Pace(ChannelPacer.unpaced(), busyThreads, (delay, task) -> {}));

        one.sendDue();

        assertThat(other.searched).containsExactly(id);
        assertThat(other.delivered).containsExactly(id);
        assertThat(delivery.delivered).isEmpty();
        assertThat(row(id).status()).isEqualTo("sent");
    }

    @Test
    void slacksRateLimitOnAChannelHoldsItForEveryInstance() {
        Script other = new Script();
        OutboxSender one = instance(delivery);
        OutboxSender two = instance(other);
        String limited = add("C1", "limited");
        delivery.deliver = row -> new Delivery.Outcome.RateLimited(Duration.ofSeconds(30));
        one.sendDue();
        assertThat(row(limited).lastError()).contains("ratelimited");

        clock.advance(Duration.ofSeconds(2));
        String next = add("C1", "next");
        assertThat(two.sendDue()).isZero();
        assertThat(other.delivered).isEmpty();

        clock.advance(Duration.ofSeconds(28));
        assertThat(two.sendDue()).isEqualTo(1);
        assertThat(other.delivered).containsAnyOf(limited, next);
    }
}
