package com.partnerbot.export;

import com.partnerbot.playbook.Playbook;
import com.partnerbot.store.ExportDao;
import com.partnerbot.store.ExportRow;
import com.partnerbot.store.PartnershipDao;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.stream.Stream;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes a workspace's partnerships, with where each stands, to a stream as CSV or JSON. The rows come from one
 * query read as it goes ({@link ExportDao}), each written as soon as it is read, so memory stays flat however many
 * partnerships there are.
 *
 * <p>No write lock is taken. On SQLite the query runs on its own: one statement reads one consistent snapshot, while a
 * transaction there would take the database's write lock ({@code BEGIN IMMEDIATE}). PostgreSQL's driver reads a
 * result a fetch at a time only inside a transaction, so there the query runs in a plain one of its own on the
 * connection, rolled back at the end, never through the application's transactions (which take turns on one lock).
 */
public final class PartnershipExport {
    private final Jdbi jdbi;
    private final ExportColumns columns;

    public PartnershipExport(Jdbi jdbi, Playbook playbook) {
        this.jdbi = jdbi;
        this.columns = new ExportColumns(playbook);
    }

    /** How many partnerships an export of the workspace would hold now. */
    public int count(String teamId) {
        return jdbi.withExtension(PartnershipDao.class, dao -> dao.countByTeam(teamId));
    }

    /**
     * Writes every partnership of the workspace to {@code out} in {@code format}, ordered by name; returns how many
     * were written. {@code out} is flushed, not closed.
     */
    public int write(String teamId, ExportFormat format, OutputStream out) throws IOException {
        return jdbi.withHandle(h -> {
            Connection connection = h.getConnection();
            boolean cursor = fetchesOnlyInTransactions(productName(connection));
            if (cursor) {
                autoCommit(connection, false);
            }
            try {
                return write(h, teamId, format, out);
            } finally {
                if (cursor) {
                    end(connection);
                }
            }
        });
    }

    private int write(Handle h, String teamId, ExportFormat format, OutputStream out) throws IOException {
        ExportFormat.RowWriter writer = format.open(out, columns.names());
        int written = 0;
        try (Stream<ExportRow> rows = h.attach(ExportDao.class).rows(teamId)) {
            for (Iterator<ExportRow> it = rows.iterator(); it.hasNext(); ) {
                writer.write(columns.values(it.next()));
                written++;
            }
        }
        writer.finish();
        return written;
    }

    /** PostgreSQL's JDBC driver honours a fetch size only with auto-commit off; SQLite's reads row by row anyway. */
    static boolean fetchesOnlyInTransactions(String databaseProductName) {
        return "PostgreSQL".equalsIgnoreCase(databaseProductName);
    }

    private static String productName(Connection connection) {
        try {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new ConnectionException(e);
        }
    }

    private static void autoCommit(Connection connection, boolean on) {
        try {
            connection.setAutoCommit(on);
        } catch (SQLException e) {
            throw new ConnectionException(e);
        }
    }

    /** Ends the reading transaction: nothing was written, so it is rolled back. */
    private static void end(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw new ConnectionException(e);
        } finally {
            autoCommit(connection, true);
        }
    }
}
