package com.partnerbot.testing;

import com.partnerbot.store.NameGrams;
import com.partnerbot.store.PartnershipDao;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Names for portfolios of thousands of partnerships, the same every run. */
public final class PartnerNames {
    private static final String[] FIRST = {
        "Acme",
        "Globex",
        "Initech",
        "Umbrella",
        "Northwind",
        "Contoso",
        "Fabrikam",
        "Wayne",
        "Stark",
        "Hooli",
        "Pied",
        "Massive",
        "Soylent",
        "Tyrell",
        "Cyberdyne",
        "Aperture",
        "Vandelay",
        "Wonka",
        "Gringotts",
        "Oceanic",
        "Dunder",
        "Monarch",
        "Nakatomi",
        "Oscorp",
        "Virtucon",
        "Zorg",
        "Weyland"
    };
    private static final String[] SECOND = {
        "Cloud",
        "Payments",
        "Analytics",
        "Systems",
        "Labs",
        "Corp",
        "Industries",
        "Software",
        "Data",
        "Networks",
        "Security",
        "Health",
        "Media",
        "Logistics",
        "Energy"
    };

    private PartnerNames() {}

    /**
     * Stores a partnership for each name in {@code team}, with its name's trigrams, as creating it does, in batches:
     * ids are {@code team-0}, {@code team-1}, ... in the order given.
     */
    public static void insert(Jdbi jdbi, String team, List<String> names) {
        jdbi.useTransaction(h -> {
            PreparedBatch rows = h.prepareBatch("""
                    INSERT INTO partnership
                      (team_id, id, name, name_key, channel_id, owner_user_id, created_by, created_at)
                    VALUES (:team, :id, :name, :key, 'C1', 'U1', 'U1', 0)
                    """);
            PreparedBatch grams = h.prepareBatch(
                    "INSERT INTO partnership_name_gram (team_id, gram, partnership_id) VALUES (:team, :gram, :id)");
            for (int i = 0; i < names.size(); i++) {
                String id = team + "-" + i;
                String key = PartnershipDao.nameKey(names.get(i));
                rows.bind("team", team)
                        .bind("id", id)
                        .bind("name", names.get(i))
                        .bind("key", key)
                        .add();
                for (String gram : NameGrams.of(key)) {
                    grams.bind("team", team).bind("gram", gram).bind("id", id).add();
                }
            }
            rows.execute();
            if (postgresql(h)) {
                // PostgreSQL plans each gram's foreign-key check once; planned on the statistics of an emptied table it
                // reads every partnership for each of the 200,000 grams (minutes). Fresh statistics make it a lookup.
                h.execute("ANALYZE partnership");
            }
            grams.execute();
        });
    }

    private static boolean postgresql(Handle h) {
        try {
            return h.getConnection().getMetaData().getURL().startsWith("jdbc:postgresql:");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code i}th name, e.g. "Northwind Payments 4217"; the number makes each one different. */
    public static String name(int i) {
        return FIRST[i % FIRST.length] + " " + SECOND[(i / FIRST.length) % SECOND.length] + " " + i;
    }

    /** Names 1 to {@code count}. */
    public static List<String> names(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add(name(i));
        }
        return names;
    }

    /** One word shared by every name, then a number: "Partnership 00001" to "Partnership 10000". */
    public static List<String> numbered(String word, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add(String.format("%s %05d", word, i));
        }
        return names;
    }
}
