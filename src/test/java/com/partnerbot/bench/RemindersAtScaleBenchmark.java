package com.partnerbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.outbox.ChannelPacer;
import com.partnerbot.outbox.Outbox;
import com.partnerbot.outbox.OutboxSender;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.reminders.ReminderScheduler;
import com.partnerbot.reminders.Reminders;
import com.partnerbot.slack.BackgroundWork;
import com.partnerbot.slack.SlackDelivery;
import com.partnerbot.slack.reminders.ReminderMessages;
import com.partnerbot.store.Database;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.SlackStub;
import com.partnerbot.testing.TestReminders;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 reminders due at the same instant (09:00 for a thousand partnerships, ten each) in 1,000 channels, against
 * the Slack stub enforcing one post per channel per second. Driven as in production, on the real clock: the sweep by
 * db-scheduler every 10 s, the outbox sender on the background pool with its one-second poll, its timer and eight
 * posting threads, a real SQLite file. Each reminder must be posted once, within 60 s of its time, with no channel
 * given two posts within a second. {@code mvn test -Dgroups=benchmark -DexcludedGroups=none
 * -Dtest=RemindersAtScaleBenchmark}; with {@code -Dbench.database=postgresql -Dbench.instances=3}, three instances
 * share the work on one PostgreSQL database (each its own pool, sweep, sender and pacer), with {@code
 * -Dbench.channels=100}, 1,000 reminders.
 */
@Tag("benchmark")
class RemindersAtScaleBenchmark {
    private static final int CHANNELS = Integer.getInteger("bench.channels", 1_000);
    private static final int PER_CHANNEL = 10;
    private static final int REMINDERS = CHANNELS * PER_CHANNEL;
    private static final String TEAM = "T0STUB";
    private static final Duration LEAD = Duration.ofSeconds(20);
    /** {@code -Dbench.database=postgresql} runs it on PostgreSQL, where {@code -Dbench.instances=3} runs three. */
    private static final TestDatabases.Kind DATABASE = TestDatabases.Kind.valueOf(
            System.getProperty("bench.database", "sqlite").toUpperCase(Locale.ROOT));

    private static final int INSTANCES = Integer.getInteger("bench.instances", 1);

    @TempDir
    Path dir;

    @Test
    void tenThousandRemindersDueTogetherInAThousandChannels() throws Exception {
        Clock clock = Clock.systemUTC();
        List<Database> databases = new ArrayList<>();
        List<Instance> instances = new ArrayList<>();
        try (SlackStub slack = new SlackStub().callsToDisk(false).limitPostsPerChannel(true)) {
            for (int i = 0; i < INSTANCES; i++) {
                // The same folder is the same database: each instance gets a pool of its own on it.
                databases.add(TestDatabases.open(DATABASE, dir));
            }
            Database db = databases.get(0);
            Instant due = clock.instant().plus(LEAD).truncatedTo(ChronoUnit.SECONDS);
            long inserting = System.nanoTime();
            schedule(db, due);
            System.out.printf(
                    "BENCHMARK reminders at scale: %d reminders stored in %d ms on %s, %d instance(s)%n",
                    REMINDERS, (System.nanoTime() - inserting) / 1_000_000, DATABASE, INSTANCES);
            assertThat(clock.instant()).isBefore(due);
            for (Database each : databases) {
                instances.add(Instance.start(each, slack, clock));
            }
            // Done when every reminder is posted and nothing is left in the outbox that could post again.
            var drained = new CompletableFuture<Void>();
            var watch = Executors.newSingleThreadScheduledExecutor();
            watch.scheduleWithFixedDelay(
                    () -> {
                        if (slack.landedCount() >= REMINDERS && unsent(db) == 0) {
                            drained.complete(null);
                        }
                    },
                    0,
                    200,
                    TimeUnit.MILLISECONDS);
            try {
                drained.get(180, TimeUnit.SECONDS);
            } finally {
                watch.shutdownNow();
                instances.forEach(Instance::close);
            }
            report(slack, db, due);
        } finally {
            databases.forEach(Database::close);
        }
    }

    /** One instance of the bot as far as reminders go: its sweep, its outbox sender, its pools. */
    private record Instance(
            BackgroundWork work, ExecutorService posting, OutboxSender sender, ReminderScheduler scheduler)
            implements AutoCloseable {
        static Instance start(Database db, SlackStub slack, Clock clock) {
            BackgroundWork work = BackgroundWork.pool(4);
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(slack.apiUrl());
            config.setStatsEnabled(false);
            config.setHttpClientReadTimeoutMillis(10_000);
            Slack sdk = Slack.getInstance(config);
            var delivery = new SlackDelivery(team -> sdk.methods(SlackStub.BOT_TOKEN), sdk, clock);
            ExecutorService posting = Executors.newFixedThreadPool(8);
            var sender = new OutboxSender(
                    db.jdbi(),
                    clock,
                    delivery,
                    work::run,
                    new OutboxSender.Pace(ChannelPacer.slack(), posting, work::runAfter));
            var outbox = new Outbox(clock, sender::wake);
            var reminders = new Reminders(
                    db.jdbi(),
                    clock,
                    outbox,
                    new ReminderMessages(PlaybookLoader.loadDefault()),
                    Reminders.ActivityListener.NONE);
            work.every(Duration.ofSeconds(1), sender::wake);
            return new Instance(work, posting, sender, new ReminderScheduler(db.dataSource(), reminders).start());
        }

        @Override
        public void close() {
            scheduler.close();
            sender.stop();
            posting.shutdown();
            work.close();
        }
    }

