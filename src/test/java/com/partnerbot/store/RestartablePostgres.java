package com.partnerbot.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A PostgreSQL server that tests stop and start again on the same port with the same data: the database lost while
 * the bot runs, and back. Stopping it is a fast shutdown, as an operator's restart or a failover does: open
 * connections are ended. One per JVM, apart from the storage tests' server, started on first use; each test takes a
 * new database on it and leaves it running.
 */
public final class RestartablePostgres {
    private static RestartablePostgres shared;

    private final Path data;
    private final int port;
    private EmbeddedPostgres server;
    private int made;

    private RestartablePostgres(Path data) {
        this.data = data;
        this.port = freePort();
        start();
    }

    /** The server of this JVM, running. */
    public static synchronized RestartablePostgres shared() {
        if (shared == null) {
            try {
                Path data = Files.createTempDirectory("partnerbot-postgres");
                RestartablePostgres started = new RestartablePostgres(data.resolve("data"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> started.remove(data)));
                shared = started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** A new, empty database on the server (started again if a test before left it stopped). */
    public synchronized String freshDatabase() {
        if (server == null) {
            start();
        }
        String name = "outage_" + (++made);
        try (Connection c = DriverManager.getConnection(url("postgres"));
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return url(name);
    }

    private String url(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=postgres";
    }

    public synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = null;
    }

    public synchronized void start() {
        try {
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL server did not start", e);
        }
    }

    /** Starts the server again and waits until {@code db}'s pool has connected to it again. */
    public void startAgain(Database db) {
        start();
        if (!eventually(db::isUp)) {
            throw new AssertionError("the pool did not connect again to the server started again");
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

    private synchronized void remove(Path folder) {
        if (server != null) {
            stop();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system clears it in the end
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
