package com.partnerbot.export;

import com.partnerbot.playbook.Playbook;
import com.partnerbot.store.ExportDao;
import com.partnerbot.store.ExportRow;
import com.partnerbot.store.PartnershipDao;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes a workspace's partnerships, with where each stands, to a stream as CSV or JSON. The rows come from one
 * query read as it goes ({@link ExportDao}), each written as soon as it is read, so memory stays flat however many
 * partnerships there are. The query runs outside a transaction: on SQLite a single statement reads one consistent
 * snapshot and holds no write lock, so the bot's other work carries on meanwhile. (PostgreSQL honours the fetch size
 * only inside a transaction; there, wrap the call in a read-only one.)
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
        });
    }
}
