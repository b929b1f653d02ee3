package com.partnerbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The database: a connection pool, the schema migrated by Flyway, and a Jdbi handle factory. SQLite (one file, one
 * process) or PostgreSQL (one database, any number of processes), chosen by the JDBC URL; the same migrations run on
 * both, with a folder per vendor for what must differ.
 *
 * <p>SQLite under a thread pool fails with "database is locked" unless writers take the lock at the start of the
 * transaction: WAL lets readers run beside a writer, {@code transaction_mode=IMMEDIATE} makes a transaction that
 * reads then writes wait for the lock instead of failing, and {@code busy_timeout} bounds that wait. So SQLite runs
 * one writing transaction at a time, and the code is written for that: PostgreSQL's transactions are made to take turns
 * the same way ({@link SerialTransactions}).
 *
 * <p>PostgreSQL is a server that can go away while the bot runs. The pool then waits at most {@link
 * #POSTGRESQL_WAIT_MS} for a connection, so a request from Slack is answered in its three seconds with a plain
 * message ({@link #unreachable(Throwable)} tells that failure from others), and connects again by itself when the
 * server is back.
 */
public final class Database implements AutoCloseable {
    private static final int SQLITE_POOL_SIZE = 4;
    static final int POSTGRESQL_POOL_SIZE = 10;
    /** How long a caller waits for a PostgreSQL connection: well inside Slack's three seconds. */
    static final long POSTGRESQL_WAIT_MS = 2_000;

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final boolean shared;

    private Database(HikariDataSource dataSource, boolean postgresql) {
        this.dataSource = dataSource;
        this.shared = postgresql;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        if (postgresql) {
            jdbi.setTransactionHandler(new SerialTransactions());
        }
    }

    /** The database cannot be opened at start (not running, unknown host, login refused): the driver's words. */
    public static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** Opens the pool and brings the schema up to date; the login, if any, is in the URL. */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, Optional.empty(), Optional.empty());
    }

    /**
     * Opens the pool and brings the schema up to date. {@code user} and {@code password} are the login when the URL
     * does not carry it. Throws {@link Unavailable} when the database cannot be reached or refuses the login.
     */
    public static Database open(String jdbcUrl, Optional<String> user, Optional<String> password) {
        boolean postgresql = "postgresql".equals(vendor(jdbcUrl));
        Properties driver = new Properties();
        if (postgresql) {
            // The driver's own limits, unless the URL sets them: a server that stops answering (a network cut rather
            // than a stop) fails the query instead of holding its thread.
            driver.setProperty("connectTimeout", "5");
            driver.setProperty("socketTimeout", "30");
            driver.setProperty("ApplicationName", "partnerbot");
        } else {
            driver.setProperty("journal_mode", "WAL");
            driver.setProperty("synchronous", "NORMAL");
            driver.setProperty("busy_timeout", "10000");
            driver.setProperty("foreign_keys", "true");
            driver.setProperty("transaction_mode", "IMMEDIATE");
        }
        tryToConnect(jdbcUrl, driver, user, password);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("partnerbot-db");
        config.setMinimumIdle(1);
        config.setDataSourceProperties(driver);
        user.ifPresent(config::setUsername);
        password.ifPresent(config::setPassword);
        if (postgresql) {
            config.setMaximumPoolSize(POSTGRESQL_POOL_SIZE);
            config.setConnectionTimeout(POSTGRESQL_WAIT_MS);
            config.setValidationTimeout(1_000);
        } else {
            config.setMaximumPoolSize(SQLITE_POOL_SIZE);
            config.setConnectionTimeout(10_000);
        }
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new Unavailable(reason(e.getCause() == null ? e : e.getCause()), e);
        }
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    // Shared SQL, and what differs by database (the scheduler's table, a data move) per vendor.
                    .locations("classpath:db/migration", "classpath:db/vendor/" + vendor(jdbcUrl))
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource, postgresql);
    }

    /**
     * One connection made and closed before the pool starts, so a database that cannot be reached or refuses the
     * login is {@link Unavailable} with the driver's words, not a pool's error with its stack trace in the log.
     */
    private static void tryToConnect(
            String jdbcUrl, Properties driver, Optional<String> user, Optional<String> password) {
        Properties properties = new Properties();
        properties.putAll(driver);
        user.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        try (Connection connection = DriverManager.getConnection(jdbcUrl, properties)) {
            connection.isValid(1);
        } catch (SQLException e) {
            throw new Unavailable(reason(e), e);
        }
    }

    /** The folder of database-specific migrations: {@code jdbc:sqlite:...} gives {@code sqlite}. */
    static String vendor(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:".length());
        return rest.substring(0, rest.indexOf(':'));
    }

    /**
     * The first line of what the driver said, and what it failed on when that adds something ("The connection attempt
     * failed: unknown host db.example.com"): one line, in words, for the person starting the bot.
     */
    private static String reason(Throwable e) {
        String message = firstLine(e);
        String bare = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        Throwable cause = e.getCause();
        if (cause instanceof UnknownHostException) {
            return bare + ": unknown host " + cause.getMessage();
        }
        if (cause != null && cause != e && !(cause instanceof SQLException) && cause.getMessage() != null) {
            return bare + " (" + firstLine(cause) + ")";
        }
        return message;
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().strip();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end).strip();
    }

    /**
     * True when {@code failure} comes from the database being out of reach (no connection can be made, a connection
     * lost, the server shutting down), as opposed to a mistake in a query or in the data, or every connection of the
     * pool being busy (the pool's timeout then has no failed connection behind it).
     */
    public static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exceptions; 57P01-57P03: the server shutting down, crashed, or not yet accepting.
                if (state.startsWith("08") || state.startsWith("57P0")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether other instances may be using this database at the same time: a PostgreSQL server may serve several; a
     * SQLite file serves one process.
     */
    public boolean shared() {
        return shared;
    }

    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** True when the database answers a trivial query; health checks use it. */
    public boolean isUp() {
        try {
            return jdbi.withHandle(
                            h -> h.createQuery("SELECT 1").mapTo(Integer.class).one())
                    == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
