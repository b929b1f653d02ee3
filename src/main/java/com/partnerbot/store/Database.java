package com.partnerbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The database: a small connection pool, the schema migrated by Flyway, and a Jdbi handle factory.
 *
 * <p>SQLite under a thread pool fails with "database is locked" unless writers take the lock at the start of the
 * transaction: WAL lets readers run beside a writer, {@code transaction_mode=IMMEDIATE} makes a transaction that
 * reads then writes wait for the lock instead of failing, and {@code busy_timeout} bounds that wait.
 */
public final class Database implements AutoCloseable {
    private static final int POOL_SIZE = 4;

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    /** Opens the pool and brings the schema up to date. */
    public static Database open(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("partnerbot-db");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("busy_timeout", "10000");
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    // Shared SQL, and tables whose column types differ by database (the scheduler's) per vendor.
                    .locations("classpath:db/migration", "classpath:db/vendor/" + vendor(jdbcUrl))
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource);
    }

    /** The folder of database-specific migrations: {@code jdbc:sqlite:...} gives {@code sqlite}. */
    static String vendor(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:".length());
        return rest.substring(0, rest.indexOf(':'));
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
