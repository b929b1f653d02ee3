package com.partnerbot.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbot.testing.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A workspace's overview is worked out once and shared until the workspace changes or it grows old. */
class TeamOverviewsTest {
    private final TestClock clock = TestClock.at("2026-08-31T09:30:00Z");
    private final AtomicInteger computed = new AtomicInteger();

    private TeamOverview overview(String teamId) {
        computed.incrementAndGet();
        return new TeamOverview(
                computed.get(),
                new Tally(Map.of(), 0),
                new Tally(Map.of(), 0),
                new Tally(Map.of(), 0),
                List.of(),
                Map.of(),
                Map.of(),
                List.of(),
                List.of(),
                0,
                clock.instant());
    }

    private final TeamOverviews overviews = new TeamOverviews(clock, Duration.ofMinutes(1), this::overview);

    @Test
    void itIsKeptUntilTheWorkspaceChanges() {
        TeamOverview first = overviews.get("T1");
        assertThat(overviews.get("T1")).isSameAs(first);
        assertThat(computed).hasValue(1);
        overviews.forget("T2");
        assertThat(overviews.get("T1")).isSameAs(first);
        overviews.forget("T1");
        assertThat(overviews.get("T1")).isNotSameAs(first);
        assertThat(computed).hasValue(2);
    }

    @Test
    void eachWorkspaceHasItsOwn() {
        TeamOverview one = overviews.get("T1");
        assertThat(overviews.get("T2")).isNotSameAs(one);
        assertThat(overviews.get("T1")).isSameAs(one);
        assertThat(computed).hasValue(2);
    }

    @Test
    void itIsWorkedOutAgainOnceAMinuteOld() {
        TeamOverview first = overviews.get("T1");
        clock.advance(Duration.ofSeconds(59));
        assertThat(overviews.get("T1")).isSameAs(first);
        clock.advance(Duration.ofSeconds(1));
        assertThat(overviews.get("T1")).isNotSameAs(first);
    }

    @Test
    void aFailureReachesTheReaderAndTheNextReaderTriesAgain() {
        AtomicInteger calls = new AtomicInteger();
        var failingOnce = new TeamOverviews(clock, Duration.ofMinutes(1), team -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database is locked");
            }
            return overview(team);
        });
        assertThatThrownBy(() -> failingOnce.get("T1")).hasMessage("database is locked");
        assertThat(failingOnce.get("T1")).isNotNull();
        assertThat(calls).hasValue(2);
    }

    @Test
    void readersWhileItIsWorkedOutWaitForThatOneInsteadOfWorkingItOutAgain() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        var slow = new TeamOverviews(clock, Duration.ofMinutes(1), team -> {
            calls.incrementAndGet();
            await(release);
            return overview(team);
        });
        Reader first = Reader.waiting(slow);
        Reader second = Reader.waiting(slow);
        release.countDown();
        first.thread.join(10_000);
        second.thread.join(10_000);
        assertThat(second.read).isNotNull().isSameAs(first.read);
        assertThat(calls).hasValue(1);
    }

    @Test
    void readersWhileItIsWorkedOutGetItsFailure() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        var failing = new TeamOverviews(clock, Duration.ofMinutes(1), team -> {
            await(release);
            throw new IllegalStateException("database is locked");
        });
        Reader first = Reader.waiting(failing);
        Reader second = Reader.waiting(failing);
        release.countDown();
        first.thread.join(10_000);
        second.thread.join(10_000);
        assertThat(first.failure).hasMessage("database is locked");
        assertThat(second.failure).isSameAs(first.failure);
    }

    /** A reader of the overview on a thread of its own. */
    private static final class Reader {
        final Thread thread;
        volatile TeamOverview read;
        volatile RuntimeException failure;

        private Reader(TeamOverviews overviews) {
            thread = new Thread(() -> {
                try {
                    read = overviews.get("T1");
                } catch (RuntimeException e) {
                    failure = e;
                }
            });
        }

        /** Started, and waiting (for the latch, or for the overview being worked out): no sleeping, no guessing. */
        static Reader waiting(TeamOverviews overviews) {
            Reader reader = new Reader(overviews);
            reader.thread.start();
            while (!Set.of(Thread.State.WAITING, Thread.State.TIMED_WAITING, Thread.State.TERMINATED)
                    .contains(reader.thread.getState())) {
                Thread.onSpinWait();
            }
            return reader;
        }
    }

    @Test
    void aChangeWhileItIsWorkedOutMakesTheNextReaderWorkItOutAgain() {
        AtomicReference<TeamOverviews> changing = new AtomicReference<>();
        changing.set(new TeamOverviews(clock, Duration.ofMinutes(1), team -> {
            TeamOverview read = overview(team);
            if (computed.get() == 1) {
                // Something changed after this overview's queries ran.
                changing.get().forget(team);
            }
            return read;
        }));
        TeamOverview first = changing.get().get("T1");
        TeamOverview second = changing.get().get("T1");
        assertThat(second).isNotSameAs(first);
        assertThat(changing.get().get("T1")).isSameAs(second);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
