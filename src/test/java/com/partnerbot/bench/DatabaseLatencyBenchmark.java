package com.partnerbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.e2e.RunningApp;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.Payloads;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The request paths that read and write the database, acknowledged over HTTP, on SQLite and on PostgreSQL one after
 * the other (the same application, the same requests): {@code /partner help} (no database), {@code /partner new} (a
 * draft stored, then {@code views.open}), a questionnaire step (the draft saved), the last step (partnership,
 * assessment and verdict post stored in one transaction), {@code /partner status} and {@code /partner list}. {@code
 * mvn test -Dgroups=benchmark -DexcludedGroups=none -Dtest=DatabaseLatencyBenchmark}.
 */
@Tag("benchmark")
class DatabaseLatencyBenchmark {
    private static final int WARMUP = Integer.getInteger("bench.warmup", 30);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 200);

    @TempDir
    Path dir;

    @Test
    void requestPathsOnEachDatabase() throws Exception {
        List<String> lines = new ArrayList<>();
        for (TestDatabases.Kind kind : TestDatabases.Kind.values()) {
            Path folder = Files.createDirectories(dir.resolve(kind.name()));
            try (RunningApp app = kind == TestDatabases.Kind.SQLITE
                    ? RunningApp.http(folder)
                    : RunningApp.http(TestDatabases.url(kind, folder))) {
                lines.addAll(measure(kind, app));
            }
        }
        lines.forEach(System.out::println);
    }

    private List<String> measure(TestDatabases.Kind kind, RunningApp app) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(line(kind, "/partner help", time(() -> app.command("help"))));
        int[] n = {0};
        lines.add(line(kind, "/partner new NAME (draft, views.open)", time(() -> app.command("new Draft " + n[0]++))));
        lines.add(line(kind, "questionnaire step 1 (draft saved)", timeFirstStep(app)));
        lines.add(line(kind, "last step (partnership, assessment, post)", timeLastStep(app)));
        lines.add(line(kind, "/partner status NAME", time(() -> app.command("status Partner 7"))));
        lines.add(line(kind, "/partner list", time(() -> app.command("list"))));
        return lines;
    }

    /** One timed run: prepares what it needs untimed, returns the microseconds of the request timed. */
    @FunctionalInterface
    private interface Run {
        long micros(int i) throws Exception;
    }

    /** {@link #SAMPLES} runs after {@link #WARMUP}. */
    private static long[] sample(Run run) throws Exception {
        long[] micros = new long[SAMPLES];
        for (int i = 0; i < WARMUP + SAMPLES; i++) {
            long elapsed = run.micros(i);
            if (i >= WARMUP) {
                micros[i - WARMUP] = elapsed;
            }
        }
        return micros;
    }

    /** Times {@code request}, checking Slack got a 200 and, when given, that the answer contains {@code expected}. */
    private static long timed(Callable<HttpResponse<String>> request, String expected) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = request.call();
        long elapsed = (System.nanoTime() - start) / 1_000;
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(expected);
        return elapsed;
    }

    private static long[] time(Callable<HttpResponse<String>> request) throws Exception {
        return sample(i -> timed(request, ""));
    }

    private static long[] timeFirstStep(RunningApp app) throws Exception {
        return sample(i -> {
            String metadata = Questionnaires.open(app, "Step " + i);
            String step = Payloads.viewSubmission(SlackIds.QUESTIONNAIRE_VIEW, metadata, "U1")
                    .text(SlackIds.NAME_BLOCK, "Step " + i)
                    .conversation(SlackIds.CHANNEL_BLOCK, "C1")
                    .user(SlackIds.OWNER_BLOCK, "U1")
                    .json();
            return timed(() -> app.signed.postInteraction(app.events, step), "\"update\"");
        });
    }

    private static long[] timeLastStep(RunningApp app) throws Exception {
        return sample(i -> {
            String lastStep = Questionnaires.answerUpToTheLastStep(app, "Partner " + i);
            String submit = Payloads.viewSubmission(SlackIds.QUESTIONNAIRE_VIEW, lastStep, "U1")
                    .text(SlackIds.EXIT_BLOCK, "End if no joint deal by week 8")
                    .json();
            long elapsed = timed(() -> app.signed.postInteraction(app.events, submit), "\"clear\"");
            app.work.runAll();
            return elapsed;
        });
    }

    private static String line(TestDatabases.Kind kind, String path, long[] micros) {
        java.util.Arrays.sort(micros);
        int n = micros.length;
        return String.format(
                "BENCHMARK %-10s %-45s p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (%d runs)",
                kind, path, micros[n / 2] / 1000.0, micros[n * 99 / 100] / 1000.0, micros[n - 1] / 1000.0, n);
    }
}
