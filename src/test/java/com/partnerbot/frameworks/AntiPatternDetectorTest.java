package com.partnerbot.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.playbook.TestPlaybooks;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each default anti-pattern fires on the data that shows it, with its reason, and stays silent otherwise. */
class AntiPatternDetectorTest {
    private static final Playbook PLAYBOOK = PlaybookLoader.loadDefault();
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private final AntiPatternDetector detector = new AntiPatternDetector();

    /** A partnership that does everything right, launched three weeks ago with activity last week. */
    static PartnershipFacts.Builder healthy() {
        return PartnershipFacts.builder(TODAY)
                .leverage("economic")
                .exitCriteria("Fewer than 5 joint customers by Q3")
                .valueBySide(Map.of("us", "Reach into regulated banks", "partner", "Certification", "customers", "x"))
                .commitments("dedicated_engineering", "spend_commitment")
                .tier("tier_2")
                .tiersConfigured(3)
                .launchDate(TODAY.minusWeeks(3))
                .lastPostLaunchActivity(TODAY.minusDays(6))
                .integrationPathway("docs.example.com/partner")
                .launchOwners("Dana", "Lee")
                .charterSignatures(2)
                .successMeasures("20 activations");
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(
                        "sales_channel",
                        (UnaryOperator<PartnershipFacts.Builder>) b -> b.valueBySide(
                                Map.of("us", "More leads for our pipeline", "partner", "p", "customers", "c")),
                        "What we get is described as sales (\"More leads for our pipeline\"), not as what the platform gains."),
                Arguments.of(
                        "no_integration_pathway",
                        (UnaryOperator<PartnershipFacts.Builder>) b -> b.integrationPathway(" "),
                        "A launch date is set but no integration pathway is recorded."),
                Arguments.of(
                        "partner_self_promotion",
                        (UnaryOperator<PartnershipFacts.Builder>) b -> b.launchOwners(null, "Lee"),
                        "A launch date is set but nobody on our side owns the launch."),
                Arguments.of(
                        "too_many_tiers",
                        (UnaryOperator<PartnershipFacts.Builder>) b -> b.tiersConfigured(5),
                        "5 tiers are configured; the playbook recommends at most 3."),
                Arguments.of(
                        "ghosting",
                        (UnaryOperator<PartnershipFacts.Builder>) b -> b.lastPostLaunchActivity(TODAY.minusDays(15)),
                        "No post-launch activity recorded for 15 days (more than 14)."),
                Arguments.of(
                        "ghosting",
                        (UnaryOperator<PartnershipFacts.Builder>) b -> b.lastPostLaunchActivity(null),
                        "No post-launch activity recorded for 21 days (more than 14)."),
                Arguments.of(
                        "vanity",
                        (UnaryOperator<PartnershipFacts.Builder>) b -> b.leverage("co_marketing"),
                        "The only leverage is co-marketing; that is a logo swap, not business."),
                Arguments.of(
                        "no_exit_criteria",
                        (UnaryOperator<PartnershipFacts.Builder>) b -> b.exitCriteria(null),
                        "No exit criteria are recorded."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachAntiPatternIsFoundWithItsReason(String id, UnaryOperator<PartnershipFacts.Builder> change, String reason) {
        List<Warning> warnings =
                detector.detect(PLAYBOOK, change.apply(healthy()).build());

        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.id()).isEqualTo(id);
            assertThat(w.reason()).isEqualTo(reason);
            assertThat(w.title()).isNotBlank();
        });
    }

    @Test
    void aHealthyPartnershipHasNoWarnings() {
        assertThat(detector.detect(PLAYBOOK, healthy().build())).isEmpty();
    }

    @Test
    void launchPatternsWaitForALaunchDate() {
        PartnershipFacts notLaunched = healthy()
                .launchDate(null)
                .lastPostLaunchActivity(null)
                .integrationPathway(null)
                .launchOwners(null, null)
                .build();

        assertThat(detector.detect(PLAYBOOK, notLaunched)).isEmpty();
    }

    @Test
    void aFutureLaunchIsNotGhosting() {
        PartnershipFacts planned = healthy()
                .launchDate(TODAY.plusWeeks(2))
                .lastPostLaunchActivity(null)
                .build();

        assertThat(detector.detect(PLAYBOOK, planned)).isEmpty();
    }

    @Test
    void everyDefaultAntiPatternIsCovered() {
        assertThat(cases().map(a -> a.get()[0]).distinct())
                .containsExactlyInAnyOrderElementsOf(
                        PLAYBOOK.antiPatterns().stream().map(p -> p.id()).toList());
    }

    @Test
    void aTeamCanSwitchOneOff() {
        Playbook noExitRule = TestPlaybooks.parse(TestPlaybooks.edited(
                "blocks better ones.\n    enabled: true", "blocks better ones.\n    enabled: false"));

        assertThat(detector.detect(noExitRule, healthy().exitCriteria("").build()))
                .isEmpty();
    }

    @Test
    void aTeamCanChangeAThresholdInData() {
        Playbook strict = TestPlaybooks.parse(TestPlaybooks.edited(
                "{field: days_since_post_launch_activity, above: 14}",
                "{field: days_since_post_launch_activity, above: 5}"));

        assertThat(detector.detect(strict, healthy().build()))
                .extracting(Warning::id)
                .containsExactly("ghosting");
    }
}
