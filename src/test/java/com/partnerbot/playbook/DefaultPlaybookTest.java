package com.partnerbot.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The default playbook carries every framework, with the source's exact questions, rankings and durations. */
class DefaultPlaybookTest {
    private static final Playbook PLAYBOOK = PlaybookLoader.loadDefault();

    @Test
    void qualificationAsksTheSourceQuestions() {
        Qualification q = PLAYBOOK.qualification();
        assertThat(q.lossQuestion()).isEqualTo("If this partnership fails, what does each side lose?");
        assertThat(q.dependencyQuestion()).isEqualTo("If we don't do this partnership, what happens to you?");
        assertThat(q.exitCriteriaQuestion()).isNotBlank();
        assertThat(q.commitmentKinds())
                .extracting(CommitmentKind::id)
                .containsExactly(
                        "spend_commitment",
                        "dedicated_engineering",
                        "revenue_guarantee",
                        "exclusivity",
                        "other",
                        "nothing");
        assertThat(q.commitmentKinds())
                .filteredOn(k -> !k.commits())
                .extracting(CommitmentKind::id)
                .containsExactly("nothing");
        assertThat(q.verdicts().real().pursue()).isTrue();
        assertThat(q.verdicts().oneSided().pursue()).isTrue();
        assertThat(q.verdicts().handshake().pursue()).isFalse();
    }

    @Test
    void valueHasThreeSidesAndDecisionCriteria() {
        assertThat(PLAYBOOK.value().sides()).extracting(ValueSide::id).containsExactly("us", "partner", "customers");
        assertThat(PLAYBOOK.value().decisionCriteria()).isNotEmpty();
    }

