package com.partnerbot.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.outbox.Outbox;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.store.Database;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.ReminderRow;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.TestClock;
import com.partnerbot.testing.TestReminders;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * "Start at Tier 1, evaluate for Tier 2 after 6 months": the evaluation is dated from the Tier 1 start, and a
 * re-assessment that keeps Tier 1 neither moves it nor sends it twice.
 */
@OnEachDatabase
class TierStartFollowUpTest {
    @Parameter
    TestDatabases.Kind kind;

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-01T10:00:00Z");
    private Database db;
    private AssessmentService assessments;
    private String partnershipId;

    @BeforeEach
    void startAtTierOne() {
        db = TestDatabases.open(kind, dir);
        assessments = new AssessmentService(
                db.jdbi(),
                PlaybookLoader.loadDefault(),
                clock,
                new PartnershipService(db.jdbi(), clock),
                new Outbox(clock, () -> {}));
        var first = (AssessmentService.Result.Recorded)
                assessments.assessNew("T1", "U1", answers("Acme", "yes", null, "economic"), Optional.empty());
        partnershipId = first.partnership().id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static QuestionnaireAnswers answers(String name, String selfServe, String marquee, String leverage) {
        Map<String, String> tier =
                marquee == null ? Map.of("self_serve", selfServe) : Map.of("self_serve", selfServe, "marquee", marquee);
        return QuestionnaireAnswers.empty().toBuilder()
                .name(name)
                .channelId("C1")
                .ownerUserId("U1")
                .qualification("spend_commitment", null, "dedicated_engineering", null, null)
                .dependency("loses_money", "they miss their quarter")
                .valueBySide(Map.of("us", "a", "partner", "b", "customers", "c"))
                .leverage(leverage)
                .tierAnswers(tier)
                .exitCriteria("End after Crawl without 5 deals")
                .build();
    }

    private AssessmentService.Result.Recorded reassessOn(String instant, QuestionnaireAnswers answers) {
        clock.set(Instant.parse(instant));
        return (AssessmentService.Result.Recorded)
                assessments.reassess("T1", "U1", partnershipId, answers, Optional.empty());
    }

    private List<ReminderRow> scheduled() {
        return TestReminders.scheduled(db.jdbi(), "T1", partnershipId);
    }

    @Test
    void keepingTierOneKeepsTheEvaluationSixMonthsAfterTheTierOneStart() {
        ReminderRow first = scheduled().get(0);
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2026, 9, 1));

        var again = reassessOn("2026-05-20T10:00:00Z", answers("Acme", "yes", null, "requirement"));

        assertThat(scheduled()).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(first.id());
            assertThat(row.dueDate()).isEqualTo(LocalDate.of(2026, 9, 1));
        });
        assertThat(again.current().summary().followUps())
                .extracting(AssessmentSummary.Due::due)
                .containsExactly("2026-09-01");
        assertThat(again.current().summary().tierSince()).isEqualTo("2026-03-01");
    }

    @Test
    void leavingTierOneAndComingBackStartsAgain() {
        reassessOn("2026-04-01T10:00:00Z", answers("Acme", "no", "yes", "economic"));
        assertThat(scheduled()).isEmpty();

        reassessOn("2026-06-10T10:00:00Z", answers("Acme", "yes", null, "economic"));

        assertThat(scheduled()).extracting(ReminderRow::dueDate).containsExactly(LocalDate.of(2026, 12, 10));
    }

    @Test
    void anEvaluationAlreadySentIsNotSentAgainWhenTierOneIsKept() {
        clock.set(Instant.parse("2026-09-01T09:00:00Z"));
        assertThat(TestReminders.sweep(db.jdbi(), clock)).isEqualTo(1);

        var kept = reassessOn("2026-09-15T10:00:00Z", answers("Acme", "yes", null, "economic"));

        assertThat(scheduled()).isEmpty();
        assertThat(kept.current().summary().followUps())
                .extracting(AssessmentSummary.Due::due)
                .containsExactly("2026-09-01");
        assertThat(TestReminders.sweep(db.jdbi(), clock)).isZero();
    }

    @Test
    void anAssessmentStoredBeforeTierStartsWereKeptCountsFromItsOwnDay() {
        var stored = assessments.latest("T1", partnershipId).orElseThrow();
        var older = new StoredAssessment(
                stored.id(),
                stored.partnershipId(),
                stored.seq(),
                stored.playbookId(),
                stored.playbookVersion(),
                stored.answeredBy(),
                Instant.parse("2026-02-10T12:00:00Z"),
                stored.answers(),
                new AssessmentSummary(
                        "real",
                        "Real partnership",
                        null,
                        true,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "tier_1",
                        "Tier 1",
                        null,
                        null,
                        null,
                        null,
                        null));

        assertThat(AssessmentService.tierStart(older))
                .contains(new com.partnerbot.frameworks.TierStart("tier_1", LocalDate.of(2026, 2, 10)));
    }
}
