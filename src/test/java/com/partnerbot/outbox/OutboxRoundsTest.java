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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * The rounds of one pass on a real database (SQLite, then PostgreSQL) with a scripted delivery: how many rows a pass lists and when it stops
 * listing, rows left by a stopping sender, a living message waiting for its older version, the timer for postponed
 * rows, and the requester's notice when a row fails.
 */
@OnEachDatabase
class OutboxRoundsTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final String TEAM = "T1";
    private static final long LEASE = OutboxSender.LEASE.toMillis();

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-08-31T09:30:00Z");
    private final long start = clock.millis();
    private final CountingClock counting = new CountingClock(clock);
    private final OutboxClaimsTest.Script delivery = new OutboxClaimsTest.Script();
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private final List<Duration> timerDelays = new ArrayList<>();
    private final List<Runnable> timerTasks = new ArrayList<>();
    private Database db;
    private OutboxDao dao;

    /** The test clock, counting its reads, running a hook just before the given read (1 for the first). */
    static final class CountingClock extends Clock {
        private final TestClock clock;
        final Map<Integer, Runnable> before = new HashMap<>();
        int reads;

        CountingClock(TestClock clock) {
            this.clock = clock;
        }

        @Override
        public long millis() {
            reads++;
            Runnable hook = before.remove(reads);
            if (hook != null) {
                hook.run();
            }
            return clock.millis();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }

        @Override
        public ZoneId getZone() {
            return clock.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        dao = db.jdbi().onDemand(OutboxDao.class);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private OutboxSender sender(ChannelPacer pacer) {
        return new OutboxSender(
                db.jdbi(),
                counting,
                delivery,
                tasks::add,
                IntervalFunction.of(1000L, d -> d + 1000L),
                new OutboxSender.Pace(pacer, Runnable::run, (delay, task) -> {
                    timerDelays.add(delay);
                    timerTasks.add(task);
                }));
    }

    private OutboxSender unpaced() {
        return sender(ChannelPacer.unpaced());
    }

    private static OutboxMessage message(Kind kind, String channel, Optional<String> requester) {
        return new OutboxMessage(
                kind,
                channel,
                "Verdict for Acme",
                Optional.empty(),
                requester,
                Optional.empty(),
                "the verdict for Acme");
    }

    private String add(Kind kind, String channel, Optional<String> requester) {
        return db.jdbi().inTransaction(h -> Outbox.insert(h, clock.millis(), TEAM, message(kind, channel, requester)));
    }

    private String add(String channel) {
        return add(Kind.VERDICT, channel, Optional.of("U5"));
    }

    private List<String> addMany(int count) {
        return db.jdbi().inTransaction(h -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ids.add(Outbox.insert(h, clock.millis(), TEAM, message(Kind.DECISION, "C1", Optional.empty())));
            }
            return ids;
        });
    }

    private String addLiving(String key) {
        var message = message(Kind.CHARTER, "C1", Optional.of("U5")).keyed(key);
        return db.jdbi().inTransaction(h -> Outbox.insert(h, clock.millis(), TEAM, message));
    }

    private OutboxRow row(String id) {
        return dao.find(TEAM, id).orElseThrow();
    }

    private List<OutboxRow> notices() {
        return dao.all(TEAM).stream()
                .filter(r -> r.kind().equals(Kind.NOTICE.id()))
                .toList();
    }

    // ------------------------------------------------------------------ rounds

    @Test
    void aPassListsAgainWhileFullBatchesComeBackAndSendsThemAll() {
        List<String> ids = addMany(2 * OutboxSender.BATCH);

        assertThat(unpaced().sendDue()).isEqualTo(2 * OutboxSender.BATCH);

        assertThat(delivery.delivered).hasSize(2 * OutboxSender.BATCH).doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> assertThat(row(id).status()).isEqualTo(OutboxRow.SENT));
        assertThat(tasks).isEmpty();
    }

    @Test
    void aRoundShorterThanABatchEndsThePassWithoutListingAgain() {
        addMany(3);

        assertThat(unpaced().sendDue()).isEqualTo(3);

        // Reads: the workspaces, one listing, the round's time, then one per recorded post at most; a second listing
        // would read the clock again after the posts.
        int afterOnePass = counting.reads;
        addMany(3);
        counting.reads = 0;
        assertThat(unpaced().sendDue()).isEqualTo(3);
        assertThat(counting.reads).isEqualTo(afterOnePass);
    }

    @Test
    void aFullBatchThatAnotherProcessTookEntirelyEndsThePass() {
        // Added at one time, rows are listed by id.
        List<String> ids = addMany(OutboxSender.BATCH + 1).stream().sorted().toList();
        // Between the listing and the claims (the third clock read: workspaces, listing, round), another process
        // claims the whole listed batch; the row after it stays for the next pass.
        counting.before.put(3, () -> {
            for (String id : ids.subList(0, OutboxSender.BATCH)) {
                dao.claim(TEAM, id, "other", start, start + LEASE);
            }
        });

        assertThat(unpaced().sendDue()).isZero();

        assertThat(delivery.delivered).isEmpty();
        assertThat(row(ids.get(OutboxSender.BATCH)).status()).isEqualTo(OutboxRow.PENDING);
        assertThat(dao.claims()).containsExactly(new OutboxDao.Claim(TEAM, "other"));
    }

    @Test
    void aRowClaimedElsewhereBeforeItsClaimFreesItsChannelInThePacer() {
        String id = add("C1");
        ChannelPacer pacer = ChannelPacer.slack();
        counting.before.put(3, () -> dao.claim(TEAM, id, "other", start, start + LEASE));

        assertThat(sender(pacer).sendDue()).isZero();

        assertThat(delivery.delivered).isEmpty();
        assertThat(pacer.admit("C1", start).go()).isTrue();
    }

    @Test
    void aRoundThatClaimsSomeRowsAndPostponesAsManyStillCountsThemAllAndListsAgain() {
        // Fifty channels owed two rows each fill the first batch; the row after them is listed by a second round.
        List<String> ids = db.jdbi().inTransaction(h -> {
            List<String> added = new ArrayList<>();
            for (int i = 0; i < OutboxSender.BATCH; i++) {
                added.add(Outbox.insert(h, start + i, TEAM, message(Kind.DECISION, "C" + (i % 50), Optional.empty())));
            }
            added.add(
                    Outbox.insert(h, start + OutboxSender.BATCH, TEAM, message(Kind.DECISION, "D", Optional.empty())));
            return added;
        });
        clock.advance(Duration.ofMillis(OutboxSender.BATCH));

        assertThat(sender(ChannelPacer.slack()).sendDue()).isEqualTo(51);

        assertThat(row(ids.get(OutboxSender.BATCH)).status()).isEqualTo(OutboxRow.SENT);
        assertThat(row(ids.get(50)).status()).isEqualTo(OutboxRow.PENDING);
        assertThat(row(ids.get(50)).notBefore()).isEqualTo(clock.millis() + 1_000);
    }

    @Test
    void wakesWhileAPassIsQueuedAreFoldedIntoItAndTheNextWakeQueuesAnother() {
        OutboxSender sender = unpaced();
        sender.wake();
        sender.wake();
        assertThat(tasks).hasSize(1);

        tasks.poll().run();
        sender.wake();

        assertThat(tasks).hasSize(1);
    }

    @Test
    void aSenderStoppedBetweenRoundsReturnsWhatItDelivered() {
        List<String> ids = addMany(OutboxSender.BATCH + 1);
        OutboxSender sender = unpaced();
        delivery.deliver = row -> {
            if (delivery.delivered.size() == OutboxSender.BATCH) {
                sender.stop();
            }
            return new Delivery.Outcome.Delivered(row.channelId(), "1.0");
        };

        assertThat(sender.sendDue()).isEqualTo(OutboxSender.BATCH);

        assertThat(ids.stream().filter(id -> row(id).status().equals(OutboxRow.PENDING)))
                .hasSize(1);
    }

    @Test
    void anEarlierTryThatCannotBeLookedForIsRetriedLaterStillUncertain() {
        String id = add("C1");
        long uncertain = start - 500;
        assertThat(dao.claim(TEAM, id, "earlier", start, start + LEASE)).isEqualTo(1);
        assertThat(dao.retryLater(TEAM, id, "earlier", start, "timeout", uncertain))
                .isEqualTo(1);
        delivery.find = row -> new Delivery.Lookup.Unknown("history_unavailable");

        assertThat(unpaced().sendDue()).isZero();

        assertThat(delivery.searched).containsExactly(id);
        assertThat(delivery.delivered).isEmpty();
        OutboxRow waiting = row(id);
        assertThat(waiting.status()).isEqualTo(OutboxRow.PENDING);
        assertThat(waiting.lastError()).contains("history_unavailable");
        assertThat(waiting.uncertainSince()).contains(uncertain);
        assertThat(waiting.attempts()).isEqualTo(2);
        assertThat(waiting.notBefore()).isEqualTo(start + 2_000);
    }

    @Test
    void aLivingMessageThatCannotBeUpdatedIsPostedAgain() {
        String first = addLiving("charter:p1");
        assertThat(unpaced().sendDue()).isEqualTo(1);
        String second = addLiving("charter:p1");

        // The scripted delivery answers every update with Gone, the default.
        assertThat(unpaced().sendDue()).isEqualTo(1);

        assertThat(delivery.delivered).containsExactly(first, second);
        assertThat(row(second).status()).isEqualTo(OutboxRow.SENT);
    }

    @Test
    void aChannelStaysBusyWhileItsClaimedPostIsUnderWay() {
        add("C1");
        ChannelPacer pacer = ChannelPacer.slack();
        List<Boolean> admittedMeanwhile = new ArrayList<>();
        delivery.deliver = row -> {
            admittedMeanwhile.add(pacer.admit("C1", clock.millis()).go());
            return new Delivery.Outcome.Delivered(row.channelId(), "1.0");
        };

        assertThat(sender(pacer).sendDue()).isEqualTo(1);

        assertThat(admittedMeanwhile).containsExactly(false);
    }

    @Test
    void aRowThatCannotBeLookedForDoesNotKeepTheRestOfItsRoundFromBeingRecorded() {
        String uncertainRow = add("C1");
        clock.advance(Duration.ofMillis(1));
        String plain = add("C2");
        assertThat(dao.claim(TEAM, uncertainRow, "earlier", clock.millis(), clock.millis() + LEASE))
                .isEqualTo(1);
        assertThat(dao.retryLater(TEAM, uncertainRow, "earlier", clock.millis(), "timeout", start))
                .isEqualTo(1);
        delivery.find = row -> new Delivery.Lookup.Unknown("history_unavailable");

        assertThat(unpaced().sendDue()).isEqualTo(1);

        assertThat(delivery.delivered).containsExactly(plain);
        assertThat(row(plain).status()).isEqualTo(OutboxRow.SENT);
        assertThat(row(uncertainRow).status()).isEqualTo(OutboxRow.PENDING);
    }

    // ------------------------------------------------------------------ stopping

    @Test
    void rowsClaimedWithTheRoundButNotBegunWhenTheSenderStopsArePendingAgainAsTheyWere() {
        String first = add("C1");
        clock.advance(Duration.ofMillis(1));
        String second = add("C2");
        long uncertain = clock.millis() - 500;
        assertThat(dao.claim(TEAM, second, "earlier", clock.millis(), clock.millis() + LEASE))
                .isEqualTo(1);
        assertThat(dao.retryLater(TEAM, second, "earlier", clock.millis(), "http_503", uncertain))
                .isEqualTo(1);
        clock.advance(Duration.ofMillis(10));
        long claimedAt = clock.millis();
        ChannelPacer pacer = ChannelPacer.slack();
        OutboxSender sender = sender(pacer);
        delivery.find = row -> {
            throw new AssertionError("the second row is not begun");
        };
        delivery.deliver = row -> {
            sender.stop();
            clock.advance(Duration.ofMillis(40));
            return new Delivery.Outcome.Delivered(row.channelId(), "1.0");
        };

        assertThat(sender.sendDue()).isEqualTo(1);

        assertThat(delivery.delivered).containsExactly(first);
        OutboxRow left = row(second);
        assertThat(left.status()).isEqualTo(OutboxRow.PENDING);
        assertThat(left.notBefore()).isEqualTo(claimedAt);
        assertThat(left.lastError()).contains("http_503");
        assertThat(left.uncertainSince()).contains(uncertain);
        assertThat(dao.claims()).isEmpty();
        assertThat(left.attempts()).isEqualTo(2);
        // Both channels are free again, each a second after its post (or non-post) ended.
        long ended = claimedAt + 40;
        assertThat(pacer.admit("C2", ended + 999).go()).isFalse();
        assertThat(pacer.admit("C1", ended + 999).go()).isFalse();
        assertThat(pacer.admit("C3", ended).go()).isTrue();
        assertThat(pacer.admit("C2", ended + 1_000).go()).isTrue();
        assertThat(timerDelays).isEmpty();
    }

    @Test
    void theChannelOfAPostIsFreeExactlyASecondAfterThePostEnded() {
        add("C2");
        ChannelPacer pacer = ChannelPacer.slack();
        OutboxSender sender = sender(pacer);
        delivery.deliver = row -> {
            clock.advance(Duration.ofMillis(40));
            return new Delivery.Outcome.Delivered(row.channelId(), "1.0");
        };

        assertThat(sender.sendDue()).isEqualTo(1);

        assertThat(pacer.admit("C2", start + 1_039)).isEqualTo(new ChannelPacer.Turn(false, start + 1_040));
        assertThat(pacer.admit("C2", start + 1_040).go()).isTrue();
    }

    // ------------------------------------------------------------------ living messages

    @Test
    void aNewerVersionWaitsWhileTheOlderIsBeingSent() {
        String older = addLiving("charter:p1");
        assertThat(dao.claim(TEAM, older, "other", start, start + LEASE)).isEqualTo(1);
        String newer = addLiving("charter:p1");

        assertThat(unpaced().sendDue()).isZero();

        assertThat(delivery.delivered).isEmpty();
        OutboxRow waiting = row(newer);
        assertThat(waiting.status()).isEqualTo(OutboxRow.PENDING);
        assertThat(waiting.lastError()).contains("key busy");
        assertThat(waiting.notBefore()).isEqualTo(start);
        assertThat(waiting.uncertainSince()).isEmpty();
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(row(older).status()).isEqualTo(OutboxRow.SENDING);
        // The older one is still on its way, and its sender wakes this one: nothing is queued here.
        assertThat(tasks).isEmpty();
    }

    @Test
    void aNewerVersionWaitsForItsChannelWhileAnotherInstanceSendsTheOlder() {
        String older = addLiving("charter:p1");
        assertThat(dao.claim(TEAM, older, "other", start, start + LEASE)).isEqualTo(1);
        String newer = addLiving("charter:p1");
        ChannelPacer pacer = ChannelPacer.slack();

        assertThat(sender(pacer).sendDue()).isZero();

        assertThat(delivery.delivered).isEmpty();
        OutboxRow waiting = row(newer);
        assertThat(waiting.status()).isEqualTo(OutboxRow.PENDING);
        assertThat(waiting.notBefore()).isEqualTo(start + 1_000);
        assertThat(waiting.attempts()).isZero();
        assertThat(row(older).status()).isEqualTo(OutboxRow.SENDING);
        assertThat(timerDelays).containsExactly(Duration.ofSeconds(1));
        assertThat(pacer.admit("C1", start).go()).isTrue();
    }

    @Test
    void aNewerVersionWhoseOlderFinishedMeanwhileWakesTheSenderAgain() {
        String older = addLiving("charter:p1");
        assertThat(dao.claim(TEAM, older, "other", start, start)).isEqualTo(1);
        String newer = addLiving("charter:p1");
        // The older one's lease runs out between the claim of the newer (read 3) and the check after it (read 4).
        counting.before.put(4, () -> clock.advance(Duration.ofMillis(1)));

        assertThat(unpaced().sendDue()).isZero();

        assertThat(row(newer).lastError()).contains("key busy");
        assertThat(row(newer).status()).isEqualTo(OutboxRow.PENDING);
        assertThat(tasks).hasSize(1);
    }

    @Test
    void sendingAVersionWakesTheSenderForANewerOneWaiting() {
        String older = addLiving("charter:p1");
        delivery.deliver = row -> {
            addLiving("charter:p1");
            return new Delivery.Outcome.Delivered(row.channelId(), "1.0");
        };

        assertThat(unpaced().sendDue()).isEqualTo(1);

        assertThat(row(older).status()).isEqualTo(OutboxRow.SENT);
        assertThat(tasks).hasSize(1);
    }

    @Test
    void sendingTheOnlyVersionQueuesNothing() {
        addLiving("charter:p1");

        assertThat(unpaced().sendDue()).isEqualTo(1);

        assertThat(tasks).isEmpty();
    }

    // ------------------------------------------------------------------ the timer

    /** Adds a row a millisecond after the previous one, so rows are listed in the order added. */
    private String addNext(String channel) {
        clock.advance(Duration.ofMillis(1));
        return add(channel);
    }

    @Test
    void theTimerIsSetOnceForTheEarliestPostponedRowAndWakesTheSender() {
        String a = addNext("C1");
        String b = addNext("C1");
        String c = addNext("C1");
        long t0 = clock.millis();
        ChannelPacer pacer = ChannelPacer.slack();
        OutboxSender sender = sender(pacer);

        assertThat(sender.sendDue()).isEqualTo(1);

        assertThat(delivery.delivered).containsExactly(a);
        assertThat(row(b).notBefore()).isEqualTo(t0 + 1_000);
        assertThat(row(c).notBefore()).isEqualTo(t0 + 2_200);
        assertThat(timerDelays).containsExactly(Duration.ofSeconds(1));

        // A row postponed later while that timer is set sets no other.
        clock.advance(Duration.ofMillis(499));
        String d = addNext("C1");
        assertThat(sender.sendDue()).isZero();
        assertThat(row(d).notBefore()).isEqualTo(t0 + 3_400);
        assertThat(timerDelays).hasSize(1);
        assertThat(tasks).isEmpty();

        // The timer fires: a pass is queued, and the next postponed row sets a timer again.
        timerTasks.get(0).run();
        assertThat(tasks).hasSize(1);
        clock.advance(Duration.ofMillis(500));
        tasks.poll().run();
        assertThat(delivery.delivered).containsExactly(a, b);
        String e = addNext("C9");
        String f = addNext("C9");
        long t1 = clock.millis();
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(row(e).status()).isEqualTo(OutboxRow.SENT);
        assertThat(row(f).notBefore()).isEqualTo(t1 + 1_000);
        assertThat(timerDelays).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void aRowPostponedToTheSameSlotAsTheTimerSetsNoOther() {
        OutboxSender sender = sender(ChannelPacer.slack());
        addNext("C1");
        addNext("C1");
        assertThat(sender.sendDue()).isEqualTo(1);
        add("C2");
        add("C2");

        assertThat(sender.sendDue()).isEqualTo(1);

        assertThat(timerDelays).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void anEarlierPostponedRowMovesTheTimerForwardAndALateTimerLeavesItInPlace() {
        ChannelPacer pacer = ChannelPacer.slack();
        OutboxSender sender = sender(pacer);
        String held = addNext("C1");
        long t0 = clock.millis();
        pacer.hold("C1", t0 + 5_000);
        assertThat(sender.sendDue()).isZero();
        assertThat(row(held).notBefore()).isEqualTo(t0 + 5_000);
        assertThat(timerDelays).containsExactly(Duration.ofSeconds(5));

        // Another channel's row due sooner than the timer gets one of its own.
        clock.advance(Duration.ofMillis(99));
        addNext("C2");
        addNext("C2");
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(timerDelays).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(1));

        // The first timer fires: the sooner one stays set, so a row postponed after it sets none.
        timerTasks.get(0).run();
        assertThat(tasks).hasSize(1);
        clock.advance(Duration.ofMillis(49));
        addNext("C3");
        addNext("C3");
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(timerDelays).hasSize(2);
        // The sooner one fires: from then on a later row sets a timer again.
        timerTasks.get(1).run();
        addNext("C4");
        addNext("C4");
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(timerDelays).hasSize(3);
    }

    // ------------------------------------------------------------------ failures

    @Test
    void aPermanentFailureEndsFailedAddsTheRequestersNoticeAndWakes() {
        String id = add("C1");
        delivery.deliver = row -> new Delivery.Outcome.Permanent("is_archived");

        assertThat(unpaced().sendDue()).isZero();

        OutboxRow failed = row(id);
        assertThat(failed.status()).isEqualTo(OutboxRow.FAILED);
        assertThat(failed.lastError()).contains("is_archived");
        assertThat(notices()).singleElement().satisfies(n -> {
            assertThat(n.channelId()).isEqualTo("U5");
            assertThat(n.text()).isEqualTo("Could not post the verdict for Acme: is_archived");
            assertThat(n.status()).isEqualTo(OutboxRow.PENDING);
            assertThat(n.createdAt()).isEqualTo(start);
        });
        assertThat(tasks).hasSize(1);
    }

    @Test
    void aFailedNoticeOrARowWithoutRequesterAddsNothingAndWakesNoOne() {
        String notice = add(Kind.NOTICE, "U5", Optional.of("U5"));
        String anonymous = add(Kind.VERDICT, "C1", Optional.empty());
        delivery.deliver = row -> new Delivery.Outcome.Permanent("is_archived");

        assertThat(unpaced().sendDue()).isZero();

        assertThat(row(notice).status()).isEqualTo(OutboxRow.FAILED);
        assertThat(row(anonymous).status()).isEqualTo(OutboxRow.FAILED);
        assertThat(dao.all(TEAM)).hasSize(2);
        assertThat(tasks).isEmpty();
    }

    @Test
    void aDeletedMessageThatCannotBePostedAgainFailsAsNotFound() {
        String id = add("C1");
        delivery.deliver = row -> new Delivery.Outcome.Gone();

        assertThat(unpaced().sendDue()).isZero();

        assertThat(row(id).status()).isEqualTo(OutboxRow.FAILED);
        assertThat(row(id).lastError()).contains("message_not_found");
        assertThat(notices()).hasSize(1);
        assertThat(tasks).hasSize(1);
    }

    @Test
    void aFailureAfterTheClaimWasTakenOverAddsNoNotice() {
        String id = add("C1");
        delivery.deliver = row -> {
            dao.claim(TEAM, id, "other", start + LEASE + 1, start + 2 * LEASE);
            return new Delivery.Outcome.Permanent("is_archived");
        };

        assertThat(unpaced().sendDue()).isZero();

        assertThat(row(id).status()).isEqualTo(OutboxRow.SENDING);
        assertThat(dao.claims()).containsExactly(new OutboxDao.Claim(TEAM, "other"));
        assertThat(notices()).isEmpty();
        assertThat(tasks).isEmpty();
    }

    @Test
    void aRateLimitPastTheTimeTheMessageMattersFailsWithTheNotice() {
        String id = add("C1");
        long giveUpAt = row(id).giveUpAt();
        delivery.deliver = row -> new Delivery.Outcome.RateLimited(Duration.ofMillis(giveUpAt - start + 1));

        assertThat(unpaced().sendDue()).isZero();

        assertThat(row(id).status()).isEqualTo(OutboxRow.FAILED);
        assertThat(row(id).lastError()).contains("ratelimited");
        assertThat(notices()).hasSize(1);
    }

    @Test
    void aRateLimitEndingExactlyWhenTheMessageStopsMatteringIsStillRetried() {
        String id = add("C1");
        long giveUpAt = row(id).giveUpAt();
        delivery.deliver = row -> new Delivery.Outcome.RateLimited(Duration.ofMillis(giveUpAt - start));

        assertThat(unpaced().sendDue()).isZero();

        assertThat(row(id).status()).isEqualTo(OutboxRow.PENDING);
        assertThat(row(id).notBefore()).isEqualTo(giveUpAt);
        assertThat(row(id).uncertainSince()).isEmpty();
        assertThat(notices()).isEmpty();
    }

    @Test
    void aTransientFailureThatMayHaveLandedIsSearchedForFromItsClaim() {
        String id = add("C1");
        delivery.deliver = row -> new Delivery.Outcome.Transient("timeout", true);

        assertThat(unpaced().sendDue()).isZero();

        assertThat(row(id).status()).isEqualTo(OutboxRow.PENDING);
        assertThat(row(id).uncertainSince()).contains(start);
        assertThat(row(id).notBefore()).isEqualTo(start + 1_000);
    }
}
