package com.partnerbot.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Real databases with the production migrations, an empty one per test: a new SQLite file in the test's temporary
 * folder, or the tests' database, emptied, on a PostgreSQL server started from Maven's binaries once per JVM (nothing
 * to install).
 * Storage tests run on each kind ({@link OnEachDatabase}); {@code -Dpartnerbot.test.databases=sqlite} limits them to
 * the kinds named (mutation testing does, since the code under test is the same on both).
 */
public final class TestDatabases {
    /** The kinds of database the storage tests run on. */
    public enum Kind {
        SQLITE("SQLite"),
        POSTGRESQL("PostgreSQL");

        private final String shown;

        Kind(String shown) {
            this.shown = shown;
        }

        @Override
        public String toString() {
            return shown;
        }
    }

    static final String KINDS_PROPERTY = "partnerbot.test.databases";

    private TestDatabases() {}

    /** The kinds the storage tests run on: every kind, or those {@value #KINDS_PROPERTY} names. */
    public static Stream<Kind> kinds() {
        String named = System.getProperty(KINDS_PROPERTY, "");
        if (named.isBlank()) {
            return Arrays.stream(Kind.values());
        }
        return Arrays.stream(named.split(","))
                .map(name -> Kind.valueOf(name.strip().toUpperCase(Locale.ROOT)));
    }

    /** A SQLite file in {@code folder}, with the production migrations. */
    public static Database open(Path folder) {
        return open(Kind.SQLITE, folder);
    }

    public static String url(Path folder) {
        return url(Kind.SQLITE, folder);
    }

    /**
     * The database of {@code folder}, migrated: the same one for the same folder (a test that opens it again sees what
     * it left), a new one for a new folder.
     */
    public static Database open(Kind kind, Path folder) {
        if (kind == Kind.POSTGRESQL) {
            return Database.open(Postgres.SERVER.database(folder, true));
        }
        return Database.open(url(kind, folder));
    }

    /** The URL of the database of {@code folder}, empty until something migrates it (for migration tests). */
    public static String url(Kind kind, Path folder) {
        if (kind == Kind.POSTGRESQL) {
            return Postgres.SERVER.database(folder, false);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "jdbc:sqlite:" + folder.resolve("partnerbot-test.db");
    }

    /**
     * Runs {@code writes} with the foreign keys unchecked, on one connection: for rows that point at nothing, as a
     * database changed by hand or by an older version may hold.
     */
    public static void withoutForeignKeys(Jdbi jdbi, Consumer<Handle> writes) {
        jdbi.useHandle(h -> {
            boolean sqlite = isSqlite(h);
            // PostgreSQL checks foreign keys with triggers, which a replica's session does not fire.
            h.execute(sqlite ? "PRAGMA foreign_keys = OFF" : "SET session_replication_role = replica");
            try {
                writes.accept(h);
            } finally {
                h.execute(sqlite ? "PRAGMA foreign_keys = ON" : "SET session_replication_role = DEFAULT");
            }
        });
    }

    private static boolean isSqlite(Handle h) {
        try {
            return h.getConnection().getMetaData().getURL().startsWith("jdbc:sqlite:");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The PostgreSQL server of this JVM, started on first use and stopped when the JVM ends. Running every migration
     * for each test would cost more than most tests, and so would copying a migrated database ({@code CREATE DATABASE
     * ... TEMPLATE}, measured at three times the cost): one database is migrated once, and each test gets it emptied,
     * every row of every table deleted, the schema and its migration history kept, any connection a test left open
     * ended. A test that asks for an empty database, to run the migrations itself, gets a new one.
     */
    private static final class Postgres {
        static final Postgres SERVER = new Postgres();
        private static final String SHARED = "partnerbot_tests";

        private EmbeddedPostgres server;
        private final Map<Path, String> databases = new HashMap<>();
        private int made;

        synchronized String database(Path folder, boolean migrated) {
            String existing = databases.get(folder);
            if (existing != null) {
                return url(existing);
            }
            try {
                EmbeddedPostgres running = server();
                if (migrated) {
                    empty(running);
                    databases.values().remove(SHARED);
                    databases.put(folder, SHARED);
                } else {
                    String name = "empty_" + (++made);
                    execute(running, "CREATE DATABASE " + name + " TEMPLATE template0");
                    databases.put(folder, name);
                }
                return url(databases.get(folder));
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL for tests: " + e.getMessage(), e);
            }
        }

        private static void empty(EmbeddedPostgres running) throws SQLException {
            execute(
                    running,
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + SHARED
                            + "' AND pid <> pg_backend_pid()");
            try (Connection c = running.getDatabase("postgres", SHARED).getConnection();
                    Statement s = c.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                        + " AND tablename <> 'flyway_schema_history'")) {
                    while (r.next()) {
                        tables.add(r.getString(1));
                    }
                }
                // Foreign keys are triggers, which a replica's session does not fire: any order of deletes will do.
                s.execute("SET session_replication_role = replica");
                c.setAutoCommit(false);
                for (String table : tables) {
                    s.execute("DELETE FROM " + table);
                }
                c.commit();
            }
        }

        private static void execute(EmbeddedPostgres running, String sql) throws SQLException {
            try (Connection c = running.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }

        private EmbeddedPostgres server() throws SQLException {
            if (server == null) {
                try {
                    server = EmbeddedPostgres.builder().start();
                } catch (IOException e) {
                    throw new UncheckedIOException("The embedded PostgreSQL server did not start", e);
                }
                execute(server, "CREATE DATABASE " + SHARED + " TEMPLATE template0");
                Database.open(url(SHARED)).close();
            }
            return server;
        }

        private String url(String database) {
            return server.getJdbcUrl("postgres", database);
        }
    }
}