    @Test
    void leverageIsRankedAndMappedToInvestment() {
        Map<String, String> investment =
                PLAYBOOK.leverageTypes().stream().collect(Collectors.toMap(LeverageType::id, LeverageType::investment));
        assertThat(PLAYBOOK.leverageTypes())
                .extracting(t -> t.rank() + ":" + t.id())
                .containsExactly("1:requirement", "2:economic", "3:competitive", "4:customer", "5:co_marketing");
        assertThat(investment)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "requirement", "full",
                        "economic", "full",
                        "competitive", "light",
                        "customer", "light",
                        "co_marketing", "none"));
        assertThat(PLAYBOOK.investmentLevels())
                .extracting(l -> l.id() + ":" + l.pursue())
                .containsExactly("full:true", "light:true", "none:false");
    }

    @Test
    void tiersGiveAndRequire() {
        assertThat(PLAYBOOK.tiers())
                .extracting(Tier::label)
                .containsExactly(
                        "Tier 1: Integration Partner (self-serve)",
                        "Tier 2: Partnership Partner (joint development)",
                        "Tier 3: Strategic Partner (co-development)");
        assertThat(PLAYBOOK.tiers()).allSatisfy(t -> {
            assertThat(t.gives()).isNotEmpty();
            assertThat(t.requires()).isNotEmpty();
        });
        assertThat(PLAYBOOK.recommendedMaxTiers()).isEqualTo(3);
    }

    @Test
    void treesAreKeyedInOrderAndAskTheSourceQuestions() {
        assertThat(PLAYBOOK.trees().keySet()).containsExactly("tier", "ecosystem", "build_or_partner", "phase_gate");
        assertThat(PLAYBOOK.trees())
                .allSatisfy((key, tree) -> assertThat(tree.id()).isEqualTo(key));
        assertThat(questions("ecosystem"))
                .containsExactly(
                        "Is brand damage risk high if low-quality partners join?", "Can you scale human review?");
        assertThat(questions("tier"))
                .containsExactly(
                        "Does partner have engineering resources to self-serve?",
                        "Is this a marquee logo that shifts our positioning?");
        assertThat(questions("build_or_partner"))
                .containsExactly(
                        "Is this capability core to our product differentiation?",
                        "Would building this delay our roadmap by >6 months?",
                        "Is there a credible partner who needs us too?");
        assertThat(questions("phase_gate"))
                .containsExactly("Did Crawl phase meet success criteria?", "Did Walk phase meet success criteria?");
        assertThat(PLAYBOOK.trees().values())
                .flatExtracting(DecisionTree::nodes)
                .flatExtracting(Node::branches)
                .extracting(Branch::answer)
                .containsOnly("yes", "no");
    }

    @Test
    void curatedAndOpenCarryTheirWarnings() {
        DecisionTree ecosystem = PLAYBOOK.tree("ecosystem");
        assertThat(ecosystem.outcome("curated").orElseThrow().warnings()).anyMatch(w -> w.contains("100+"));
        assertThat(ecosystem.outcome("open").orElseThrow().warnings()).anyMatch(w -> w.contains("discovery and trust"));
    }

    @Test
    void phasesHaveTheSourceDurations() {
        assertThat(PLAYBOOK.phases())
                .extracting(p -> p.id() + " " + p.duration() + (p.ongoing() ? " ongoing" : ""))
                .containsExactly("crawl 4-8 weeks", "walk 8-12 weeks", "run 6-12 months ongoing");
        assertThat(PLAYBOOK.phases()).allSatisfy(p -> {
            assertThat(p.activities()).isNotEmpty();
            assertThat(p.goNoGo()).isNotEmpty();
        });
        assertThat(PLAYBOOK.phases())
                .extracting(Phase::goNoGoTitle)
                .containsExactly("After Crawl", "After Walk", "Enter Run only if");
    }

    @Test
    void charterHasFiveSectionsAndTheSignatureTest() {
        assertThat(PLAYBOOK.charter().sections())
                .extracting(CharterSection::title)
                .containsExactly("Mutual Goals", "Value Exchange", "Timeline", "Measurement", "Governance");
        assertThat(PLAYBOOK.charter().requiredBeforeLaunch()).isTrue();
        assertThat(PLAYBOOK.charter().signature().signers()).containsExactly("us", "partner");
        assertThat(PLAYBOOK.charter().signature().rule())
                .contains("If either side won't commit to paper, there's no real partnership.");
    }

    @Test
    void launchStagesHaveTheSourceOffsets() {
        assertThat(PLAYBOOK.launch().stages())
                .extracting(s -> s.id() + " " + s.startWeek() + ".." + s.endWeek() + " " + s.remindInChannel())
                .containsExactly("pre_launch -6..-4 true", "launch_week 1..1 true", "post_launch 2..8 true");
        assertThat(PLAYBOOK.launch().stages())
                .allSatisfy(s -> assertThat(s.items()).isNotEmpty());
    }

    @Test
    void sevenAntiPatternsEachDetectedFromData() {
        assertThat(PLAYBOOK.antiPatterns())
                .extracting(AntiPattern::id)
                .containsExactly(
                        "sales_channel",
                        "no_integration_pathway",
                        "partner_self_promotion",
                        "too_many_tiers",
                        "ghosting",
                        "vanity",
                        "no_exit_criteria");
        assertThat(PLAYBOOK.antiPatterns()).allSatisfy(p -> {
            assertThat(p.enabled()).isTrue();
            assertThat(p.detect()).isNotEmpty();
        });
    }

    @Test
    void checklistsBeforeStartingAndLaunching() {
        assertThat(PLAYBOOK.checklists().beforeStarting())
                .extracting(ChecklistItem::id)
                .containsExactly(
                        "both_lose", "three_sided_value", "leverage", "tier_chosen", "exit_criteria", "kickoff");
        assertThat(PLAYBOOK.checklists().beforeLaunching())
                .extracting(ChecklistItem::id)
                .containsExactly(
                        "charter_signed",
                        "integration_pathway",
                        "launch_owners",
                        "reminders",
                        "success_measures",
                        "enablement");
        // One item of each is ticked by hand; the others tick themselves from what is recorded.
        assertThat(PLAYBOOK.checklists().beforeStarting().get(5).doneWhen()).isEmpty();
        assertThat(PLAYBOOK.checklists().others()).isEmpty();
    }

    @Test
    void charterFieldsRecordTheFactsTheAntiPatternsNeed() {
        assertThat(PLAYBOOK.charter().sections().stream()
                        .flatMap(s -> s.fields().stream())
                        .map(f -> f.records())
                        .filter(java.util.Objects::nonNull))
                .containsExactlyInAnyOrder(
                        "integration_pathway",
                        "launch_date",
                        "success_measures",
                        "exit_criteria",
                        "launch_owner_us",
                        "launch_owner_partner");
        assertThat(PLAYBOOK.charter().sections().get(0).prefill())
                .containsExactly("value.us", "value.partner", "value.customers");
    }

    @Test
    void everyRecordListIsImmutable() {
        List<Tier> tiers = PLAYBOOK.tiers();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tiers.add(tiers.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static List<String> questions(String tree) {
        return PLAYBOOK.tree(tree).nodes().stream().map(Node::question).toList();
    }
}
