package com.partnerbot.bench;

import static com.partnerbot.bench.PortfolioAnswers.assertShowsTheTotal;
import static com.partnerbot.bench.PortfolioAnswers.nextValue;
import static com.partnerbot.bench.PortfolioAnswers.publishedFor;
import static com.partnerbot.bench.PortfolioAnswers.range;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.e2e.RunningApp;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.portfolio.PortfolioIds;
import com.partnerbot.testing.Payloads;
import com.partnerbot.testing.RecordedCall;
import com.partnerbot.testing.SlackStub;
import com.partnerbot.testing.StubFiles;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace with 10,000 partnerships (and a few hundred in another workspace) lived in through the services (see
 * {@link PortfolioSeed}), then the real application on that SQLite file, driven over signed HTTP with the production
 * thread pool, against the Slack stub on loopback. Each path is timed from the request's send to what the person
 * sees: the HTTP answer for commands that answer in it; the {@code response_url} post for Next; {@code
 * views.publish} for Home (one at a time, then bursts of 20 people at once, timed to the twentieth); {@code
 * files.completeUploadExternal} for the export, when the app has one. Prints p50, p99 and max against the targets;
 * asserts that every answer was the right one, never a time. {@code mvn test -Dgroups=benchmark -DexcludedGroups=none
 * -Dtest=PortfolioAtScaleBenchmark}; {@code -Dbench.partnerships=1000} runs a smaller one, {@code
 * -Dbench.seedCache=target/bench} seeds once for several runs (before and after a change).
 */
