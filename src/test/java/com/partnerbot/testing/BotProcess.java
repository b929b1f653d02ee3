package com.partnerbot.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The built jar ({@code target/partnerbot.jar}) running in its own JVM, in HTTP mode, against a Slack stub on
 * loopback, with its database in a folder of the test's. Its output is read line by line as it comes, so a test
 * waits for "up" or a log line as an event, and it can be killed ({@code kill -9}) or stopped (SIGTERM).
 */
public final class BotProcess implements AutoCloseable {
    public static final String SIGNING_SECRET = "8f742231b10e8888abcd99aaabbb85a5";
    private static final Path JAR = Path.of("target", "partnerbot.jar");

    private final Process process;
    private final int port;
    private final List<String> lines = new ArrayList<>();
    private final SignedRequests signed = new SignedRequests(SIGNING_SECRET, Clock.systemUTC());
    private final long startedNanos = System.nanoTime();
    private long upNanos;

    private BotProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        Thread reader = new Thread(() -> read(log), "bot-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the jar on a free port with the database {@code folder/partnerbot.db} and waits until it is up. */
    public static BotProcess start(Path folder, SlackStub slack, Map<String, String> extraEnv) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: fault tests run after `mvn package` (mvn verify)");
        }
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-jar",
                        JAR.toAbsolutePath().toString())
                .directory(folder.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("SLACK_") || k.equals("PLAYBOOK_FILE") || k.equals("DATABASE_URL"));
        env.put("SLACK_BOT_TOKEN", SlackStub.BOT_TOKEN);
        env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
        env.put("SLACK_API_URL", slack.apiUrl());
        env.put("PORT", Integer.toString(port));
        env.put("DATABASE_URL", "jdbc:sqlite:" + folder.resolve("partnerbot.db"));
        env.putAll(extraEnv);
        Path logs = Path.of("target", "bot-logs");
        Files.createDirectories(logs);
        Path log = logs.resolve("bot-" + System.nanoTime() + ".log");
        BotProcess bot = new BotProcess(builder.start(), port, log);
        bot.awaitLine(line -> line.contains("Partnerbot is up"), Duration.ofSeconds(60));
        bot.upNanos = System.nanoTime();
        return bot;
    }

    public URI events() {
        return URI.create("http://127.0.0.1:" + port + "/slack/events");
    }

    public URI health() {
        return URI.create("http://127.0.0.1:" + port + "/health");
    }

    public SignedRequests signed() {
        return signed;
    }

    public Process process() {
        return process;
    }

    /** Time since this process was started. */
    public Duration age() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** How long the process took to say it is up. */
    public Duration startTime() {
        return Duration.ofNanos(upNanos - startedNanos);
    }

    /** Time since it said it is up. */
    public Duration sinceUp() {
        return Duration.ofNanos(System.nanoTime() - upNanos);
    }

    /** {@code kill -9}: no shutdown hook, no clean-up, as when a machine dies. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * SIGTERM, as an orchestrator stops a container. Sent through the process handle: {@code Process.destroy()}
     * would also close our end of its output, and the lines it prints while stopping would be lost.
     */
    public void terminate() {
        process.toHandle().destroy();
    }

    /** Waits for the process to end; its exit code, or fails the test when it does not end within {@code max}. */
    public int awaitExit(Duration max) throws InterruptedException {
        if (!process.waitFor(max.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the bot did not stop within " + max);
        }
        return process.exitValue();
    }

    /** Every line the process printed so far. */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** Waits for a line of output matching {@code wanted}; fails the test when none comes within {@code max}. */
    public synchronized String awaitLine(Predicate<String> wanted, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        int checked = 0;
        while (true) {
            for (; checked < lines.size(); checked++) {
                if (wanted.test(lines.get(checked))) {
                    return lines.get(checked);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || (!process.isAlive() && checked == lines.size())) {
                throw new AssertionError("no such line within " + max + " ("
                        + (process.isAlive() ? "running" : "ended with exit code " + process.exitValue())
                        + "); output:\n" + String.join("\n", lines));
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    private void read(Path log) {
        try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.write(line);
                out.write('\n');
                synchronized (this) {
                    lines.add(line);
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // The process ended.
        } finally {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
