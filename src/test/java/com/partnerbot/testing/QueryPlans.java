package com.partnerbot.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/** How SQLite would run a statement: the steps of {@code EXPLAIN QUERY PLAN}, e.g. "SEARCH t USING INDEX i (a=?)". */
public final class QueryPlans {
    private QueryPlans() {}

    /**
     * The plan of {@code sql}, its {@code ?} parameters bound to placeholder text (plans do not depend on them). The
     * plans asserted are SQLite's: on another database (a storage test's PostgreSQL run) the test is skipped here.
     */
    public static List<String> of(DataSource database, String sql) {
        try (Connection connection = database.getConnection()) {
            Assumptions.assumeTrue(
                    connection.getMetaData().getURL().startsWith("jdbc:sqlite:"), "SQLite's query plans only");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (Connection connection = database.getConnection();
                PreparedStatement explain = connection.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            for (int i = 1; i <= explain.getParameterMetaData().getParameterCount(); i++) {
                explain.setString(i, "x");
            }
            List<String> steps = new ArrayList<>();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    steps.add(rows.getString("detail"));
                }
            }
            return steps;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot explain " + sql, e);
        }
    }
}
