package com.partnerbot.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * What name suggestions read instead of every name of a workspace: ranges and lookups on the {@code (team_id,
 * name_key)} key, and the names' trigrams ({@code partnership_name_gram}, written with the partnership). Every query
 * returns at most the limit it is given.
 */
public interface PartnershipNameDao extends SqlObject {

    @SqlBatch(
            "INSERT INTO partnership_name_gram (team_id, gram, partnership_id) VALUES (:teamId, :gram, :partnershipId)")
    void insertGrams(String teamId, String partnershipId, @Bind("gram") Collection<String> grams);

    /** Records a name's grams; a rename would delete the old ones in the same transaction. */
    default void index(String teamId, String partnershipId, String name) {
        insertGrams(teamId, partnershipId, NameGrams.of(PartnershipDao.nameKey(name)));
    }

    /**
     * Names whose key starts with {@code prefix}, shortest first: the range {@code [prefix, prefix + U+10FFFF)} of
     * the key, which the unique index answers without reading the table until the limit is applied.
     */
    @SqlQuery("""
            SELECT name FROM partnership
            WHERE team_id = :teamId
              AND name_key IN (SELECT name_key FROM partnership
                               WHERE team_id = :teamId AND name_key >= :prefix AND name_key < :upper
                               ORDER BY LENGTH(name_key), name_key LIMIT :limit)
            """)
    List<String> startingWithRange(String teamId, String prefix, String upper, int limit);

    default List<String> startingWith(String teamId, String prefix, int limit) {
        return startingWithRange(teamId, prefix, prefix + "\uDBFF\uDFFF", limit);
    }

    /** Names whose key contains {@code text}, shortest first; the scan reads only the index's keys. */
    @SqlQuery("""
            SELECT name FROM partnership
            WHERE team_id = :teamId
              AND name_key IN (SELECT name_key FROM partnership
                               WHERE team_id = :teamId AND name_key LIKE :pattern ESCAPE '!'
                               ORDER BY LENGTH(name_key), name_key LIMIT :limit)
            """)
    List<String> matching(String teamId, String pattern, int limit);

    default List<String> containing(String teamId, String text, int limit) {
        return matching(teamId, "%" + escapeLike(text) + "%", limit);
    }

    /** The names whose key is one of {@code keys}. */
    @SqlQuery("SELECT name FROM partnership WHERE team_id = :teamId AND name_key IN (<keys>)")
    List<String> named(String teamId, @BindList("keys") Collection<String> keys);

    /**
     * How many names have each of {@code grams}, each counted up to {@code cap} (a common gram tells names apart
     * poorly, and counting it further would read all its rows), in one statement.
     */
    default Map<String, Integer> gramUses(String teamId, List<String> grams, int cap) {
        if (grams.isEmpty()) {
            return Map.of();
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < grams.size(); i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append("(SELECT COUNT(*) FROM (SELECT partnership_id FROM partnership_name_gram")
                    .append(" WHERE team_id = :teamId AND gram = :g")
                    .append(i)
                    .append(" LIMIT :cap) u")
                    .append(i)
                    .append(")");
        }
        Query query =
                getHandle().createQuery(sql.toString()).bind("teamId", teamId).bind("cap", cap);
        for (int i = 0; i < grams.size(); i++) {
            query.bind("g" + i, grams.get(i));
        }
        return query.map((rs, ctx) -> {
                    Map<String, Integer> uses = new LinkedHashMap<>();
                    for (int i = 0; i < grams.size(); i++) {
                        uses.put(grams.get(i), rs.getInt(i + 1));
                    }
                    return uses;
                })
                .one();
    }

    /**
     * As {@link #containing}, reading only the names that have {@code gram}, one of the text's own grams (every name
     * containing the text has all of them): a rare one bounds the rows read.
     */
    @SqlQuery("""
            SELECT name FROM partnership
            WHERE team_id = :teamId
              AND id IN (SELECT partnership_id FROM partnership_name_gram WHERE team_id = :teamId AND gram = :gram)
              AND name_key LIKE :pattern ESCAPE '!'
            ORDER BY LENGTH(name_key), name_key LIMIT :limit
            """)
    List<String> matchingWithGram(String teamId, String gram, String pattern, int limit);

    default List<String> containing(String teamId, String text, String gram, int limit) {
        return matchingWithGram(teamId, gram, "%" + escapeLike(text) + "%", limit);
    }

    /**
     * The names sharing most of {@code grams}, at most {@code limit}, from at most {@code rows} gram rows (a bound
     * that only matters when every gram is common).
     */
    @SqlQuery("""
            SELECT name FROM partnership
            WHERE team_id = :teamId
              AND id IN (SELECT partnership_id
                         FROM (SELECT partnership_id FROM partnership_name_gram
                               WHERE team_id = :teamId AND gram IN (<grams>) LIMIT :rows) r
                         GROUP BY partnership_id ORDER BY COUNT(*) DESC, partnership_id LIMIT :limit)
            """)
    List<String> sharingGrams(String teamId, @BindList("grams") Collection<String> grams, int rows, int limit);

    /** {@code text} for a LIKE with {@code ESCAPE '!'}: its own wildcards match themselves. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
