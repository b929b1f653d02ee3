package com.partnerbot.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.testing.BotProcess;
import com.partnerbot.testing.SlackStub;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivery under faults, on the built jar in its own JVM: kill -9 in the middle of bursts, Slack answering 5xx and
 * 429 storms, SIGTERM with requests in flight. Every acknowledged action gets exactly one post; none is lost, none
 * is doubled. Figures go to standard output for the notes.
 */
class DeliveryFaultIT {
    private static final int ROUNDS = 5;
    private static final int BURST = 50;

    @TempDir
    Path dir;

    private final SlackStub slack = new SlackStub();

    @AfterEach
    void close() {
        slack.close();
    }

    private static List<String> channels(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
    }

    private int messagesIn(String channel) {
        return slack.messagesIn(channel).size();
    }

    /** Rows the outbox still owes, read from the bot's SQLite file. */
    private int owed() throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("partnerbot.db"));
                var statement = connection.createStatement();
                var rows =
                        statement.executeQuery("SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'sending')")) {
            return rows.getInt(1);
        }
    }

    private void awaitDelivered(Set<String> acknowledged, Duration max) throws Exception {
        slack.awaitUntil(() -> acknowledged.stream().allMatch(c -> messagesIn(c) >= 1), Duration.ofMillis(200), max);
    }

    private void awaitDrained(Duration max) throws Exception {
        slack.awaitUntil(
                () -> {
                    try {
                        return owed() == 0;
                    } catch (Exception e) {
                        return false;
                    }
                },
                Duration.ofMillis(200),
                max);
    }

    @Test
    @Timeout(300)
    void killedDuringBurstsItLosesAndDoublesNothing() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Set<String> acknowledged = new HashSet<>();
        List<String> submitted = new ArrayList<>();
        List<String> recovery = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            BotProcess bot = BotProcess.start(dir, slack, Map.of());
            awaitDelivered(acknowledged, Duration.ofSeconds(60));
            recovery.add(bot.startTime().toMillis() + "+" + bot.sinceUp().toMillis());
            int killAfter = 5 + random.nextInt(BURST - 10);
            CountDownLatch point = new CountDownLatch(killAfter);
            List<String> burst = channels("CK" + round + "X", BURST);
            submitted.addAll(burst);
            Thread killer = new Thread(() -> {
                try {
                    point.await();
                    bot.kill();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            killer.start();
            acknowledged.addAll(DecisionBurst.submit(bot, burst, 8, point));
            // A burst that finished before its kill point is killed all the same.
            while (point.getCount() > 0) {
                point.countDown();
            }
            killer.join();
        }
        BotProcess last = BotProcess.start(dir, slack, Map.of());
        awaitDelivered(acknowledged, Duration.ofSeconds(60));
        recovery.add(last.startTime().toMillis() + "+" + last.sinceUp().toMillis());
        awaitDrained(Duration.ofSeconds(60));
        last.terminate();
        assertThat(last.awaitExit(Duration.ofSeconds(15))).isZero();

        long lost = acknowledged.stream().filter(c -> messagesIn(c) == 0).count();
        long doubled = submitted.stream().filter(c -> messagesIn(c) > 1).count();
        long postedUnacknowledged = submitted.stream()
                .filter(c -> !acknowledged.contains(c) && messagesIn(c) == 1)
                .count();
        System.out.printf(
                "kill -9: seed %d, %d rounds of %d submissions: %d acknowledged, %d lost, %d doubled; %d cut off after"
                        + " their commit and posted all the same; after each restart, ms to start + ms from up to the last owed post: %s%n",
                seed, ROUNDS, BURST, acknowledged.size(), lost, doubled, postedUnacknowledged, recovery);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ROUNDS * 5);
        assertThat(lost).isZero();
        assertThat(doubled).isZero();
    }

    @Test
    @Timeout(180)
    void serverErrorAndRateLimitStormsDelayPostsButLoseAndDoubleNone() throws Exception {
        BotProcess bot = BotProcess.start(dir, slack, Map.of());
        // The first 60 posts fail: HTTP 500 (a third of them after Slack had posted), 503, then 429s.
        slack.failNextHttp("chat.postMessage", 500, 10, false);
        slack.failNextHttp("chat.postMessage", 500, 10, true);
        slack.failNextHttp("chat.postMessage", 503, 20, false);
        for (int i = 0; i < 20; i++) {
            slack.rateLimitNext("chat.postMessage", 1);
        }
        List<String> burst = channels("CS", BURST);
        long start = System.nanoTime();
        Set<String> acknowledged = DecisionBurst.submit(bot, burst, 8, new CountDownLatch(0));
        assertThat(acknowledged).hasSize(BURST);
        awaitDelivered(acknowledged, Duration.ofSeconds(120));
        long lastPostMillis = (System.nanoTime() - start) / 1_000_000;
        awaitDrained(Duration.ofSeconds(60));
        long doubled = burst.stream().filter(c -> messagesIn(c) > 1).count();
        System.out.printf(
                "5xx/429 storm: %d acknowledged, %d lost, %d doubled, %d post attempts, %d history searches; last post"
                        + " %d ms after the first submission%n",
                acknowledged.size(),
                burst.stream().filter(c -> messagesIn(c) == 0).count(),
                doubled,
                slack.calls("chat.postMessage").size(),
                slack.calls("conversations.history").size(),
                lastPostMillis);
        assertThat(doubled).isZero();
        assertThat(slack.calls("conversations.history")).isNotEmpty();
        bot.terminate();
        assertThat(bot.awaitExit(Duration.ofSeconds(15))).isZero();
    }

    @Test
    @Timeout(120)
    void sigtermLetsRequestsInFlightFinishKeepsWhatIsUnsentAndExitsZero() throws Exception {
        BotProcess bot = BotProcess.start(dir, slack, Map.of("LOG_LEVEL", "DEBUG"));
        // A command waiting on a slow views.open, and a post waiting on a slow chat.postMessage.
        SlackStub.Hold modal = slack.holdNext("views.open");
        SlackStub.Hold post = slack.holdNext("chat.postMessage");
        var command = new Thread[1];
        var commandStatus = new int[] {-1};
        var commandFailure = new RuntimeException[1];
        command[0] = new Thread(() -> {
            try {
                commandStatus[0] = bot.signed()
                        .postCommand(bot.events(), "/partner", "decide build-or-partner", "U1", "C1")
                        .statusCode();
            } catch (RuntimeException e) {
                commandFailure[0] = e;
            }
        });
        command[0].start();
        modal.awaitArrival(Duration.ofSeconds(30));
        Set<String> acknowledged = DecisionBurst.submit(bot, channels("CT", 16), 4, new CountDownLatch(0));
        assertThat(acknowledged).hasSize(16);
        post.awaitArrival(Duration.ofSeconds(30));

        // A client already connected, so that asking during the stop takes milliseconds.
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(bot.health()).build();
        assertThat(client.send(health, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        long stopAt = System.nanoTime();
        bot.terminate();
        bot.awaitLine(line -> line.contains("Stopping"), Duration.ofSeconds(10));
        var refused = client.send(health, HttpResponse.BodyHandlers.ofString());
        modal.release();
        post.release();
        command[0].join(15_000);
        int exit = bot.awaitExit(Duration.ofSeconds(15));
        long stopMillis = (System.nanoTime() - stopAt) / 1_000_000;

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(commandFailure[0]).as("the command in flight").isNull();
        assertThat(commandStatus[0]).isEqualTo(200);
        assertThat(exit).isZero();
        assertThat(stopMillis).isLessThan(10_000);
        int postedBeforeStop =
                (int) acknowledged.stream().filter(c -> messagesIn(c) == 1).count();

        BotProcess next = BotProcess.start(dir, slack, Map.of());
        awaitDelivered(acknowledged, Duration.ofSeconds(60));
        awaitDrained(Duration.ofSeconds(30));
        System.out.printf(
                "SIGTERM: exit code %d after %d ms; the command in flight answered %d; %d of %d acknowledged posts"
                        + " made before the stop, the rest after the restart; doubled %d%n",
                exit,
                stopMillis,
                commandStatus[0],
                postedBeforeStop,
                acknowledged.size(),
                acknowledged.stream().filter(c -> messagesIn(c) > 1).count());
        assertThat(acknowledged).allSatisfy(c -> assertThat(messagesIn(c)).isEqualTo(1));
        next.terminate();
        assertThat(next.awaitExit(Duration.ofSeconds(15))).isZero();
    }
}