    /** The sweep on its own: how fast it hands due reminders to the outbox when nothing else writes. */
    @Test
    void theSweepAlone() {
        Clock clock = Clock.systemUTC();
        try (Database db = TestDatabases.open(DATABASE, dir)) {
            Instant due = clock.instant().minusSeconds(1);
            schedule(db, due);
            var reminders = new Reminders(
                    db.jdbi(),
                    clock,
                    new Outbox(clock, () -> {}),
                    new ReminderMessages(PlaybookLoader.loadDefault()),
                    Reminders.ActivityListener.NONE);
            long start = System.nanoTime();
            int queued = reminders.sendDue();
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(
                    "BENCHMARK reminder sweep alone: %d reminders queued in %d ms (%.0f/s)%n",
                    queued, millis, queued * 1000.0 / Math.max(1, millis));
            assertThat(queued).isEqualTo(REMINDERS);
        }
    }

    private static int unsent(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM outbox WHERE team_id = :t AND status IN ('pending', 'sending')")
                .bind("t", TEAM)
                .mapTo(Integer.class)
                .one());
    }

    /**
     * A thousand partnerships, each in its own channel, each with ten follow-ups due at {@code due}. On PostgreSQL the
     * tables' statistics are then brought up to date, as autovacuum keeps them in a database that has been running: a
     * table filled a second before has none yet, and the sweep's statements planned without them run several times
     * slower (144-175 reminders/s against 740/s).
     */
    private static void schedule(Database db, Instant due) {
        TestReminders.dueTogether(
                db.jdbi(), TEAM, CHANNELS, PER_CHANNEL, due, Instant.now().toEpochMilli());
        if (DATABASE == TestDatabases.Kind.POSTGRESQL) {
            db.jdbi().useHandle(h -> h.execute("ANALYZE"));
        }
    }

    private static void report(SlackStub slack, Database db, Instant due) {
        List<SlackStub.Landed> landed = slack.landed();
        Set<String> outboxIds = new HashSet<>();
        Map<String, List<Long>> byChannel = new HashMap<>();
        long[] lateness = new long[landed.size()];
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < landed.size(); i++) {
            SlackStub.Landed post = landed.get(i);
            outboxIds.add(post.message()
                    .path("metadata")
                    .path("event_payload")
                    .path("outbox_id")
                    .asText());
            long at = post.at().toEpochMilli();
            byChannel.computeIfAbsent(post.channel(), k -> new ArrayList<>()).add(at);
            lateness[i] = at - due.toEpochMilli();
            first = Math.min(first, at);
            last = Math.max(last, at);
        }
        int maxPerSecond = 0;
        for (List<Long> times : byChannel.values()) {
            times.sort(Long::compare);
            for (int i = 0, j = 0; i < times.size(); i++) {
                while (times.get(i) - times.get(j) >= 1_000) {
                    j++;
                }
                maxPerSecond = Math.max(maxPerSecond, i - j + 1);
            }
        }
        java.util.Arrays.sort(lateness);
        int n = lateness.length;
        int duplicates = landed.size() - outboxIds.size();
        // The sweep hands each reminder to the outbox in the transaction that marks it sent: the outbox rows' times
        // say when it began and ended.
        var sweep = db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT MIN(o.created_at) AS first, MAX(o.created_at) AS last, COUNT(*) AS sent"
                                + " FROM reminder r JOIN outbox o ON o.team_id = r.team_id AND o.id = r.outbox_id"
                                + " WHERE r.team_id = :t AND r.status = 'sent'")
                .bind("t", TEAM)
                .mapToMap()
                .one());
        long swept = ((Number) sweep.get("last")).longValue() - ((Number) sweep.get("first")).longValue();
        System.out.printf(
                "BENCHMARK reminders at scale: %d posts in %d channels; sweep started %.1f s after due, queued %s"
                        + " reminders in %.2f s; first post %.1f s, last post %.1f s after due; lateness p50 %.1f s,"
                        + " p99 %.1f s, max %.1f s; %.0f posts/s from first to last; max posts per channel in any"
                        + " second %d; duplicates %d; 429s received %d%n",
                landed.size(),
                byChannel.size(),
                (((Number) sweep.get("first")).longValue() - due.toEpochMilli()) / 1000.0,
                sweep.get("sent"),
                swept / 1000.0,
                (first - due.toEpochMilli()) / 1000.0,
                (last - due.toEpochMilli()) / 1000.0,
                lateness[n / 2] / 1000.0,
                lateness[n * 99 / 100] / 1000.0,
                lateness[n - 1] / 1000.0,
                landed.size() * 1000.0 / Math.max(1, last - first),
                maxPerSecond,
                duplicates,
                slack.rateLimited());
        assertThat(landed).hasSize(REMINDERS);
        assertThat(duplicates).isZero();
        assertThat(byChannel).hasSize(CHANNELS);
        assertThat(maxPerSecond).isEqualTo(1);
        assertThat(lateness[n - 1]).isLessThanOrEqualTo(60_000);
        assertThat(((Number) sweep.get("sent")).intValue()).isEqualTo(REMINDERS);
        assertThat(slack.rateLimited()).isZero();
    }
}
