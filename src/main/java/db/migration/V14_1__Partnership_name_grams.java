package db.migration;

import com.partnerbot.store.NameGrams;
import com.partnerbot.store.PartnershipDao;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives the partnerships created before {@code partnership_name_gram} existed their name's trigrams, the same ones the
 * application writes when it creates a partnership ({@link NameGrams}). Cutting names into grams is not something
 * portable SQL can do, hence Java. Runs once, in Flyway's transaction, over every workspace.
 */
public final class V14_1__Partnership_name_grams extends BaseJavaMigration {
    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement read = connection.prepareStatement("SELECT team_id, id, name FROM partnership");
                PreparedStatement write = connection.prepareStatement(
                        "INSERT INTO partnership_name_gram (team_id, gram, partnership_id) VALUES (?, ?, ?)");
                ResultSet rows = read.executeQuery()) {
            int pending = 0;
            while (rows.next()) {
                String teamId = rows.getString("team_id");
                String id = rows.getString("id");
                for (String gram : NameGrams.of(PartnershipDao.nameKey(rows.getString("name")))) {
                    write.setString(1, teamId);
                    write.setString(2, gram);
                    write.setString(3, id);
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
