package com.partnerbot.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Assessments stored before the dependency answer, standing and tier details were kept still read. */
class StoredJsonTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void oldAnswersReadWithTheDependencyNoteAndNoChoice() throws Exception {
        QuestionnaireAnswers old = json.readValue("""
                {"name":"Acme","ourCommitment":"other","ourCommitmentNote":"","dependencyAnswer":"They lose certification",
                 "valueBySide":{"us":"a"},"leverage":"requirement","tierAnswers":{"self_serve":"yes"},"exitCriteria":"x"}
                """, QuestionnaireAnswers.class);

        assertThat(old.dependency()).isNull();
        assertThat(old.dependencyAnswer()).isEqualTo("They lose certification");
        assertThat(old.valueBySide()).isEqualTo(Map.of("us", "a"));
    }

    @Test
    void oldSummariesReadWithEmptyNewFields() throws Exception {
        AssessmentSummary old = json.readValue("""
                {"verdictId":"real","verdict":"Real partnership","pursue":true,"sideReasons":["a","b"],
                 "investmentId":"full","investment":"Full partnership investment","tierId":"tier_1","tier":"Tier 1",
                 "followUps":[{"id":"evaluate_tier_2","label":"Evaluate for Tier 2","due":"2027-02-28"}],
                 "warnings":[],"nextStep":"Write the charter"}
                """, AssessmentSummary.class);

        assertThat(old.standing()).isNull();
        assertThat(old.headline()).isNull();
        assertThat(old.investmentWithheld()).isFalse();
        assertThat(old.tierGives()).isEmpty();
        assertThat(old.tierSince()).isNull();
        assertThat(old.followUps()).extracting(AssessmentSummary.Due::due).containsExactly("2027-02-28");
    }

    @Test
    void newAnswersRoundTrip() throws Exception {
        QuestionnaireAnswers answers = QuestionnaireAnswers.empty().toBuilder()
                .dependency("nothing_changes", "they have their own connector")
                .build();

        QuestionnaireAnswers read = json.readValue(json.writeValueAsString(answers), QuestionnaireAnswers.class);

        assertThat(read).isEqualTo(answers);
        assertThat(read.toAssessmentAnswers().dependency()).isEqualTo("nothing_changes");
    }
}
