package com.partnerbot.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Latencies by path, taken after a warm-up and printed as one table: samples, p50, p99 and max in milliseconds, the target and whether p99 meets
 * it. A path that could not be measured is listed with the reason.
 */
final class LatencyTable {
    private record Row(String path, long[] micros, Duration target, String note) {}

    private final List<Row> rows = new ArrayList<>();

    /** One timed request: the times of its phases in microseconds from the send, after checking what came back. */
    @FunctionalInterface
    interface Sample {
        long[] run(int i) throws Exception;
    }

    /** Runs {@code warmup} samples untimed, then {@code samples} timed: their times by phase. */
    static long[][] measure(int warmup, int samples, Sample sample) throws Exception {
        long[][] micros = null;
        for (int i = 0; i < warmup + samples; i++) {
            long[] phases = sample.run(i);
            if (micros == null) {
                micros = new long[phases.length][samples];
            }
            for (int p = 0; p < phases.length && i >= warmup; p++) {
                micros[p][i - warmup] = phases[p];
            }
        }
        return micros;
    }

    /** Adds a path's samples in microseconds (sorted here). */
    void add(String path, long[] micros, Duration target) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        rows.add(new Row(path, sorted, target, null));
    }

    void skipped(String path, Duration target, String why) {
        rows.add(new Row(path, new long[0], target, why));
    }

    String render() {
        StringBuilder out = new StringBuilder(String.format(
                "%-44s %7s %9s %9s %9s %8s  %s%n", "path", "samples", "p50 ms", "p99 ms", "max ms", "target", "p99"));
        for (Row row : rows) {
            String target = row.target().toMillis() + " ms";
            if (row.note() != null) {
                out.append(String.format(
                        "%-44s %7s %9s %9s %9s %8s  %s%n",
                        row.path(), "-", "-", "-", "-", target, "skipped: " + row.note()));
                continue;
            }
            long[] m = row.micros();
            int n = m.length;
            long p99 = m[n * 99 / 100];
            out.append(String.format(
                    "%-44s %7d %9.1f %9.1f %9.1f %8s  %s%n",
                    row.path(),
                    n,
                    m[n / 2] / 1000.0,
                    p99 / 1000.0,
                    m[n - 1] / 1000.0,
                    target,
                    p99 < row.target().toNanos() / 1000 ? "pass" : "FAIL"));
        }
        return out.toString();
    }
}
