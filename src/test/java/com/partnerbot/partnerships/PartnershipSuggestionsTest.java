package com.partnerbot.partnerships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.partnerbot.store.Database;
import com.partnerbot.store.NameGrams;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.PartnershipDao;
import com.partnerbot.store.PartnershipNameDao;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.PartnerNames;
import com.partnerbot.testing.QueryPlans;
import com.partnerbot.testing.TestClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * Suggestions read from the database: the same answers as ranking every name, from a bounded set of candidates, one
 * workspace at a time.
 */
@OnEachDatabase
class PartnershipSuggestionsTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final List<String> NAMES =
            List.of("Acme Cloud", "Acme Payments", "Globex", "Initech", "Umbrella Analytics", "Acme");

    @TempDir
    Path dir;

    private Database db;
    private PartnershipService partnerships;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        partnerships = new PartnershipService(db.jdbi(), TestClock.at("2026-03-01T10:00:00Z"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void add(String team, List<String> names) {
        db.jdbi().useTransaction(h -> {
            PartnershipDao dao = h.attach(PartnershipDao.class);
            for (String name : names) {
                dao.insert(new Partnership(
                        team,
                        UUID.randomUUID().toString(),
                        name,
                        "C1",
                        "U1",
                        null,
                        "U1",
                        Instant.parse("2026-03-01T10:00:00Z")));
            }
        });
    }

    private Set<String> candidates(String team, String typed) {
        return db.jdbi().withExtension(PartnershipNameDao.class, dao -> NameCandidates.read(dao, team, typed));
    }

    @Test
    void theSameSuggestionsAsRankingEveryName() {
        add("T1", NAMES);
        for (String typed : List.of("acme c", "ACME", "Globex Corporation", "analytics", "Globx", "initek", "Hooli")) {
            assertThat(partnerships.suggestions("T1", typed))
                    .as(typed)
                    .isEqualTo(NameSuggestions.closest(typed, NAMES));
        }
        assertThat(partnerships.suggestions("T1", "Globx")).containsExactly("Globex");
        assertThat(partnerships.suggestions("T1", "  ")).isEmpty();
    }

    @Test
    void theOrderCasesHoldToo() {
        add("T1", List.of("ac", "xab"));
        add("T2", List.of("abc", "ba", "xyzw"));
        add("T3", List.of("Zeta corp", "beta corp", "Meta corp"));
        add("T4", List.of("my acme cloud", "Acme"));

        assertThat(partnerships.suggestions("T1", "ab")).containsExactly("xab", "ac");
        assertThat(partnerships.suggestions("T2", "a")).containsExactly("ba", "abc");
        assertThat(partnerships.suggestions("T3", "corp")).containsExactly("beta corp", "Meta corp", "Zeta corp");
        assertThat(partnerships.suggestions("T4", "acme cloud")).containsExactly("Acme", "my acme cloud");
    }

    @Test
    void anotherWorkspacesNamesAreNeverSuggested() {
        add("T1", List.of("Acme Cloud"));
        add("T2", List.of("Acme Payments"));

        assertThat(partnerships.suggestions("T1", "acme")).containsExactly("Acme Cloud");
        assertThat(partnerships.suggestions("T3", "acme")).isEmpty();
    }

    @Test
    void wildcardsTypedMatchOnlyThemselves() {
        add("T1", List.of("100% Cloud", "Data_Works", "DataXWorks", "Bang! Labs"));

        assertThat(partnerships.suggestions("T1", "100%")).containsExactly("100% Cloud");
        assertThat(partnerships.suggestions("T1", "a_w")).containsExactly("Data_Works");
        assertThat(partnerships.suggestions("T1", "g! l")).containsExactly("Bang! Labs");
        assertThat(candidates("T1", "%")).doesNotContain("Data_Works", "DataXWorks");
    }

    @Test
    void namesOutsideTheBasicPlaneAreCutIntoWholeCharacters() {
        add("T1", List.of("\uD83D\uDE80 Rocket Labs", "Rocket"));

        assertThat(partnerships.suggestions("T1", "\uD83D\uDE80 rocket"))
                .containsExactly("\uD83D\uDE80 Rocket Labs", "Rocket");
        assertThat(partnerships.suggestions("T1", "\uD83D\uDE80 Rockt Labs"))
                .containsExactly("\uD83D\uDE80 Rocket Labs");
        assertThat(NameGrams.of("\uD83D\uDE80")).containsExactly("  \uD83D\uDE80", " \uD83D\uDE80 ");
        assertThat(NameCandidates.prefixes("\uD83D\uDE80a")).containsExactly("\uD83D\uDE80", "\uD83D\uDE80a");
    }

    @Test
    void textTypedLongerThanAnyNameIsCutBeforeItIsSearched() {
        add("T1", List.of("Acme"));
        String typed = "acme " + "x".repeat(1_000);

        assertThat(partnerships.suggestions("T1", typed)).containsExactly("Acme");
        assertThat(NameCandidates.prefixes("y".repeat(500))).hasSize(PartnershipDraft.NAME_MAX);
    }

    @Test
    void atTenThousandNamesTheRightOnesFromAFewDozenCandidates() {
        List<String> all = PartnerNames.names(10_000);
        PartnerNames.insert(db.jdbi(), "T1", all);
        String target = PartnerNames.name(4217);
        String missingLetter = target.substring(0, 3) + target.substring(4);
        String wrongDigit = target.substring(0, target.length() - 1) + "x";

        // Typos: the name meant comes first, and every other suggestion is a few typos away too (among the
        // candidates sharing most grams, which may not be the same as among all ten thousand names).
        for (String typed : List.of(missingLetter, wrongDigit, target + " Ltd", target.substring(4))) {
            assertThat(partnerships.suggestions("T1", typed))
                    .as(typed)
                    .first()
                    .isEqualTo(NameSuggestions.closest(typed, all).get(0));
            assertThat(partnerships.suggestions("T1", typed))
                    .as(typed)
                    .allMatch(
                            n -> NameSuggestions.distance(n.toLowerCase(), typed.toLowerCase()) <= typed.length() / 3);
        }
        // Names that start with, or contain, what was typed: exactly those of ranking every name.
        for (String typed : List.of(target.substring(0, 8), "Industries 42", "ac", "a", "zzzz")) {
            assertThat(partnerships.suggestions("T1", typed)).as(typed).isEqualTo(NameSuggestions.closest(typed, all));
        }
        for (String typed : List.of(missingLetter, "a", "ac", "acme", "Payments", "zzzz", "x".repeat(80))) {
            assertThat(candidates("T1", typed)).as(typed).hasSizeLessThanOrEqualTo(4 * NameCandidates.LIMIT);
        }
    }

    @Test
    void whenEveryNameSharesAWordTheDigitsThatDifferTellThemApart() {
        List<String> all = PartnerNames.numbered("Partnership", 10_000);
        PartnerNames.insert(db.jdbi(), "T1", all);

        assertThat(partnerships.suggestions("T1", "Partnershp 04217")).first().isEqualTo("Partnership 04217");
        assertThat(partnerships.suggestions("T1", "partnership 4217")).first().isEqualTo("Partnership 04217");
        // Every gram of the word all names share is common: a bounded number of rows is read, and nothing is close.
        assertThat(candidates("T1", "Partnershp")).hasSizeLessThanOrEqualTo(4 * NameCandidates.LIMIT);
        assertThat(partnerships.suggestions("T1", "Partnershp")).isEqualTo(NameSuggestions.closest("Partnershp", all));
    }

    /** The statements {@code typed}'s suggestions ran that look for names containing it. */
    private List<String> containingQueries(String typed) {
        List<String> statements = new ArrayList<>();
        db.jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                if (context.getRawSql().contains("LIKE")) {
                    statements.add(context.getRawSql());
                }
            }
        });
        partnerships.suggestions("T1", typed);
        db.jdbi().setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
        return statements;
    }

    @Test
    void namesContainingTheTextAreReadThroughItsRarestGramUnlessEvenThatOneIsCommon() {
        PartnerNames.insert(db.jdbi(), "T1", PartnerNames.numbered("Xyz", NameCandidates.COMMON - 1));
        add("T1", List.of("Vwxyz", "Xyw"));

        // "xyz" is the one gram of its own and 500 names have it (499 numbered, and Vwxyz): read through it.
        assertThat(containingQueries("xyz")).singleElement().asString().contains("partnership_name_gram");
        // Text with no gram of its own (too short), or whose own grams are all common, is looked for in the keys.
        assertThat(containingQueries("xy")).singleElement().asString().doesNotContain("partnership_name_gram");
        add("T1", List.of("Xyz"));
        assertThat(containingQueries("xyz")).singleElement().asString().doesNotContain("partnership_name_gram");
        assertThat(partnerships.suggestions("T1", "xyz 0000")).containsExactly("Xyz 00001", "Xyz 00002", "Xyz 00003");
        assertThat(partnerships.suggestions("T1", "wxy")).containsExactly("Vwxyz");
    }

    @Test
    void everyQueryOfASuggestionSearchesAnIndexOfTheWorkspace() {
        // How SQLite runs it; PostgreSQL plans by its statistics.
        assumeTrue(kind == TestDatabases.Kind.SQLITE);
        add("T1", NAMES);
        List<String> statements = new ArrayList<>();
        db.jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.add(context.getParsedSql().getSql());
            }
        });

        partnerships.suggestions("T1", "Globx");
        // Text too short to have grams of its own is looked for through the index's keys.
        partnerships.suggestions("T1", "gl");

        assertThat(statements).hasSizeGreaterThanOrEqualTo(10);
        for (String sql : statements) {
            for (String step : QueryPlans.of(db.dataSource(), sql)) {
                // Whole scans are only of a subquery's few rows; the tables are searched by workspace, and
                // only an index's keys are read through (the names containing what was typed), never its rows.
                assertThat(step).as(sql).doesNotStartWith("SCAN partnership");
                if (step.startsWith("SEARCH partnership")) {
                    assertThat(step).as(sql).contains("team_id=?");
                    if (step.endsWith("(team_id=?)")) {
                        assertThat(step).as(sql).contains("COVERING INDEX");
                    }
                }
            }
        }
    }
}
