package com.partnerbot.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.outbox.Outbox;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.store.AssessmentDao;
import com.partnerbot.store.Database;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.PortfolioDao;
import com.partnerbot.store.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Assessments on a real database (SQLite, then PostgreSQL) with the production migrations: one transaction per action, per workspace. */
@OnEachDatabase
class AssessmentServiceTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Database db;
    private PartnershipService partnerships;
    private AssessmentService assessments;
    private DraftService drafts;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        partnerships = new PartnershipService(db.jdbi(), CLOCK);
        assessments = new AssessmentService(
                db.jdbi(), PlaybookLoader.loadDefault(), CLOCK, partnerships, new Outbox(Clock.systemUTC(), () -> {}));
        drafts = new DraftService(db.jdbi(), CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static QuestionnaireAnswers answers(String name, String ours, String theirs) {
        return QuestionnaireAnswers.empty().toBuilder()
                .name(name)
                .channelId("C1")
                .ownerUserId("U1")
                .qualification(ours, null, theirs, null, "They lose certification")
                .valueBySide(Map.of("us", "a", "partner", "b", "customers", "c"))
                .leverage("requirement")
                .tierAnswers(Map.of("self_serve", "yes"))
                .exitCriteria("End after Crawl without 5 deals")
                .build();
    }

    @Test
    void aNewPartnershipAndItsFirstAssessmentAreStoredTogetherAndTheDraftCloses() {
        drafts.open("T1", "d1", "U1", null, QuestionnaireAnswers.empty());
        var result = assessments.assessNew(
                "T1", "U1", answers("Acme", "spend_commitment", "dedicated_engineering"), Optional.of("d1"));
        var recorded = (AssessmentService.Result.Recorded) result;
        assertThat(recorded.current().seq()).isEqualTo(1);
        assertThat(recorded.current().summary().verdictId()).isEqualTo("real");
        assertThat(recorded.current().summary().followUps())
                .extracting(AssessmentSummary.Due::due)
                .containsExactly("2026-09-01");
        assertThat(recorded.previous()).isEmpty();
        assertThat(drafts.load("T1", "d1", "U1")).isEmpty();
    }

    @Test
    void aDuplicateNameStoresNothingAndKeepsTheDraft() {
        assessments.assessNew("T1", "U1", answers("Acme", "nothing", "nothing"), Optional.empty());
        drafts.open("T1", "d2", "U1", null, QuestionnaireAnswers.empty());
        var result = assessments.assessNew("T1", "U1", answers("acme", "nothing", "nothing"), Optional.of("d2"));
        assertThat(result).isInstanceOf(AssessmentService.Result.Invalid.class);
        assertThat(((AssessmentService.Result.Invalid) result).problems()).containsKey(PartnershipDraft.NAME);
        assertThat(partnerships.list("T1")).hasSize(1);
        assertThat(drafts.load("T1", "d2", "U1")).isPresent();
    }

    @Test
    void reassessmentsAreNumberedAndReturnThePreviousOne() {
        var first = (AssessmentService.Result.Recorded) assessments.assessNew(
                "T1", "U1", answers("Acme", "spend_commitment", "dedicated_engineering"), Optional.empty());
        String id = first.partnership().id();
        var second = (AssessmentService.Result.Recorded)
                assessments.reassess("T1", "U2", id, answers("Acme", "spend_commitment", "nothing"), Optional.empty());
        assertThat(second.current().seq()).isEqualTo(2);
        assertThat(second.current().answeredBy()).isEqualTo("U2");
        assertThat(second.previous()).map(StoredAssessment::seq).contains(1);
        assertThat(assessments.history("T1", id))
                .extracting(a -> a.summary().verdictId())
                .containsExactly("real", "one_sided");
    }

    @Test
    void aSecondSubmissionOfTheSameQuestionnaireStoresNothing() {
        var first = (AssessmentService.Result.Recorded)
                assessments.assessNew("T1", "U1", answers("Acme", "nothing", "nothing"), Optional.empty());
        String id = first.partnership().id();
        drafts.open("T1", "d3", "U1", id, QuestionnaireAnswers.empty());
        var again = answers("Acme", "spend_commitment", "spend_commitment");
        assertThat(assessments.reassess("T1", "U1", id, again, Optional.of("d3")))
                .isInstanceOf(AssessmentService.Result.Recorded.class);
        assertThat(assessments.reassess("T1", "U1", id, again, Optional.of("d3")))
                .isInstanceOf(AssessmentService.Result.Stale.class);
        assertThat(assessments.history("T1", id)).hasSize(2);

        // A second submission of a new partnership is told it was already submitted, not that the name is taken.
        drafts.open("T1", "d4", "U1", null, QuestionnaireAnswers.empty());
        var gamma = answers("Gamma", "nothing", "nothing");
        assertThat(assessments.assessNew("T1", "U1", gamma, Optional.of("d4")))
                .isInstanceOf(AssessmentService.Result.Recorded.class);
        assertThat(assessments.assessNew("T1", "U1", gamma, Optional.of("d4")))
                .isInstanceOf(AssessmentService.Result.Stale.class);

        // A new partnership whose draft is already gone is rolled back whole: no partnership without assessment.
        assertThat(assessments.assessNew("T1", "U1", answers("Beta", "nothing", "nothing"), Optional.of("gone")))
                .isInstanceOf(AssessmentService.Result.Stale.class);
        assertThat(partnerships.findByName("T1", "Beta")).isEmpty();
    }

    @Test
    void anotherWorkspaceSeesNothingAndCannotReassess() {
        var first = (AssessmentService.Result.Recorded)
                assessments.assessNew("T1", "U1", answers("Acme", "nothing", "nothing"), Optional.empty());
        String id = first.partnership().id();
        assertThat(assessments.latest("T2", id)).isEmpty();
        assertThat(assessments.reassess("T2", "U1", id, answers("Acme", "nothing", "nothing"), Optional.empty()))
                .isInstanceOf(AssessmentService.Result.NotFound.class);
        assertThat(db.jdbi().onDemand(AssessmentDao.class).history("T1", id)).hasSize(1);
    }

    @Test
    void thePartnershipKeepsTheOutcomeOfItsNewestAssessmentForTheList() {
        var acme = (AssessmentService.Result.Recorded)
                assessments.assessNew("T1", "U1", answers("Acme", "nothing", "nothing"), Optional.empty());
        String id = acme.partnership().id();
        assertThat(listed(id).verdict()).isEqualTo("handshake");
        assertThat(listed(id).tier()).isNull();

        var again = (AssessmentService.Result.Recorded) assessments.reassess(
                "T1", "U1", id, answers("Acme", "spend_commitment", "spend_commitment"), Optional.empty());
        var row = listed(id);
        assertThat(row.verdict())
                .isEqualTo(again.current().summary().verdictId())
                .isEqualTo("real");
        assertThat(row.tier()).isEqualTo(again.current().summary().tierId()).isNotNull();
        assertThat(row.investment()).isEqualTo(again.current().summary().investmentId());
        assertThat(row.assessedAt()).isEqualTo(again.current().answeredAt().toEpochMilli());

        partnerships.create("T1", "U1", new PartnershipDraft("Zeta", "C1", "U1", null));
        String zeta = partnerships.findByName("T1", "Zeta").orElseThrow().id();
        assertThat(listed(zeta).verdict()).isNull();
        assertThat(listed(zeta).assessedAt()).isNull();
    }

    private PortfolioDao.Row listed(String id) {
        return db.jdbi().onDemand(PortfolioDao.class).rows("T1", List.of(id)).get(0);
    }

    @Test
    void aDraftBelongsToWhoOpenedItAndToItsWorkspace() {
        drafts.open("T1", "d1", "U1", null, QuestionnaireAnswers.empty().withBasics("Acme", null, null, null));
        assertThat(drafts.load("T1", "d1", "U2")).isEmpty();
        assertThat(drafts.load("T2", "d1", "U1")).isEmpty();
        assertThat(drafts.save("T1", "d1", "U2", QuestionnaireAnswers.empty())).isFalse();
        assertThat(drafts.load("T1", "d1", "U1"))
                .map(QuestionnaireAnswers::name)
                .contains("Acme");
    }
}
