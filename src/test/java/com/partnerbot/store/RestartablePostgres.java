package com.partnerbot.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * A PostgreSQL server of one test's own, which the test stops and starts again on the same port with the same data:
 * the database lost while the bot runs, and back. Stopping it is a fast shutdown, as an operator's restart or a
 * failover does: open connections are ended.
 */
public final class RestartablePostgres implements AutoCloseable {
    private final Path data;
    private final int port;
    private EmbeddedPostgres server;

    public RestartablePostgres(Path folder) {
        this.data = folder.resolve("postgres-data");
        this.port = freePort();
        start();
    }

    /** The server's own {@code postgres} database. */
    public String url() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    public void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = null;
    }

    public void start() {
        try {
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL server did not start", e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            stop();
        }
    }

    /**
     * True once {@code condition} holds, trying for at most ten seconds: a pool connects again to a server that is
     * back in its own time (a connection is made when one is asked for).
     */
    public static boolean eventually(BooleanSupplier condition) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.onSpinWait();
        }
        return condition.getAsBoolean();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
