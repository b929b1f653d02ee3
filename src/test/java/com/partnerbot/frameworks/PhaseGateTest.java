package com.partnerbot.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbot.playbook.Branch;
import com.partnerbot.playbook.DecisionTree;
import com.partnerbot.playbook.Node;
import com.partnerbot.playbook.Outcome;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.PlaybookLoader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The default playbook's phase gate, exactly as the source gives it, run for the gate of each phase. */
class PhaseGateTest {
    private static final Playbook PLAYBOOK = PlaybookLoader.loadDefault();
    private static final PhaseGate GATE = new PhaseGate(PLAYBOOK.tree(Playbook.PHASE_GATE_TREE), PLAYBOOK.phases());

    private static PhaseGate.Decision decided(PhaseGate.Result result) {
        assertThat(result).isInstanceOf(PhaseGate.Result.Decided.class);
        return ((PhaseGate.Result.Decided) result).decision();
    }

    @Test
    void crawlMissingItsCriteriaEndsThePartnership() {
        var d = decided(GATE.evaluate("crawl", Map.of("crawl_met", "no"), Map.of()));

        assertThat(d.move()).isEqualTo(PhaseGate.Move.END);
        assertThat(d.nextPhase()).isEmpty();
        assertThat(d.outcome().map(Outcome::id)).contains("end");
        assertThat(d.explain()).isEqualTo("Crawl missed its success criteria -> End partnership, learn from failure");
    }

    @Test
    void crawlMeetingItsCriteriaAdvancesToWalk_theWalkQuestionIsNotAskedYet() {
        var d = decided(GATE.evaluate("crawl", Map.of("crawl_met", "yes", "walk_met", "yes"), Map.of()));

        assertThat(d.move()).isEqualTo(PhaseGate.Move.ADVANCE);
        assertThat(d.nextPhase()).contains("walk");
        assertThat(d.outcome()).isEmpty();
        assertThat(d.path()).extracting(PathStep::nodeId).containsExactly("crawl_met");
        assertThat(d.explain()).isEqualTo("Crawl met its success criteria -> Advance to Walk");
    }

    @Test
    void walkMeetingItsCriteriaMovesToRun_withCrawlsRecordedAnswerOnThePath() {
        var d = decided(GATE.evaluate("walk", Map.of("walk_met", "YES "), Map.of("crawl_met", "yes")));

        assertThat(d.move()).isEqualTo(PhaseGate.Move.ADVANCE);
        assertThat(d.nextPhase()).contains("run");
        assertThat(d.outcome().map(Outcome::id)).contains("run");
        assertThat(d.explain())
                .isEqualTo("Crawl met its success criteria -> Walk met its success criteria -> Move to Run phase");
    }

    @Test
    void walkMissingItsCriteriaRestartsCrawl() {
        var d = decided(GATE.evaluate("walk", Map.of("walk_met", "no"), Map.of("crawl_met", "yes")));

        assertThat(d.move()).isEqualTo(PhaseGate.Move.RESTART);
        assertThat(d.nextPhase()).contains("crawl");
        assertThat(d.label()).isEqualTo("End partnership or restart Crawl with changes");
    }

    @Test
    void theWalkGateUsesCrawlsRecordedAnswerOverOneGivenNow() {
        var d = decided(
                GATE.evaluate("walk", Map.of("crawl_met", "no", "walk_met", "yes"), Map.of("crawl_met", "yes")));

        assertThat(d.nextPhase()).contains("run");
    }

    @Test
    void anEarlierQuestionWithoutARecordedAnswerIsAskedAndCounts() {
        assertThat(GATE.asked("walk", Map.of())).extracting(Node::id).containsExactly("crawl_met", "walk_met");
        assertThat(GATE.asked("walk", Map.of("crawl_met", "maybe")))
                .extracting(Node::id)
                .containsExactly("crawl_met", "walk_met");

        var d = decided(GATE.evaluate("walk", Map.of("crawl_met", "no", "walk_met", "yes"), Map.of()));

        assertThat(d.move()).isEqualTo(PhaseGate.Move.END);
    }

    @Test
    void eachGateAsksItsOwnQuestions() {
        assertThat(GATE.asked("crawl", Map.of())).extracting(Node::id).containsExactly("crawl_met");
        assertThat(GATE.asked("walk", Map.of("crawl_met", "yes")))
                .extracting(Node::id)
                .containsExactly("walk_met");
        assertThat(GATE.asked("run", Map.of("crawl_met", "yes", "walk_met", "yes")))
                .isEmpty();
    }

