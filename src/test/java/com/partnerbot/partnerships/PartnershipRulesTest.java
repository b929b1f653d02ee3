package com.partnerbot.partnerships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbot.outbox.Outbox;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.store.Database;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.PartnershipDao;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a partnership may be created with, on a real database (SQLite, then PostgreSQL): each field at and past its limit, each missing
 * field named, two people creating one name at once, and the week after which an untouched questionnaire is removed.
 */
@OnEachDatabase
class PartnershipRulesTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final String TEAM = "T1";

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-01T10:00:00Z");
    private Database db;
    private PartnershipService partnerships;
    private DraftService drafts;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        partnerships = new PartnershipService(db.jdbi(), clock);
        drafts = new DraftService(db.jdbi(), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static PartnershipDraft draft(String name) {
        return new PartnershipDraft(name, "C1", "U1", null);
    }

    private static Map<String, String> problems(CreateResult result) {
        return ((CreateResult.Invalid) result).problems();
    }

    @Test
    void aNameOfExactlyEightyCharactersIsKeptWholeAndEightyOneIsRefused() {
        String eighty = "n".repeat(PartnershipDraft.NAME_MAX);

        var created = (CreateResult.Created) partnerships.create(TEAM, "U1", draft("  " + eighty + "  "));
        assertThat(created.partnership().name()).isEqualTo(eighty);

        CreateResult refused = partnerships.create(TEAM, "U1", draft(eighty + "m"));
        assertThat(problems(refused)).containsExactly(Map.entry("name", "Keep the name to 80 characters (it has 81)."));
        assertThat(partnerships.list(TEAM)).hasSize(1);
    }

    @Test
    void aDescriptionOfExactlyThreeHundredCharactersIsKeptWholeAndThreeHundredOneIsRefused() {
        String threeHundred = "d".repeat(PartnershipDraft.DESCRIPTION_MAX);

        var created = (CreateResult.Created)
                partnerships.create(TEAM, "U1", new PartnershipDraft("Acme", "C1", "U1", " " + threeHundred + " "));
        assertThat(created.partnership().description()).isEqualTo(threeHundred);

        CreateResult refused =
                partnerships.create(TEAM, "U1", new PartnershipDraft("Beta", "C1", "U1", threeHundred + "e"));
        assertThat(problems(refused))
                .containsExactly(Map.entry("description", "Keep the description to 300 characters (it has 301)."));
    }

    @Test
    void aBlankDescriptionIsStoredAsNone() {
        var created =
                (CreateResult.Created) partnerships.create(TEAM, "U1", new PartnershipDraft("Acme", "C1", "U1", "  "));

        assertThat(created.partnership().description()).isNull();
        assertThat(partnerships.findByName(TEAM, "acme"))
                .map(Partnership::description)
                .isEmpty();
    }

    @ParameterizedTest(name = "name={0} channel={1} owner={2}")
    @CsvSource(
            nullValues = "null",
            value = {
                "null, C1, U1, name, Give the partner's name.",
                "' ', C1, U1, name, Give the partner's name.",
                "Acme, null, U1, channel, Pick the channel where this partnership is worked.",
                "Acme, ' ', U1, channel, Pick the channel where this partnership is worked.",
                "Acme, C1, null, owner, Pick the person who owns this partnership.",
                "Acme, C1, ' ', owner, Pick the person who owns this partnership."
            })
    void eachMissingFieldIsNamedAndNothingIsStored(
            String name, String channel, String owner, String field, String message) {
        CreateResult result = partnerships.create(TEAM, "U1", new PartnershipDraft(name, channel, owner, null));

        assertThat(problems(result)).containsExactly(Map.entry(field, message));
        assertThat(partnerships.list(TEAM)).isEmpty();
    }

    @Test
    void everyMistakeIsNamedAtOnce() {
        var draft = new PartnershipDraft(null, null, null, "x".repeat(301));

        assertThat(draft.problems()).containsOnlyKeys("name", "channel", "owner", "description");
    }

    @Test
    void aTakenNameIsNamedBeforeAnythingIsStoredWhateverItsCase() {
        partnerships.create(TEAM, "U1", draft("Acme"));

        assertThat(partnerships.nameProblems(TEAM, draft(" ACME ")))
                .containsExactly(Map.entry(
                        "name",
                        "A partnership named \"ACME\" already exists here. Pick another name, or run /partner status"
                                + " ACME."));
        assertThat(partnerships.nameProblems(TEAM, draft("Acme Two"))).isEmpty();
        assertThat(partnerships.nameProblems("T2", draft("Acme"))).isEmpty();
        // A name with its own mistake is not looked up.
        assertThat(partnerships.nameProblems(TEAM, draft(" ")))
                .containsExactly(Map.entry("name", "Give the partner's name."));
    }

    @Test
    void twoPeopleCreatingOneNameAtOnceGetOnePartnershipAndOneClearRefusal() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<CreateResult>> results = two.invokeAll(List.of(
                    () -> {
                        together.await(10, TimeUnit.SECONDS);
                        return partnerships.create(TEAM, "U1", draft("Acme"));
                    },
                    () -> {
                        together.await(10, TimeUnit.SECONDS);
                        return partnerships.create(TEAM, "U2", draft("acme"));
                    }));
            List<CreateResult> outcomes =
                    List.of(results.get(0).get(), results.get(1).get());

            assertThat(outcomes)
                    .filteredOn(CreateResult.Created.class::isInstance)
                    .hasSize(1);
            assertThat(outcomes)
                    .filteredOn(CreateResult.Invalid.class::isInstance)
                    .singleElement()
                    .satisfies(r -> assertThat(problems(r).get("name")).contains("already exists here"));
            assertThat(partnerships.list(TEAM)).hasSize(1);
        } finally {
            two.shutdownNow();
        }
    }

    /** The error the unique key raises when a second row with a taken name reaches the table. */
    private UnableToExecuteStatementException duplicateKeyError(String name) {
        try {
            db.jdbi()
                    .useExtension(
                            PartnershipDao.class,
                            dao -> dao.insert(new Partnership(
                                    TEAM,
                                    "second",
                                    name,
                                    "C1",
                                    "U2",
                                    null,
                                    "U2",
                                    Instant.ofEpochMilli(clock.millis()))));
        } catch (UnableToExecuteStatementException e) {
            return e;
        }
        throw new AssertionError("the unique key let a second \"" + name + "\" in");
    }

    @Test
    void theLoserOfTheRaceIsToldTheNameIsTakenAndOtherFailuresAreNotHidden() {
        partnerships.create(TEAM, "U1", draft("Acme"));
        UnableToExecuteStatementException error = duplicateKeyError("ACME");

        assertThat(problems(partnerships.raced(TEAM, draft(" acme "), error)).get("name"))
                .startsWith("A partnership named \"acme\" already exists here.");
        assertThatThrownBy(() -> partnerships.raced(TEAM, draft("Other"), error))
                .isSameAs(error);
        assertThatThrownBy(() -> partnerships.raced(TEAM, draft(null), error)).isSameAs(error);
    }

    @Test
    void theLoserOfARaceForANewPartnershipsAssessmentIsToldTheNameIsTaken() {
        var assessments = new AssessmentService(
                db.jdbi(), PlaybookLoader.loadDefault(), clock, partnerships, new Outbox(clock, () -> {}));
        var answers = QuestionnaireAnswers.empty().withBasics("Acme", "C1", "U1", null);

        var first = (AssessmentService.Result.Recorded) assessments.assessNew(TEAM, "U1", answers, Optional.empty());

        assertThat(assessments.latest(TEAM, first.partnership().id()))
                .map(StoredAssessment::seq)
                .contains(1);
        assertThat(assessments.assessNew(TEAM, "U2", answers, Optional.empty()))
                .isInstanceOf(AssessmentService.Result.Invalid.class);
        assertThat(assessments.history(TEAM, first.partnership().id())).hasSize(1);
    }

    @Test
    void anUntouchedQuestionnaireIsRemovedAfterAWeekOthersStay() {
        drafts.open(TEAM, "old", "U2", null, QuestionnaireAnswers.empty());
        drafts.open("T2", "elsewhere", "U2", null, QuestionnaireAnswers.empty());
        clock.advance(Duration.ofDays(1));
        drafts.open(TEAM, "recent", "U3", null, QuestionnaireAnswers.empty());
        clock.advance(Duration.ofDays(6));

        // Exactly a week after it was opened, "old" is still kept; so is every younger draft.
        assertThat(drafts.removeAbandoned()).isZero();
        assertThat(drafts.load(TEAM, "old", "U2")).isPresent();
        assertThat(drafts.load(TEAM, "recent", "U3")).isPresent();

        clock.advance(Duration.ofMillis(1));
        // Opening a questionnaire is one insert: the old drafts wait for the sweep.
        drafts.open(TEAM, "mine", "U1", null, QuestionnaireAnswers.empty());
        assertThat(drafts.load(TEAM, "old", "U2")).isPresent();

        // The sweep removes each workspace's abandoned drafts, and only those.
        assertThat(drafts.removeAbandoned()).isEqualTo(2);
        assertThat(drafts.load(TEAM, "old", "U2")).isEmpty();
        assertThat(drafts.load("T2", "elsewhere", "U2")).isEmpty();
        assertThat(drafts.load(TEAM, "recent", "U3")).isPresent();
        assertThat(drafts.load(TEAM, "mine", "U1")).isPresent();
        assertThat(drafts.removeAbandoned()).isZero();
    }

    @Test
    void savingAQuestionnaireKeepsItForAnotherWeek() {
        drafts.open(TEAM, "d1", "U2", null, QuestionnaireAnswers.empty());
        clock.advance(Duration.ofDays(6));
        assertThat(drafts.save(TEAM, "d1", "U2", QuestionnaireAnswers.empty().withBasics("Acme", null, null, null)))
                .isTrue();
        clock.advance(Duration.ofDays(2));

        assertThat(drafts.removeAbandoned()).isZero();

        assertThat(drafts.load(TEAM, "d1", "U2"))
                .map(QuestionnaireAnswers::name)
                .contains("Acme");
        assertThat(drafts.save(TEAM, "gone", "U2", QuestionnaireAnswers.empty()))
                .isFalse();
    }

    @Test
    void aDraftWhoseModalNeverOpenedIsDiscarded() {
        drafts.open(TEAM, "d1", "U1", null, QuestionnaireAnswers.empty());

        drafts.discard(TEAM, "d1");

        assertThat(drafts.load(TEAM, "d1", "U1")).isEmpty();
    }
}
