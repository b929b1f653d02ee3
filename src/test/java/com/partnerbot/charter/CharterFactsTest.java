package com.partnerbot.charter;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.frameworks.PartnershipFacts;
import com.partnerbot.partnerships.AssessmentSummary;
import com.partnerbot.partnerships.QuestionnaireAnswers;
import com.partnerbot.partnerships.StoredAssessment;
import com.partnerbot.playbook.PlaybookLoader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The facts the frameworks test: the assessment's answers, then what the charter's fields record, and signatures. */
class CharterFactsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private final CharterFacts facts = new CharterFacts(PlaybookLoader.loadDefault());

    private static StoredAssessment assessment() {
        var answers = QuestionnaireAnswers.empty().toBuilder()
                .qualification("spend_commitment", null, "nothing", null, "They lose a badge")
                .valueBySide(Map.of("us", "Reach"))
                .leverage("requirement")
                .exitCriteria("Assessed exit")
                .build();
        var summary = new AssessmentSummary(
                "one_sided",
                "One-sided",
                null,
                true,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "tier_2",
                "Tier 2",
                null,
                null,
                List.of(),
                List.of(),
                null);
        return new StoredAssessment("a1", "p1", 1, "partner-ecosystem", "1", "U1", Instant.EPOCH, answers, summary);
    }

    private static CharterVersion charter(Map<String, String> texts) {
        return new CharterVersion("p1", 1, texts, "U1", Signatory.slackUser("U2"), "U1", Instant.EPOCH);
    }

    @Test
    void withNothingRecordedOnlyThePlaybookAndTheSignaturesCount() {
        PartnershipFacts none = facts.facts(TODAY, Optional.empty(), Optional.empty(), 0);
        assertThat(none.today()).isEqualTo(TODAY);
        assertThat(none.tiersConfigured()).isEqualTo(3);
        assertThat(none.charterSignatures()).isZero();
        assertThat(none.leverage()).isNull();
        assertThat(none.exitCriteria()).isNull();
        assertThat(none.tier()).isNull();
        assertThat(none.launchDate()).isEmpty();
        assertThat(none.ourLaunchOwner()).isNull();
        assertThat(none.partnerLaunchOwner()).isNull();

        assertThat(facts.facts(TODAY, Optional.empty(), Optional.empty(), 2).charterSignatures())
                .isEqualTo(2);
    }

    @Test
    void theAssessmentGivesItsAnswersAndTier() {
        PartnershipFacts assessed = facts.facts(TODAY, Optional.of(assessment()), Optional.empty(), 1);
        assertThat(assessed.leverage()).isEqualTo("requirement");
        assertThat(assessed.exitCriteria()).isEqualTo("Assessed exit");
        assertThat(assessed.valueBySide()).isEqualTo(Map.of("us", "Reach"));
        assertThat(assessed.ourCommitment()).isEqualTo("spend_commitment");
        assertThat(assessed.partnerCommitment()).isEqualTo("nothing");
        assertThat(assessed.dependencyAnswer()).isEqualTo("They lose a badge");
        assertThat(assessed.tier()).isEqualTo("tier_2");
        assertThat(assessed.charterSignatures()).isEqualTo(1);
    }

    @Test
    void theCharterRecordsItsFieldsAndItsExitCriteriaReplaceTheAssessments() {
        var texts = Map.of(
                "exit_criteria", "Charter exit",
                "integration_pathway", "Shared connector",
                "success_measures", "Five deals",
                "launch_owner_us", "Kim",
                "launch_owner_partner", "Dana",
                "launch_date", " 2026-05-01 ",
                "cadence", "Weekly");
        PartnershipFacts recorded = facts.facts(TODAY, Optional.of(assessment()), Optional.of(charter(texts)), 0);
        assertThat(recorded.exitCriteria()).isEqualTo("Charter exit");
        assertThat(recorded.integrationPathway()).isEqualTo("Shared connector");
        assertThat(recorded.successMeasures()).isEqualTo("Five deals");
        assertThat(recorded.ourLaunchOwner()).isEqualTo("Kim");
        assertThat(recorded.partnerLaunchOwner()).isEqualTo("Dana");
        assertThat(recorded.launchDate()).contains(LocalDate.of(2026, 5, 1));
        assertThat(recorded.leverage()).isEqualTo("requirement");
    }

    @Test
    void aBlankFieldRecordsNothingAndANonDateIsNoLaunchDate() {
        var texts = Map.of("exit_criteria", "  ", "launch_owner_partner", "Dana", "launch_date", "soon");
        PartnershipFacts recorded = facts.facts(TODAY, Optional.of(assessment()), Optional.of(charter(texts)), 0);
        assertThat(recorded.exitCriteria()).isEqualTo("Assessed exit");
        assertThat(recorded.ourLaunchOwner()).isNull();
        assertThat(recorded.partnerLaunchOwner()).isEqualTo("Dana");
        assertThat(recorded.launchDate()).isEmpty();
        assertThat(recorded.integrationPathway()).isNull();
    }

    @Test
    void aDateIsAnIsoDateAroundWhichSpacesDoNotCount() {
        assertThat(CharterFacts.date("2026-05-01")).contains(LocalDate.of(2026, 5, 1));
        assertThat(CharterFacts.date("  2026-05-01\n")).contains(LocalDate.of(2026, 5, 1));
        assertThat(CharterFacts.date("1 May 2026")).isEmpty();
        assertThat(CharterFacts.date("")).isEmpty();
    }
}