@Tag("benchmark")
class PortfolioAtScaleBenchmark {
    private static final int PARTNERSHIPS = Integer.getInteger("bench.partnerships", 10_000);
    private static final int OTHERS = Integer.getInteger("bench.otherPartnerships", 300);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 200);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 30);
    private static final int BURSTS = Integer.getInteger("bench.bursts", 10);
    private static final int EXPORTS = Integer.getInteger("bench.exports", 5);
    private static final int BURST = 20;

    private static final Duration INTERACTIVE = Duration.ofMillis(100);
    private static final Duration BURST_TARGET = Duration.ofMillis(500);
    private static final Duration EXPORT_TARGET = Duration.ofSeconds(5);
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static final String OTHER_TEAM = "T0OTHER";
    private static final String USER = "U0BENCH";
    private static final String CHANNEL = "C0BENCH";

    @TempDir
    Path dir;

    private final Random random = new Random(7);
    private final LatencyTable table = new LatencyTable();
    private RunningApp app;

    @Test
    void portfolioOfTenThousand() throws Exception {
        long begun = System.nanoTime();
        SeededFile.at(RunningApp.databaseFile(dir), SlackStub.TEAM_ID, PARTNERSHIPS, OTHER_TEAM, OTHERS);
        long measuring = System.nanoTime();
        try (RunningApp running = RunningApp.httpWithThreads(dir)) {
            app = running;
            // Writing each call for the conformance checker would be timed too: one of each is written at the end.
            app.slack.callsToDisk(false);
            table.add("/partner list (ack)", measure(this::list)[0], INTERACTIVE);
            long[][] next = measure(nextClicks());
            table.add("Next (ack)", next[0], INTERACTIVE);
            table.add("Next (response_url post)", next[1], INTERACTIVE);
            table.add("/partner status NAME (ack)", measure(this::status)[0], INTERACTIVE);
            table.add("/partner status TYPO (ack)", measure(this::typo)[0], INTERACTIVE);
            table.add("/partner history NAME (ack)", measure(this::history)[0], INTERACTIVE);
            table.add("Home opened (views.publish)", measure(this::home)[0], INTERACTIVE);
            table.add("Home, 20 at once (20th views.publish)", bursts(), BURST_TARGET);
            export();
            app.slack.callsToDisk(true);
            oneOfEachForTheSchemaCheck();
        }
        System.out.printf(
                "BENCHMARK portfolio at scale, %,d partnerships, %d samples a path (measured in %.1f s, %.1f s in"
                        + " all; load average %.1f on %d processors):%n%s",
                PARTNERSHIPS,
                SAMPLES,
                seconds(measuring),
                seconds(begun),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(),
                table.render());
    }

    private long[][] measure(LatencyTable.Sample sample) throws Exception {
        return LatencyTable.measure(WARMUP, SAMPLES, sample);
    }

    private long[] list(int i) throws Exception {
        long start = System.nanoTime();
        var response = command("list");
        long ack = micros(start);
        assertThat(range(app.json(response.body()).path("text").asText())[2]).isEqualTo(PARTNERSHIPS);
        return new long[] {ack};
    }

    /** Clicks Next on the list, then on each page it brings, as a person reading on; back to the top at the end. */
    private LatencyTable.Sample nextClicks() throws Exception {
        JsonNode first = app.json(command("list").body());
        String top = nextValue(first.path("blocks"));
        assertThat(top).as("the first page has a Next button").isNotNull();
        String[] value = {top};
        int[] shown = {range(first.path("text").asText())[1]};
        return i -> {
            String click = Payloads.buttonAction(
                    PortfolioIds.LIST_NEXT_ACTION, value[0], USER, null, CHANNEL, app.slack.responseUrl("next-" + i));
            int mark = app.slack.callCount();
            long start = System.nanoTime();
            var response = app.signed.postInteraction(app.events, click);
            long ack = micros(start);
            RecordedCall post =
                    await(mark, call -> call.method().equals("response_url"), 1).get(0);
            long posted = micros(start);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(post.arg("replace_original")).isEqualTo("true");
            int[] range = range(post.arg("text"));
            assertThat(range[0]).as("the page after the one shown").isEqualTo(shown[0] + 1);
            assertThat(range[2]).isEqualTo(PARTNERSHIPS);
            String after = nextValue(post.args().path("blocks"));
            value[0] = after == null ? top : after;
            shown[0] = after == null ? range(first.path("text").asText())[1] : range[1];
            return new long[] {ack, posted};
        };
    }

    private long[] status(int i) throws Exception {
        String name = SeedTexts.name(random.nextInt(PARTNERSHIPS));
        long start = System.nanoTime();
        var response = command("status " + name);
        long ack = micros(start);
        assertThat(app.json(response.body()).path("text").asText())
                .startsWith(name + ": ")
                .doesNotContain("No partnership");
        return new long[] {ack};
    }

    private long[] typo(int i) throws Exception {
        int meant = random.nextInt(PARTNERSHIPS);
        long start = System.nanoTime();
        var response = command("status " + SeedTexts.typo(meant, random));
        long ack = micros(start);
        JsonNode body = app.json(response.body());
        assertThat(body.path("text").asText()).startsWith("No partnership named");
        assertThat(body.path("blocks").toString()).as("suggests the name meant").contains(SeedTexts.name(meant));
        return new long[] {ack};
    }

    private long[] history(int i) throws Exception {
        String name = SeedTexts.name(random.nextInt(PARTNERSHIPS));
        long start = System.nanoTime();
        var response = command("history " + name);
        long ack = micros(start);
        assertThat(app.json(response.body()).path("text").asText()).startsWith("History of " + name + ": ");
        return new long[] {ack};
    }

    private long[] home(int i) throws Exception {
        String user = String.format("U0HOME%04d", i);
        int mark = app.slack.callCount();
        long start = System.nanoTime();
        var response = app.signed.postEvent(app.events, Payloads.appHomeOpened(user, "Ev0HOME" + i));
        RecordedCall published = await(mark, publishedFor(Set.of(user)), 1).get(0);
        long elapsed = micros(start);
        assertThat(response.statusCode()).isEqualTo(200);
        assertShowsTheTotal(published.arg("view"), PARTNERSHIPS);
        return new long[] {elapsed};
    }

    /** Twenty people open Home at the same moment; timed until the twentieth Home is published. */
    private long[] bursts() throws Exception {
        ExecutorService people = Executors.newFixedThreadPool(BURST);
        try {
            return LatencyTable.measure(2, BURSTS, b -> {
                List<String> users = new ArrayList<>();
                List<Future<HttpResponse<String>>> sent = new ArrayList<>();
                CountDownLatch go = new CountDownLatch(1);
                for (int k = 0; k < BURST; k++) {
                    String user = String.format("U0BURST%02d%02d", b, k);
                    String event = Payloads.appHomeOpened(user, "Ev0BURST" + b + "x" + k);
                    users.add(user);
                    sent.add(people.submit(() -> {
                        go.await();
                        return app.signed.postEvent(app.events, event);
                    }));
                }
                int mark = app.slack.callCount();
                long start = System.nanoTime();
                go.countDown();
                List<RecordedCall> published = await(mark, publishedFor(Set.copyOf(users)), BURST);
                long elapsed = micros(start);
                for (var response : sent) {
                    assertThat(response.get().statusCode()).isEqualTo(200);
                }
                published.forEach(call -> assertShowsTheTotal(call.arg("view"), PARTNERSHIPS));
                return new long[] {elapsed};
            })[0];
        } finally {
            people.shutdownNow();
        }
    }

    /** {@code /partner export}, timed to the file's upload completed; skipped while the app has no export. */
    private void export() throws Exception {
        String help = command("help").body();
        if (!help.contains(SlackIds.COMMAND + " export")) {
            table.skipped("/partner export (files.completeUploadExternal)", EXPORT_TARGET, "no export subcommand");
            System.out.println("BENCHMARK portfolio at scale: /partner export is not in the help; not measured");
            return;
        }
        long[] micros = LatencyTable.measure(1, EXPORTS, i -> {
            int mark = app.slack.callCount();
            long start = System.nanoTime();
            var response = command("export");
            RecordedCall completed = await(mark, call -> call.method().equals("files.completeUploadExternal"), 1)
                    .get(0);
            long elapsed = micros(start);
            // The workspace's partnerships, all of them and only them: announced, then uploaded and shared.
            assertShowsTheTotal(app.json(response.body()).path("text").asText(), PARTNERSHIPS);
            String shared = app.json(completed.arg("files")).path(0).path("id").asText();
            StubFiles.UploadedFile file = app.slack.files().stream()
                    .filter(f -> f.id().equals(shared))
                    .findFirst()
                    .orElseThrow();
            assertThat(new String(file.bytes(), StandardCharsets.UTF_8).lines().count())
                    .as("a header and a line per partnership")
                    .isGreaterThan(PARTNERSHIPS);
            return new long[] {elapsed};
        })[0];
        table.add("/partner export (files.completeUploadExternal)", micros, EXPORT_TARGET);
    }

    /** One of each answer and view, written for the Block Kit schema check now that writing is not timed. */
    private void oneOfEachForTheSchemaCheck() throws Exception {
        for (String text : List.of(
                "list",
                "status " + SeedTexts.name(1),
                "status " + SeedTexts.typo(2, random),
                "history " + SeedTexts.name(3))) {
            app.command(text, USER, CHANNEL);
        }
        String next = nextValue(app.json(command("list").body()).path("blocks"));
        int mark = app.slack.callCount();
        app.interaction(Payloads.buttonAction(
                PortfolioIds.LIST_NEXT_ACTION, next, USER, null, CHANNEL, app.slack.responseUrl("next-schema")));
        app.signed.postEvent(app.events, Payloads.appHomeOpened(USER, "Ev0HOMESCHEMA"));
        await(mark, call -> call.method().equals("response_url"), 1);
        await(mark, publishedFor(Set.of(USER)), 1);
    }

    private HttpResponse<String> command(String text) {
        var response = app.signed.postCommand(app.events, "/partner", text, USER, CHANNEL);
        assertThat(response.statusCode()).as("/partner " + text).isEqualTo(200);
        return response;
    }

    private List<RecordedCall> await(int mark, Predicate<RecordedCall> matches, int count) {
        return app.slack.awaitCalls(mark, matches, count, WAIT);
    }

    private static long micros(long start) {
        return (System.nanoTime() - start) / 1_000;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
