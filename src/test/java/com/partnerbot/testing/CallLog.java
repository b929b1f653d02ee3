package com.partnerbot.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * The calls one {@link SlackStub} received, in arrival order, safe to read from any thread.
 *
 * <p>Every call is also written to {@code target/slack-calls/} as {@code {"method": ..., "args": {...}}}, the
 * format the conformance checker validates against Slack's Block Kit schema. File names carry the process id, a
 * JVM-wide stub number and a JVM-wide sequence number, so stubs in different test classes never overwrite each
 * other and a later build does not silently reuse an earlier build's names.
 */
final class CallLog {
    static final Path CALLS_DIR = Path.of("target", "slack-calls");

    private static final AtomicInteger STUBS = new AtomicInteger();
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final ObjectMapper json;
    private final String filePrefix;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final List<RecordedCall> calls = new ArrayList<>();
    private final Map<String, Integer> awaited = new HashMap<>();
    private volatile boolean toDisk = true;

    CallLog(ObjectMapper json) {
        this.json = json;
        this.filePrefix = "p" + ProcessHandle.current().pid() + "-s" + STUBS.incrementAndGet();
        try {
            Files.createDirectories(CALLS_DIR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void record(RecordedCall call) {
        write(call);
        lock.lock();
        try {
            calls.add(call);
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    List<RecordedCall> all() {
        lock.lock();
        try {
            return List.copyOf(calls);
        } finally {
            lock.unlock();
        }
    }

    List<RecordedCall> of(String method) {
        return all().stream().filter(c -> c.method().equals(method)).toList();
    }

    /** The next call of {@code method} not returned by an earlier await, waiting up to {@code timeout}. */
    RecordedCall await(String method, Duration timeout) {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                int seen = awaited.getOrDefault(method, 0);
                int index = 0;
                for (RecordedCall call : calls) {
                    if (call.method().equals(method) && index++ == seen) {
                        awaited.put(method, seen + 1);
                        return call;
                    }
                }
                if (nanos <= 0) {
                    throw new AssertionError("no " + method + " call within " + timeout + "; calls so far: "
                            + calls.stream().map(RecordedCall::method).toList());
                }
                nanos = arrived.awaitNanos(nanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + method, e);
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return calls.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The first {@code count} calls at or after position {@code from} (in arrival order) that {@code matches}, waiting
     * until that many have arrived, up to {@code timeout}.
     */
    List<RecordedCall> await(int from, Predicate<RecordedCall> matches, int count, Duration timeout) {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            List<RecordedCall> found = new ArrayList<>();
            int next = from;
            while (true) {
                for (; next < calls.size() && found.size() < count; next++) {
                    if (matches.test(calls.get(next))) {
                        found.add(calls.get(next));
                    }
                }
                if (found.size() == count) {
                    return found;
                }
                if (nanos <= 0) {
                    throw new AssertionError(found.size() + " of " + count + " matching calls within " + timeout
                            + "; calls since: "
                            + calls.subList(Math.min(from, calls.size()), calls.size()).stream()
                                    .map(RecordedCall::method)
                                    .toList());
                }
                nanos = arrived.awaitNanos(nanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for calls", e);
        } finally {
            lock.unlock();
        }
    }

    /** Writes a call for the conformance checker without counting it as received (e.g. an HTTP ack body). */
    void writeOnly(RecordedCall call) {
        write(call);
    }

    /** Whether calls are written for the conformance checker (a benchmark's thousands of posts need not be). */
    void toDisk(boolean write) {
        toDisk = write;
    }

    private void write(RecordedCall call) {
        if (!toDisk) {
            return;
        }
        ObjectNode file = json.createObjectNode();
        file.put("method", call.method());
        file.set("args", call.args());
        String name = String.format(
                "%s-%06d-%s.json",
                filePrefix, SEQUENCE.incrementAndGet(), call.method().replaceAll("[^A-Za-z0-9._-]", "_"));
        try {
            json.writerWithDefaultPrettyPrinter()
                    .writeValue(CALLS_DIR.resolve(name).toFile(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