    @Test
    void onlyPhasesWithQuestionsHaveAGate() {
        assertThat(GATE.hasGate("crawl")).isTrue();
        assertThat(GATE.hasGate("walk")).isTrue();
        assertThat(GATE.hasGate("run")).isFalse();
    }

    @Test
    void aQuestionLeftBlankOrAnsweredWithNoBranchIsNamed() {
        assertThat(GATE.evaluate("crawl", Map.of(), Map.of())).isEqualTo(new PhaseGate.Result.Unanswered("crawl_met"));
        assertThat(GATE.evaluate("crawl", Map.of("crawl_met", "maybe"), Map.of()))
                .isEqualTo(new PhaseGate.Result.Unanswered("crawl_met"));
        assertThat(GATE.evaluate("walk", Map.of(), Map.of("crawl_met", "yes")))
                .isEqualTo(new PhaseGate.Result.Unanswered("walk_met"));
    }

    @Test
    void anUnknownPhaseIsAMistakeOfTheCaller() {
        assertThatThrownBy(() -> GATE.evaluate("sprint", Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sprint");
    }

    // A team's own gate: one question for Crawl whose outcomes name the same phase, a later one, or none.

    private static Branch to(String answer, String outcome) {
        return new Branch(answer, answer, "said " + answer, null, outcome);
    }

    private static final DecisionTree OWN = new DecisionTree(
            "phase_gate",
            "Gate",
            "q",
            List.of(new Node(
                    "q",
                    "Again?",
                    null,
                    List.of(to("same", "again"), to("later", "skip"), to("none", "stop"), to("lost", "nowhere")),
                    "walk")),
            List.of(
                    new Outcome("again", "Walk again", null, null, "walk", List.of(), List.of()),
                    new Outcome("skip", "Straight to Run", null, null, "run", List.of(), List.of()),
                    new Outcome("stop", "Stop", null, null, null, List.of(), List.of())));

    @Test
    void anOutcomeOfTheSamePhaseStaysInIt_aLaterOneAdvances() {
        var gate = new PhaseGate(OWN, PLAYBOOK.phases());

        assertThat(decided(gate.evaluate("walk", Map.of("q", "same"), Map.of())).move())
                .isEqualTo(PhaseGate.Move.STAY);
        assertThat(decided(gate.evaluate("walk", Map.of("q", "later"), Map.of()))
                        .move())
                .isEqualTo(PhaseGate.Move.ADVANCE);
        assertThat(decided(gate.evaluate("walk", Map.of("q", "none"), Map.of())).nextPhase())
                .isEqualTo(Optional.empty());
        assertThat(gate.hasGate("crawl")).isFalse();
        assertThatThrownBy(() -> gate.evaluate("walk", Map.of("q", "lost"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no outcome nowhere");
    }

    @Test
    void aQuestionWithoutAPhaseInAnUnvalidatedTreeComesBeforeEveryPhase() {
        var tree = new DecisionTree(
                "phase_gate",
                "Gate",
                "q",
                List.of(new Node("q", "Q?", null, List.of(to("none", "stop")))),
                List.of(new Outcome("stop", "Stop", null, null, null, List.of(), List.of())));
        var gate = new PhaseGate(tree, PLAYBOOK.phases());

        assertThat(gate.asked("crawl", Map.of())).extracting(Node::id).containsExactly("q");
        assertThat(gate.asked("crawl", Map.of("q", "none"))).isEmpty();
        assertThat(decided(gate.evaluate("crawl", Map.of(), Map.of("q", "none")))
                        .move())
                .isEqualTo(PhaseGate.Move.END);
    }

    @Test
    void aLoopDoesNotHang() {
        var tree = new DecisionTree(
                "phase_gate",
                "Gate",
                "a",
                List.of(
                        new Node("a", "A?", null, List.of(new Branch("y", "y", "y", "b", null)), "crawl"),
                        new Node("b", "B?", null, List.of(new Branch("y", "y", "y", "a", null)), "crawl")),
                List.of());
        var gate = new PhaseGate(tree, PLAYBOOK.phases());

        assertThatThrownBy(() -> gate.evaluate("crawl", Map.of("a", "y", "b", "y"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loops back to node a");
        var broken = new PhaseGate(
                new DecisionTree(
                        "phase_gate",
                        "Gate",
                        "a",
                        List.of(new Node("a", "A?", null, List.of(new Branch("y", "y", "y", "gone", null)), "crawl")),
                        List.of()),
                PLAYBOOK.phases());
        assertThatThrownBy(() -> broken.evaluate("crawl", Map.of("a", "y"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no node gone");
    }
}
