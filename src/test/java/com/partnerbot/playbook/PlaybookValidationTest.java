package com.partnerbot.playbook;

import static com.partnerbot.playbook.TestPlaybooks.edited;
import static com.partnerbot.playbook.TestPlaybooks.lineOf;
import static com.partnerbot.playbook.TestPlaybooks.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of mistake a team can make is reported with its file, line and field path. */
class PlaybookValidationTest {

    @Test
    void theDefaultPlaybookIsValid() throws PlaybookException {
        assertThat(PlaybookLoader.parse(PlaybookLoader.defaultYaml(), "default.yml")
                        .id())
                .isEqualTo("partner-ecosystem");
    }

    @Test
    void yamlSyntaxErrorHasLineAndColumn() {
        List<Problem> problems = problems("id: x\nname: [unclosed\nversion: 1\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("team.yml");
            assertThat(p.line()).isGreaterThanOrEqualTo(2);
            assertThat(p.column()).isPositive();
            assertThat(p.message()).startsWith("YAML syntax:");
        });
    }

    @Test
    void repeatedKeyIsASyntaxError() {
        assertThat(problems("id: x\nid: y\n")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("id");
        });
    }

    @Test
    void emptyFileIsReported() {
        assertThat(problems("")).singleElement().satisfies(p -> assertThat(p.message())
                .contains("empty"));
    }

    @Test
    void unknownKeysAreAllReportedWithTheirPlace() {
        String yaml = edited(
                "recommended_max_tiers: 3", "recommended_max_tiers: 3\ncolour: blue",
                "    title: Phase gate", "    title: Phase gate\n    owner: ops");

        List<Problem> problems = problems(yaml);

        assertThat(problems)
                .extracting(Problem::toString)
                .containsExactly(
                        "team.yml:" + lineOf(yaml, "colour") + ":1: colour: unknown key \"colour\"",
                        "team.yml:" + lineOf(yaml, "owner: ops") + ":5: trees.phase_gate.owner: unknown key \"owner\"");
    }

    @Test
    void wrongKindOfValueNamesTheField() {
        String yaml = edited("recommended_max_tiers: 3", "recommended_max_tiers: many");

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("recommended_max_tiers");
            assertThat(p.line()).isEqualTo(lineOf(yaml, "recommended_max_tiers: many"));
            assertThat(p.message()).contains("whole number");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing section        | charter:\\n  required_before_launch: true                  | chartr:\\n  required_before_launch: true | charter | missing
            missing tree           | '  phase_gate:\\n    title: Phase gate'                    | '  gate:\\n    title: Phase gate'      | trees   | missing tree "phase_gate"
            unknown node           | next: marquee                                           | next: marqee                   | trees.tier.nodes[0].branches[1].next | no node "marqee"
            unknown start node     | start: core                                             | start: kernel                  | trees.build_or_partner.start | no node "kernel"
            unknown outcome        | outcome: build_anyway                                   | outcome: build_later           | trees.build_or_partner.nodes[2].branches[1].outcome | no outcome "build_later"
            unknown gate phase     | 'phase: crawl\\n        question'                      | 'phase: sprint\\n        question' | trees.phase_gate.nodes[0].phase | no phase "sprint"
            gate question no phase | '        phase: walk\\n        question'              | '        question'              | trees.phase_gate.nodes[1].phase | missing: every question of the phase gate names the phase whose gate asks it
            unknown tier           | tier: tier_3\\n                                          | tier: tier_4\\n                 | trees.tier.outcomes[1].tier | no tier "tier_4"
            unknown investment     | investment: light\\n  - id: customer                     | investment: some\\n  - id: customer | leverage_types[2].investment | no investment level "some"
            unknown signer         | 'signers: [us, partner]'                                | 'signers: [us, vendor]'        | charter.signature.signers[1] | no value side "vendor"
            duration min over max  | 'duration: {min: 8, max: 12, unit: weeks}'              | 'duration: {min: 13, max: 12, unit: weeks}' | phases[1].duration | minimum 13 exceeds maximum 12
            launch weeks reversed  | 'start_week: 2\\n      end_week: 8'                     | 'start_week: 9\\n      end_week: 8' | launch.stages[2].start_week | start_week 9 exceeds end_week 8
            repeated id            | '  - id: walk\n'                                        | '  - id: crawl\n'                | phases[1].id | repeated id "crawl" (first used at phases[0])
            repeated rank          | 'rank: 4'                                               | 'rank: 3'                      | leverage_types[3].rank | repeated rank "3" (first used at leverage_types[2])
            option text too long   | 'label: Dedicated engineering team'                     | 'label: Dedicated engineering team of at least five senior engineers for two full years'  | qualification.commitment_kinds[1].label | 79 characters, but Slack shows at most 75 in an option
            modal title too long   | 'title: Build or partner'                               | 'title: Build it or find a partner for it' | trees.build_or_partner.title | 33 characters, but Slack shows at most 24 in a modal title
            unknown fact field     | 'field: exit_criteria, is: empty'                       | 'field: exit_date, is: empty'  | anti_patterns[6].detect[0].field | unknown field "exit_date"
            two tests in one       | '{field: tiers_configured, above: recommended_max_tiers}' | '{field: tiers_configured, above: 3, below: 9}' | anti_patterns[3].detect[0] | set exactly one of is, in, above, below, contains_any
            bad limit              | 'above: 14}'                                            | 'above: two weeks}'            | anti_patterns[4].detect[0].above | "two weeks" is not a whole number
            section over slack     | 'max_length: 2000\n      items:\n        - Crawl'      | 'max_length: 5000\n      items:\n        - Crawl' | charter.sections[2].max_length | 5000 is not between 1 and 3000
            unknown prefill        | 'prefill: [our_commitment, partner_commitment]'        | 'prefill: [our_commitment, budget]' | charter.sections[1].prefill[1] | cannot prefill from "budget"
            unrecordable fact      | 'records: integration_pathway'                          | 'records: tier'                | charter.sections[1].fields[0].records | a charter field cannot record "tier"
            date fact in text      | '          type: date\n          records: launch_date'  | '          type: text\n          records: launch_date' | charter.sections[2].fields[0].records | launch_date needs a field of type date
            own checklist checked  | 'owner\\n  before_launching:'                        | 'owner\\n  before_renewal:\\n    - id: renewal_call\\n      text: Renewal call held\\n      done_when:\\n        - {field: renewal, is: present}\\n  before_launching:' | checklists.before_renewal[0].done_when[0].field | unknown field "renewal"
            """)
    void eachMistakeIsFoundAtItsField(String kind, String from, String to, String path, String message) {
        String yaml = edited(from.replace("\\n", "\n"), to.replace("\\n", "\n"));

        List<Problem> problems = problems(yaml);

        assertThat(problems).filteredOn(p -> p.path().equals(path)).anySatisfy(p -> {
            assertThat(p.message()).startsWith(message);
            assertThat(p.file()).isEqualTo("team.yml");
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void aTeamsOwnChecklistIsReadUnderItsOwnKey() throws Exception {
        String yaml = edited(
                "owner\n  before_launching:",
                "owner\n  before_renewal:\n    - id: renewal_call\n      text: Renewal call held\n  before_launching:");

        Playbook playbook = PlaybookLoader.parse(yaml, "team.yml");

        assertThat(playbook.checklists().all()).containsKeys("before_starting", "before_launching", "before_renewal");
        assertThat(playbook.checklists().others().get("before_renewal"))
                .extracting(ChecklistItem::id)
                .containsExactly("renewal_call");
        assertThat(Checklists.title("before_renewal")).isEqualTo("Before renewal");
    }

    @Test
    void idsAndAnswersMustFitWhereSlackCarriesThem() {
        String longId = "q".repeat(SlackLimits.ID + 1);
        String longAnswer = "a".repeat(SlackLimits.OPTION_VALUE + 1);
        String yaml = edited(
                "start: self_serve\n    nodes:\n      - id: self_serve",
                "start: " + longId + "\n    nodes:\n      - id: " + longId,
                "          - answer: \"no\"\n            label: \"No\"\n            summary: the partner cannot self-serve",
                "          - answer: " + longAnswer
                        + "\n            label: \"No\"\n            summary: the partner cannot self-serve");

        assertThat(problems(yaml))
                .extracting(Problem::path, Problem::message)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "trees.tier.nodes[0].id", "101 characters, but Slack shows at most 100 in an id"),
                        org.assertj.core.groups.Tuple.tuple(
                                "trees.tier.nodes[0].branches[1].answer",
                                "151 characters, but Slack shows at most 150 in an option value"));
    }

    @Test
    void aTreeTooLongForOneModalIsReported() {
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < SlackLimits.MODAL_INPUTS; i++) {
            extra.append("      - id: extra_")
                    .append(i)
                    .append("\n")
                    .append("        question: Extra ")
                    .append(i)
                    .append("?\n")
                    .append("        branches:\n")
                    .append("          - {answer: \"yes\", label: \"Yes\", summary: yes, outcome: tier_2}\n");
        }
        String yaml = edited("    nodes:\n      - id: self_serve", "    nodes:\n" + extra + "      - id: self_serve");

        assertThat(problems(yaml))
                .filteredOn(p -> p.path().equals("trees.tier.nodes"))
                .extracting(Problem::message)
                .containsExactly("92 entries, but one modal holds at most 90");
    }

    @Test
    void branchWithNoOutcome() {
        String yaml = edited(
                "summary: no credible partner needs us too\n            outcome: build_anyway",
                "summary: no credible partner needs us too");

        assertThat(problems(yaml))
                .extracting(Problem::path, Problem::message)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "trees.build_or_partner.nodes[2].branches[1]",
                        "branch has no outcome: set next (a node id) or outcome (an outcome id)"));
    }

    @Test
    void outcomeNoPathReaches() {
        String yaml = edited("outcome: build_anyway", "outcome: build");

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("trees.build_or_partner.outcomes[2]");
            assertThat(p.message()).isEqualTo("outcome \"build_anyway\" is not reached by any path");
        });
    }

    @Test
    void outcomeNoPathReachesWhenBothBranchesPointElsewhere() {
        String yaml = edited(
                "            summary: building would delay the roadmap more than 6 months\n            outcome: partner",
                "            summary: building would delay the roadmap more than 6 months\n            outcome: build",
                "            summary: a credible partner needs us too\n            outcome: partner",
                "            summary: a credible partner needs us too\n            outcome: build");

        Problem problem = problems(yaml).get(0);

        assertThat(problem.toString())
                .isEqualTo("team.yml:" + lineOf(yaml, "      - id: partner\n        label: Partner") + ":9: "
                        + "trees.build_or_partner.outcomes[1]: outcome \"partner\" is not reached by any path");
    }

    @Test
    void aLoopIsReported() {
        String yaml = edited(
                "            summary: no credible partner needs us too\n            outcome: build_anyway",
                "            summary: no credible partner needs us too\n            next: core");

        assertThat(problems(yaml))
                .extracting(Problem::message)
                .contains("a path loops back to node \"core\" and never ends in an outcome");
    }

    @Test
    void everyMistakeIsReportedInOneRun() {
        String yaml = edited(
                "next: marquee",
                "next: marqee",
                "duration: {min: 8, max: 12, unit: weeks}",
                "duration: {min: 13, max: 12, unit: weeks}",
                "  - id: walk\n",
                "  - id: crawl\n",
                "title: Build or partner",
                "title: Build it or find a partner for it",
                "recommended_max_tiers: 3",
                "recommended_max_tiers: 3\nextra: true");

        List<Problem> problems = problems(yaml);

        assertThat(problems)
                .extracting(Problem::path)
                .contains(
                        "extra",
                        "trees.tier.nodes[0].branches[1].next",
                        "trees.build_or_partner.title",
                        "phases[1].duration",
                        "phases[1].id");
        assertThat(problems)
                .isSortedAccordingTo(
                        java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    }

    @Test
    void problemReadsAsFileLineColumnPathMessage() {
        assertThat(new Problem("my.yml", 12, 5, "trees.tier.nodes[1].branches[0].next", "no node \"foo\"").toString())
                .isEqualTo("my.yml:12:5: trees.tier.nodes[1].branches[0].next: no node \"foo\"");
    }
}
