package com.partnerbot.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.playbook.TestPlaybooks;
import com.partnerbot.playbook.ValueSide;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualifierTest {
    private static final Map<String, String> ALL_VALUE =
            Map.of("us", "a new segment", "partner", "certified stack", "customers", "one setup");
    private final Qualifier qualifier = new Qualifier(PlaybookLoader.loadDefault());

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
        "dedicated_engineering, spend_commitment, real, true",
        "revenue_guarantee, exclusivity, real, true",
        "dedicated_engineering, nothing, one_sided, true",
        "nothing, revenue_guarantee, one_sided, true",
        "nothing, nothing, handshake, false",
        "'', nothing, handshake, false",
        "made_up_kind, dedicated_engineering, one_sided, true",
    })
    void verdictFollowsTheCommitmentsOfBothSides(String ours, String theirs, String verdict, boolean pursue) {
        QualificationResult result = qualifier.qualify(ours, "", theirs, "", ALL_VALUE);

        assertThat(result.verdictId()).isEqualTo(verdict);
        assertThat(result.pursue()).isEqualTo(pursue);
        assertThat(result.label()).isNotBlank();
        assertThat(result.advice()).isNotBlank();
    }

    @Test
    void anotherCommitmentCountsOnlyWhenDescribed() {
        QualificationResult described =
                qualifier.qualify("other", "co-funded support desk", "other", "shared on-call rota", ALL_VALUE);
        QualificationResult undescribed = qualifier.qualify("other", "", "other", "  ", ALL_VALUE);
        QualificationResult placeholder = qualifier.qualify("other", "tbd", "other", "shared on-call rota", ALL_VALUE);

        assertThat(described.verdictId()).isEqualTo("real");
        assertThat(undescribed.verdictId()).isEqualTo("handshake");
        assertThat(undescribed.us().commits()).isFalse();
        assertThat(undescribed.us().reason())
                .isEqualTo("Our company: Another real commitment (describe it in the note), not described, so it"
                        + " does not count as a commitment");
        assertThat(placeholder.verdictId()).isEqualTo("one_sided");
    }

    @Test
    void howManyCommittingSidesMakeWhichVerdictIsThePlaybooks() {
        // A team that swaps the counts gets the swapped verdicts: the count is data, not code.
        Playbook swapped = TestPlaybooks.parse(TestPlaybooks.edited(
                "      committing_sides: 1\n", "      committing_sides: 2\n",
                "      committing_sides: 2\n      standing: ok", "      committing_sides: 1\n      standing: ok"));
        Qualifier q = new Qualifier(swapped);
        assertThat(q.qualify("exclusivity", "", "dedicated_engineering", "", ALL_VALUE)
                        .verdictId())
                .isEqualTo("one_sided");
        assertThat(q.qualify("exclusivity", "", "nothing", "", ALL_VALUE).verdictId())
                .isEqualTo("real");
        assertThat(q.qualify("nothing", "", "nothing", "", ALL_VALUE).verdictId())
                .isEqualTo("handshake");
    }

    @Test
    void aPlaceholderValueIsMissingValue() {
        QualificationResult result = qualifier.qualify(
                "exclusivity",
                "",
                "exclusivity",
                "",
                Map.of("us", "A new segment", "partner", "N/A", "customers", "TBD."));

        assertThat(result.missingSides()).extracting(ValueSide::id).containsExactly("partner", "customers");
    }

    @Test
    void eachSideGetsAReasonWithItsNote() {
        QualificationResult result =
                qualifier.qualify("dedicated_engineering", "two engineers for a year", "nothing", "", ALL_VALUE);

        assertThat(result.us().reason())
                .isEqualTo("Our company would lose: Dedicated engineering team, two engineers for a year");
        assertThat(result.us().commits()).isTrue();
        assertThat(result.partner().reason()).isEqualTo("The partner loses nothing if it fails");
        assertThat(result.partner().kindId()).isEqualTo("nothing");
    }

    @Test
    void aNoteWithoutAKindCannotBeJudged() {
        QualificationResult result = qualifier.qualify(null, "we will try hard", "nothing", null, ALL_VALUE);

        assertThat(result.us().commits()).isFalse();
        assertThat(result.us().kindId()).isEmpty();
        assertThat(result.us().reason()).startsWith("Our company: not answered yet");
    }

    @Test
    void handshakeSaysNotToPursue() {
        QualificationResult result = qualifier.qualify("nothing", "", "nothing", "", ALL_VALUE);

        assertThat(result.label()).isEqualTo("Handshake, not a partnership");
        assertThat(result.verdict().nextStep()).startsWith("Do not pursue");
    }

    @Test
    void missingValueSidesAreNamed() {
        QualificationResult result =
                qualifier.qualify("exclusivity", "", "exclusivity", "", Map.of("us", "reach", "customers", " "));

        assertThat(result.missingSides()).extracting(ValueSide::id).containsExactly("partner", "customers");
        assertThat(result.valueComplete()).isFalse();
        assertThat(result.valueAdvice()).contains("The partner, Shared customers");
    }

    @Test
    void allValueSidesNamedLeavesNoAdvice() {
        QualificationResult result = qualifier.qualify("exclusivity", "", "exclusivity", "", ALL_VALUE);

        assertThat(result.missingSides()).isEmpty();
        assertThat(result.valueAdvice()).isEmpty();
    }
}
