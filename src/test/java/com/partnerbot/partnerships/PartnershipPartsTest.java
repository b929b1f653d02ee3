package com.partnerbot.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.outbox.Outbox;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.store.Database;
import com.partnerbot.store.DraftDao;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.TestClock;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Status by name, lookups by id, blank answers, unreadable drafts and stored summaries read back. */
@OnEachDatabase
class PartnershipPartsTest {
    @Parameter
    TestDatabases.Kind kind;

    private final TestClock clock = TestClock.at("2026-03-01T10:00:00Z");

    @Test
    void statusFindsANameWhateverItsCaseWithItsLatestAssessmentOrSuggestsTheClosest(@TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            var partnerships = new PartnershipService(db.jdbi(), clock);
            var assessments = new AssessmentService(
                    db.jdbi(), PlaybookLoader.loadDefault(), clock, partnerships, new Outbox(clock, () -> {}));
            var status = new StatusService(partnerships, assessments);
            var recorded = (AssessmentService.Result.Recorded) assessments.assessNew(
                    "T1",
                    "U1",
                    QuestionnaireAnswers.empty().withBasics("Acme Cloud", "C1", "U1", null),
                    Optional.empty());
            partnerships.create("T1", "U1", new PartnershipDraft("Beta", "C1", "U1", null));

            assertThat(status.status("T1", "acme cloud")).isInstanceOfSatisfying(PartnershipStatus.Found.class, f -> {
                assertThat(f.partnership().id())
                        .isEqualTo(recorded.partnership().id());
                assertThat(f.latest()).map(StoredAssessment::seq).contains(1);
            });
            assertThat(status.status("T1", "beta"))
                    .isInstanceOfSatisfying(PartnershipStatus.Found.class, f -> assertThat(f.latest())
                            .isEmpty());
            assertThat(status.status("T1", "acme"))
                    .isEqualTo(new PartnershipStatus.Unknown(java.util.List.of("Acme Cloud")));
            assertThat(status.status("T2", "acme cloud")).isEqualTo(new PartnershipStatus.Unknown(java.util.List.of()));
            assertThat(partnerships.findById("T1", recorded.partnership().id())).isPresent();
            assertThat(partnerships.findById("T2", recorded.partnership().id())).isEmpty();
        }
    }

    @Test
    void aDraftThatCannotBeReadStartsTheQuestionnaireAfresh(@TempDir Path dir) {
        try (Database db = TestDatabases.open(kind, dir)) {
            db.jdbi().useExtension(DraftDao.class, dao -> dao.insert("T1", "d1", "U1", null, "{not json", 1L));

            assertThat(new DraftService(db.jdbi(), clock).load("T1", "d1", "U1"))
                    .contains(QuestionnaireAnswers.empty());
        }
    }

    @Test
    void blankValueAnswersAreLeftOutAndTheRestStripped() {
        Map<String, String> values = new HashMap<>();
        values.put("us", " reach ");
        values.put("partner", "  ");
        values.put("customers", null);

        assertThat(QuestionnaireAnswers.nonBlank(values)).containsExactly(Map.entry("us", "reach"));
    }

    @Test
    void aSummaryStoredWithoutListsReadsBackWithEmptyOnes() {
        var summary = new AssessmentSummary(
                "real", "Real", null, true, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);

        assertThat(summary.sideReasons()).isEmpty();
        assertThat(summary.missingValueSides()).isEmpty();
        assertThat(summary.followUps()).isEmpty();
        assertThat(summary.warnings()).isEmpty();
    }
}
