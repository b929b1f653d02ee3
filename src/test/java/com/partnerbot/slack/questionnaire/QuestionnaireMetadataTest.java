package com.partnerbot.slack.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionnaireMetadataTest {

    @Test
    void roundTripsAndMovesBetweenSteps() {
        var m = new QuestionnaireMetadata("d1", Step.BASICS, null, "C1", "https://hooks.slack.com/x");
        var back = QuestionnaireMetadata.decode(m.at(Step.VALUE).encode()).orElseThrow();
        assertThat(back.step()).isEqualTo(Step.VALUE);
        assertThat(back.draftId()).isEqualTo("d1");
        assertThat(back.newPartnership()).isTrue();
        assertThat(back.responseUrlIfAny()).contains("https://hooks.slack.com/x");
    }

    @Test
    void forgedOrForeignMetadataReadsAsNothing() {
        assertThat(QuestionnaireMetadata.decode(null)).isEmpty();
        assertThat(QuestionnaireMetadata.decode("{not json")).isEmpty();
        assertThat(QuestionnaireMetadata.decode("{\"step\":\"VALUE\"}")).isEmpty();
        assertThat(QuestionnaireMetadata.decode("{\"draft\":\"d\",\"step\":\"NO_SUCH_STEP\"}"))
                .isEmpty();
        assertThat(new QuestionnaireMetadata("d", Step.EXIT, "p", "C", "javascript:alert(1)").responseUrlIfAny())
                .isEmpty();
    }

    @Test
    void staysWithinSlacksPrivateMetadataLimitByDroppingTheResponseUrl() {
        var m = new QuestionnaireMetadata("d1", Step.EXIT, "p1", "C1", "https://x/" + "a".repeat(3000));
        String encoded = m.encode();
        assertThat(encoded.length()).isLessThanOrEqualTo(3000);
        assertThat(QuestionnaireMetadata.decode(encoded).orElseThrow().draftId())
                .isEqualTo("d1");
    }

    @Test
    void aReassessmentSkipsTheBasics() {
        assertThat(Step.sequence(false)).doesNotContain(Step.BASICS).hasSize(4);
        assertThat(Step.sequence(true)).startsWith(Step.BASICS).hasSize(5);
    }
}
