package com.partnerbot.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.slack.SlackDelivery;
import com.partnerbot.store.Database;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.OutboxDao;
import com.partnerbot.store.OutboxRow;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.SlackStub;
import com.partnerbot.testing.TestClock;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * The sender keeps to Slack's one post per channel per second by itself, against the stub enforcing it on the same
 * clock: a channel owed several posts gets them a second or more apart, postponed rather than refused, while other
 * channels go at once; a timer is asked for the earliest postponed row.
 */
@OnEachDatabase
class OutboxPacingTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final String TEAM = "T1";

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-08-31T09:00:00Z");
    private final SlackStub slack = new SlackStub();
    private final List<Duration> timers = new ArrayList<>();
    private Database db;
    private OutboxSender sender;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        slack.clock(clock).limitPostsPerChannel(true);
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        Slack sdk = Slack.getInstance(config);
        var delivery = new SlackDelivery(team -> sdk.methods(SlackStub.BOT_TOKEN), sdk, clock);
        sender = new OutboxSender(
                db.jdbi(),
                clock,
                delivery,
                Runnable::run,
                new OutboxSender.Pace(ChannelPacer.slack(), Runnable::run, (delay, task) -> timers.add(delay)));
    }

    @AfterEach
    void close() {
        slack.close();
        db.close();
    }

    /** Adds a row a millisecond after the previous one, so rows are listed in the order added. */
    private String add(String channel, String text) {
        clock.advance(Duration.ofMillis(1));
        var message = new OutboxMessage(
                Kind.REMINDER, channel, text, Optional.empty(), Optional.empty(), Optional.empty(), "a reminder");
        return db.jdbi().inTransaction(h -> new Outbox(clock, () -> {}).add(h, TEAM, message));
    }

    private OutboxRow row(String id) {
        return db.jdbi().onDemand(OutboxDao.class).find(TEAM, id).orElseThrow();
    }

    private List<String> texts(String channel) {
        return slack.messagesIn(channel).stream()
                .map(m -> m.path("text").asText())
                .toList();
    }

    @Test
    void aChannelOwedThreePostsGetsThemASecondApartWhileOtherChannelsGoAtOnce() {
        String a = add("C1", "a");
        String b = add("C1", "b");
        String c = add("C1", "c");
        add("C2", "elsewhere");
        long start = clock.millis();

        assertThat(sender.sendDue()).isEqualTo(2);
        assertThat(texts("C1")).containsExactly("a");
        assertThat(texts("C2")).containsExactly("elsewhere");
        // Postponed, not tried: the next a second after the post ended, the one after a slot later.
        assertThat(row(b).status()).isEqualTo(OutboxRow.PENDING);
        assertThat(row(b).notBefore()).isEqualTo(start + 1_000);
        assertThat(row(c).notBefore()).isEqualTo(start + 2_200);
        assertThat(row(b).attempts()).isZero();
        assertThat(timers).containsExactly(Duration.ofSeconds(1));

        clock.advance(Duration.ofMillis(999));
        assertThat(sender.sendDue()).isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(sender.sendDue()).isEqualTo(1);
        clock.advance(Duration.ofMillis(1_200));
        assertThat(sender.sendDue()).isEqualTo(1);

        assertThat(texts("C1")).containsExactly("a", "b", "c");
        assertThat(row(a).status()).isEqualTo(OutboxRow.SENT);
        assertThat(row(c).status()).isEqualTo(OutboxRow.SENT);
        assertThat(slack.rateLimited()).isZero();
        assertThat(slack.landed().stream()
                        .filter(l -> l.channel().equals("C1"))
                        .map(l -> l.at().toEpochMilli() - start))
                .containsExactly(0L, 1_000L, 2_200L);
    }

    @Test
    void aPostMadeElsewhereThatSlackRefusesWith429HoldsTheChannelForItsRetryAfter() {
        String first = add("C1", "first");
        String second = add("C1", "second");
        slack.rateLimitNext("chat.postMessage", 5);
        long start = clock.millis();

        assertThat(sender.sendDue()).isZero();
        assertThat(row(first).notBefore()).isEqualTo(start + 5_000);
        assertThat(row(second).status()).isEqualTo(OutboxRow.PENDING);

        // The second, due a second later, waits for Slack's time too.
        clock.advance(Duration.ofMillis(1_000));
        assertThat(sender.sendDue()).isZero();
        assertThat(row(second).notBefore()).isEqualTo(start + 5_000);
        clock.advance(Duration.ofMillis(3_999));
        assertThat(sender.sendDue()).isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(texts("C1")).containsExactly("first");
        // One post a second from then on: the second gets the next slot.
        clock.advance(Duration.ofMillis(1_199));
        assertThat(sender.sendDue()).isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(texts("C1")).containsExactly("first", "second");
        assertThat(slack.rateLimited()).isZero();
    }

    @Test
    void withoutPacingTheStubsLimitRefusesTheSecondPostOfASecond() {
        var unpaced = new OutboxSender(
                db.jdbi(),
                clock,
                new SlackDelivery(
                        team -> Slack.getInstance(config()).methods(SlackStub.BOT_TOKEN),
                        Slack.getInstance(config()),
                        clock),
                Runnable::run);
        add("C1", "a");
        String b = add("C1", "b");

        assertThat(unpaced.sendDue()).isEqualTo(1);

        assertThat(slack.rateLimited()).isEqualTo(1);
        assertThat(row(b).lastError()).contains("ratelimited");
    }

    private SlackConfig config() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        return config;
    }
}
