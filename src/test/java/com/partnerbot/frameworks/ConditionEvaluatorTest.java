package com.partnerbot.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbot.playbook.Condition;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.PlaybookLoader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each test a condition can make, at its boundary: the value that just holds and the one that just does not. */
class ConditionEvaluatorTest {
    private static final Playbook PLAYBOOK = PlaybookLoader.loadDefault();
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static boolean holds(PartnershipFacts facts, Condition condition) {
        return new ConditionEvaluator(PLAYBOOK, facts).holds(condition);
    }

    private static Condition above(String field, String limit) {
        return new Condition(field, null, null, limit, null, null);
    }

    private static Condition below(String field, String limit) {
        return new Condition(field, null, null, null, limit, null);
    }

    private static Condition is(String field, String is) {
        return new Condition(field, is, null, null, null, null);
    }

    private static Condition in(String field, String... values) {
        return new Condition(field, null, List.of(values), null, null, null);
    }

    private static Condition containsAny(String field, String... words) {
        return new Condition(field, null, null, null, null, List.of(words));
    }

    private static PartnershipFacts signatures(int count) {
        return PartnershipFacts.builder(TODAY).charterSignatures(count).build();
    }

    @ParameterizedTest(name = "{0} above {1}: {2}")
    @CsvSource({"3, 3, false", "4, 3, true", "2, 3, false", "0, -1, true", "-1, -1, false"})
    void aboveHoldsOnlyPastTheLimit(int signatures, String limit, boolean holds) {
        assertThat(holds(signatures(signatures), above("charter_signatures", limit)))
                .isEqualTo(holds);
    }

    @ParameterizedTest(name = "{0} below {1}: {2}")
    @CsvSource({"1, 2, true", "2, 2, false", "3, 2, false", "0, ' 1 ', true"})
    void belowHoldsOnlyShortOfTheLimit(int signatures, String limit, boolean holds) {
        assertThat(holds(signatures(signatures), below("charter_signatures", limit)))
                .isEqualTo(holds);
    }

    @ParameterizedTest(name = "{0} tiers against recommended_max_tiers (3)")
    @CsvSource({"3, false, false", "4, true, false", "2, false, true"})
    void theRecommendedNumberOfTiersIsALimitToo(int tiers, boolean above, boolean below) {
        PartnershipFacts facts =
                PartnershipFacts.builder(TODAY).tiersConfigured(tiers).build();

        assertThat(holds(facts, above("tiers_configured", Condition.RECOMMENDED_MAX_TIERS)))
                .isEqualTo(above);
        assertThat(holds(facts, below("tiers_configured", Condition.RECOMMENDED_MAX_TIERS)))
                .isEqualTo(below);
    }

    @Test
    void aFactNotRecordedOrNotANumberFailsEveryNumericTest() {
        PartnershipFacts nothing = PartnershipFacts.builder(TODAY).leverage("5").build();

        assertThat(holds(nothing, above("days_since_launch", "-100"))).isFalse();
        assertThat(holds(nothing, below("days_since_launch", "100"))).isFalse();
        assertThat(holds(nothing, above("leverage", "1"))).isFalse();
        assertThat(holds(nothing, below("leverage", "9"))).isFalse();
    }

    @Test
    void emptyMeansNotRecordedOrBlank() {
        PartnershipFacts blank =
                PartnershipFacts.builder(TODAY).exitCriteria("  ").build();
        PartnershipFacts missing = PartnershipFacts.builder(TODAY).build();
        PartnershipFacts written =
                PartnershipFacts.builder(TODAY).exitCriteria("By Q3").build();

        assertThat(holds(blank, is("exit_criteria", Condition.EMPTY))).isTrue();
        assertThat(holds(missing, is("exit_criteria", Condition.EMPTY))).isTrue();
        assertThat(holds(written, is("exit_criteria", Condition.EMPTY))).isFalse();
        assertThat(holds(blank, is("exit_criteria", Condition.PRESENT))).isFalse();
        assertThat(holds(written, is("exit_criteria", Condition.PRESENT))).isTrue();
        // A number is never empty: zero signatures are recorded as zero.
        assertThat(holds(signatures(0), is("charter_signatures", Condition.PRESENT)))
                .isTrue();
    }

    @Test
    void inMatchesTheValueWithoutItsBlanks() {
        PartnershipFacts facts =
                PartnershipFacts.builder(TODAY).leverage(" economic ").build();

        assertThat(holds(facts, in("leverage", "competitive", "economic"))).isTrue();
        assertThat(holds(facts, in("leverage", "competitive"))).isFalse();
        assertThat(holds(PartnershipFacts.builder(TODAY).build(), in("leverage", "economic")))
                .isFalse();
    }

