package com.partnerbot.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Real databases with the production migrations, a new one per test: a SQLite file in the test's temporary folder, or
 * a database of its own on a PostgreSQL server started from Maven's binaries once per JVM (no installation).
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
    private static final String TEMPLATE = "partnerbot_migrated";

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
     * The PostgreSQL server of this JVM, started on first use and stopped when the JVM ends. A migrated template is
     * made once; each test's database is a copy of it (or of the empty template), so a test costs a copy, not a run
     * of every migration. The databases of earlier tests are dropped as new ones are made.
     */
    private static final class Postgres {
        static final Postgres SERVER = new Postgres();

        private EmbeddedPostgres server;
        private final Map<Path, String> databases = new LinkedHashMap<>();
        private int made;

        synchronized String database(Path folder, boolean migrated) {
            String existing = databases.get(folder);
            if (existing != null) {
                return url(existing);
            }
            try (Connection c = server().getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                for (String old : databases.values()) {
                    s.execute("DROP DATABASE IF EXISTS " + old + " WITH (FORCE)");
                }
                databases.clear();
                String name = "test_" + (++made);
                s.execute("CREATE DATABASE " + name + " TEMPLATE " + (migrated ? TEMPLATE : "template0"));
                databases.put(folder, name);
                return url(name);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL for tests: " + e.getMessage(), e);
            }
        }

        private EmbeddedPostgres server() throws SQLException {
            if (server == null) {
                try {
                    server = EmbeddedPostgres.builder().start();
                } catch (IOException e) {
                    throw new UncheckedIOException("The embedded PostgreSQL server did not start", e);
                }
                try (Connection c = server.getPostgresDatabase().getConnection();
                        Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + TEMPLATE + " TEMPLATE template0");
                }
                Database.open(url(TEMPLATE)).close();
            }
            return server;
        }

        private String url(String database) {
            return server.getJdbcUrl("postgres", database);
        }
    }
}
