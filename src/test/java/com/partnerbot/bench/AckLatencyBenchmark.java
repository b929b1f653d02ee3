package com.partnerbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.e2e.RunningApp;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures how long the bot takes to acknowledge a signed {@code /partner help} over loopback. Not part of the
 * normal test run: {@code mvn test -Dgroups=benchmark -DexcludedGroups=none}. Prints p50 and p99.
 */
@Tag("benchmark")
class AckLatencyBenchmark {
    private static final int WARMUP = 100;
    private static final int MEASURED = 200;

    @TempDir
    Path dir;

    @Test
    void helpAcknowledgement() throws Exception {
        try (RunningApp app = RunningApp.http(dir)) {
            for (int i = 0; i < WARMUP; i++) {
                app.signed.postCommand(app.events, "/partner", "help", "U1", "C1");
            }
            long[] micros = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long start = System.nanoTime();
                int status = app.signed
                        .postCommand(app.events, "/partner", "help", "U1", "C1")
                        .statusCode();
                micros[i] = (System.nanoTime() - start) / 1_000;
                assertThat(status).isEqualTo(200);
            }
            Arrays.sort(micros);
            System.out.printf(
                    "BENCHMARK /partner help ack over %d requests: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    MEASURED,
                    micros[MEASURED / 2] / 1000.0,
                    micros[MEASURED * 99 / 100] / 1000.0,
                    micros[MEASURED - 1] / 1000.0);
        }
    }
}