    @Test
    void containsAnyIgnoresCaseOnBothSides() {
        PartnershipFacts facts = PartnershipFacts.builder(TODAY)
                .valueBySide(Map.of("us", "More LEADS for the team"))
                .build();

        assertThat(holds(facts, containsAny("value.us", "quota", "Leads"))).isTrue();
        assertThat(holds(facts, containsAny("value.us", "quota", "pipeline"))).isFalse();
        assertThat(holds(PartnershipFacts.builder(TODAY).build(), containsAny("value.us", "leads")))
                .isFalse();
    }

    @Test
    void aConditionWithNoTestNeverHolds() {
        assertThat(holds(signatures(1), new Condition("charter_signatures", null, null, null, null, null)))
                .isFalse();
    }

    @Test
    void theLimitIsShownAsANumberForReasons() {
        ConditionEvaluator conditions = new ConditionEvaluator(PLAYBOOK, signatures(0));

        assertThat(conditions.limitText(above("tiers_configured", Condition.RECOMMENDED_MAX_TIERS)))
                .isEqualTo("3");
        assertThat(conditions.limitText(below("charter_signatures", " 2 "))).isEqualTo("2");
        assertThat(conditions.limitText(is("exit_criteria", Condition.EMPTY))).isEmpty();
    }

    @Test
    void anUnknownFieldIsNamed() {
        assertThatThrownBy(() -> holds(signatures(0), is("mood", Condition.EMPTY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown fact field mood");
    }

    @Test
    void committingSidesCountsTheSidesWhoseKindCommits() {
        ConditionEvaluator conditions = new ConditionEvaluator(
                PLAYBOOK,
                PartnershipFacts.builder(TODAY)
                        .commitments("spend_commitment", "nothing")
                        .build());
        Condition sides = below("committing_sides", "2");

        assertThat(conditions.value(sides)).isEqualTo(1L);
        assertThat(new ConditionEvaluator(
                                PLAYBOOK,
                                PartnershipFacts.builder(TODAY)
                                        .commitments("spend_commitment", "exclusivity")
                                        .build())
                        .value(sides))
                .isEqualTo(2L);
        assertThat(new ConditionEvaluator(
                                PLAYBOOK,
                                PartnershipFacts.builder(TODAY)
                                        .commitments("no_such_kind", null)
                                        .build())
                        .value(sides))
                .isEqualTo(0L);
    }

    @Test
    void daysAreCountedFromLaunchAndFromTheLastActivityAfterIt() {
        LocalDate launch = TODAY.minusDays(10);
        Condition sinceLaunch = above("days_since_launch", "0");
        Condition silence = above("days_since_post_launch_activity", "0");

        ConditionEvaluator launchedToday = new ConditionEvaluator(
                PLAYBOOK, PartnershipFacts.builder(TODAY).launchDate(TODAY).build());
        assertThat(launchedToday.value(sinceLaunch)).isEqualTo(0L);
        assertThat(launchedToday.value(silence)).isEqualTo(0L);

        ConditionEvaluator activeSinceLaunch = new ConditionEvaluator(
                PLAYBOOK,
                PartnershipFacts.builder(TODAY)
                        .launchDate(launch)
                        .lastPostLaunchActivity(TODAY.minusDays(3))
                        .build());
        assertThat(activeSinceLaunch.value(sinceLaunch)).isEqualTo(10L);
        assertThat(activeSinceLaunch.value(silence)).isEqualTo(3L);

        // Activity before launch does not count as post-launch activity; activity on launch day does.
        assertThat(new ConditionEvaluator(
                                PLAYBOOK,
                                PartnershipFacts.builder(TODAY)
                                        .launchDate(launch)
                                        .lastPostLaunchActivity(launch.minusDays(1))
                                        .build())
                        .value(silence))
                .isEqualTo(10L);
        assertThat(new ConditionEvaluator(
                                PLAYBOOK,
                                PartnershipFacts.builder(TODAY)
                                        .launchDate(launch)
                                        .lastPostLaunchActivity(launch)
                                        .build())
                        .value(silence))
                .isEqualTo(10L);

        // Before launch there is no post-launch silence to count.
        assertThat(new ConditionEvaluator(
                                PLAYBOOK,
                                PartnershipFacts.builder(TODAY)
                                        .launchDate(TODAY.plusDays(1))
                                        .build())
                        .value(silence))
                .isNull();
    }
}
