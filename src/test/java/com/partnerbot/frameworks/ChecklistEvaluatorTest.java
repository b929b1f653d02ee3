package com.partnerbot.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.frameworks.ChecklistStatus.State;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.playbook.TestPlaybooks;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChecklistEvaluatorTest {
    private static final Playbook PLAYBOOK = PlaybookLoader.loadDefault();
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private final ChecklistEvaluator checklists = new ChecklistEvaluator();

    @Test
    void nothingRecordedLeavesEveryItemOpen() {
        PartnershipFacts empty = PartnershipFacts.builder(TODAY).build();

        // Every item with a condition is open; the one of each list without a condition is for a person to tick.
        assertThat(checklists.beforeStarting(PLAYBOOK, empty))
                .extracting(ChecklistStatus::state)
                .containsOnly(State.OPEN, State.MANUAL)
                .containsOnlyOnce(State.MANUAL);
        assertThat(checklists.beforeLaunching(PLAYBOOK, empty))
                .extracting(ChecklistStatus::state)
                .containsOnly(State.OPEN, State.MANUAL)
                .containsOnlyOnce(State.MANUAL);
    }

    @Test
    void recordedFactsTickTheirItems() {
        PartnershipFacts facts = PartnershipFacts.builder(TODAY)
                .commitments("dedicated_engineering", "spend_commitment")
                .valueBySide(Map.of("us", "a", "partner", "b"))
                .leverage("competitive")
                .tier("tier_1")
                .exitCriteria("by Q3")
                .build();

        List<ChecklistStatus> result = checklists.beforeStarting(PLAYBOOK, facts);

        assertThat(result)
                .extracting(s -> s.item().id() + "=" + s.state())
                .containsExactly(
                        "both_lose=DONE",
                        "three_sided_value=OPEN",
                        "leverage=DONE",
                        "tier_chosen=DONE",
                        "exit_criteria=DONE",
                        "kickoff=MANUAL");
    }

    @Test
    void oneSidedCommitmentDoesNotTickBothLose() {
        PartnershipFacts facts = PartnershipFacts.builder(TODAY)
                .commitments("dedicated_engineering", "nothing")
                .build();

        assertThat(checklists.beforeStarting(PLAYBOOK, facts).get(0).state()).isEqualTo(State.OPEN);
    }

    @Test
    void launchChecklistIsDoneWhenEverythingIsRecorded() {
        PartnershipFacts facts = PartnershipFacts.builder(TODAY)
                .charterSignatures(2)
                .integrationPathway("docs")
                .launchOwners("Dana", "Lee")
                .launchDate(TODAY.plusWeeks(5))
                .successMeasures("20 activations")
                .build();

        assertThat(checklists.beforeLaunching(PLAYBOOK, facts))
                .filteredOn(s -> !s.item().doneWhen().isEmpty())
                .extracting(ChecklistStatus::state)
                .containsOnly(State.DONE);
    }

    @Test
    void oneSignatureIsNotASignedCharter() {
        PartnershipFacts facts =
                PartnershipFacts.builder(TODAY).charterSignatures(1).build();

        assertThat(checklists.beforeLaunching(PLAYBOOK, facts).get(0).state()).isEqualTo(State.OPEN);
    }

    @Test
    void itemsWithoutConditionsAreManual() {
        Playbook playbook = TestPlaybooks.parse(TestPlaybooks.edited(
                "text: A tier is chosen\n      done_when:\n        - {field: tier, is: present}\n",
                "text: A tier is chosen\n"));

        assertThat(checklists
                        .beforeStarting(
                                playbook, PartnershipFacts.builder(TODAY).build())
                        .get(3)
                        .state())
                .isEqualTo(State.MANUAL);
    }
}
