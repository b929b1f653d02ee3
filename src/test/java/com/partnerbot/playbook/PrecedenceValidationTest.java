package com.partnerbot.playbook;

import static com.partnerbot.playbook.TestPlaybooks.edited;
import static com.partnerbot.playbook.TestPlaybooks.lineOf;
import static com.partnerbot.playbook.TestPlaybooks.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The keys that bound a verdict are checked like every other rule: each mistake at its file, line and field. */
class PrecedenceValidationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown cap level          | '    investment_at_most: light\\n    reason: >-\\n      Only' | '    investment_at_most: some\\n    reason: >-\\n      Only' | precedence[4].investment_at_most | no investment level "some"
            cap and withhold           | '    withhold_investment: true\\n    withhold_tier: true\\n    reason: Don''t' | '    withhold_investment: true\\n    investment_at_most: light\\n    withhold_tier: true\\n    reason: Don''t' | precedence[0] | set investment_at_most or withhold_investment, not both
            bad standing               | '    standing: stop\\n    headline' | '    standing: red\\n    headline' | precedence[1].standing | standing "red": use at_risk or stop
            standing without headline  | '    headline: "not worth pursuing: leverage too low"\\n' | '' | precedence[1].headline | missing
            unknown placeholder        | 'a commitment from {sides_not_committing}' | 'a commitment from {other_side}' | precedence[4].reason | unknown placeholder {other_side}
            unknown fact in when       | '{field: verdict, in: [handshake]}' | '{field: verdikt, in: [handshake]}' | precedence[0].when[0].field | unknown field "verdikt"
            bad next step source       | '    next_step_from: value\\n' | '    next_step_from: values\\n' | precedence[2].next_step_from | "values": use verdict, investment, value
            bounding without reason    | '    reason: No tier until there is leverage worth investing in.\\n' | '' | precedence[1].reason | missing
            repeated committing sides  | '      committing_sides: 1\\n' | '      committing_sides: 2\\n' | qualification.verdicts.one_sided.committing_sides | repeated committing_sides 2 (first used by real)
            committing sides too many  | '      committing_sides: 2\\n' | '      committing_sides: 3\\n' | qualification.verdicts.real.committing_sides | 3 is not a number of sides from 0 to 2
            no verdict for zero        | '      committing_sides: 0\\n' | '      committing_sides: 1\\n' | qualification.verdicts | needs a verdict with committing_sides: 0
            missing committing sides   | '      committing_sides: 0\\n' | '' | qualification.verdicts.handshake.committing_sides | missing
            bad verdict standing       | '      standing: ok\\n' | '      standing: fine\\n' | qualification.verdicts.real.standing | standing "fine": use ok, at_risk, stop
            dependency answer too long | 'label: Nothing changes for them' | 'label: Nothing changes for them, they have three other vendors lined up already today' | qualification.dependency_answers[4].label | 78 characters, but Slack shows at most 75
            undescribed reason missing | '    undescribed: "{side}: {kind}, not described, so it does not count as a commitment"\\n' | '' | qualification.reasons.undescribed | missing
            """)
    void eachMistakeIsFoundAtItsField(String kind, String from, String to, String path, String message) {
        String yaml = edited(from.replace("\\n", "\n"), to.replace("\\n", "\n"));

        assertThat(problems(yaml)).filteredOn(p -> p.path().equals(path)).anySatisfy(p -> {
            assertThat(p.message()).startsWith(message);
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void missingSectionsAreNamedWhereTheyBelong() {
        int start = PlaybookLoader.defaultYaml().indexOf("placeholder_answers:");
        int end = PlaybookLoader.defaultYaml().indexOf("\n# Framework 5");
        String yaml = edited(PlaybookLoader.defaultYaml().substring(start, end), "");

        assertThat(problems(yaml))
                .extracting(Problem::path, Problem::message)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "placeholder_answers", "missing or empty: needs at least one entry"),
                        org.assertj.core.groups.Tuple.tuple(
                                "precedence", "missing or empty: needs at least one entry"));
    }

    @Test
    void aProblemInARuleIsPlacedOnItsLine() {
        String yaml = edited("{field: investment, in: [none]}", "{field: investment, in: [none], is: empty}");

        List<Problem> problems = problems(yaml);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("precedence[1].when[0]");
            assertThat(p.line()).isEqualTo(lineOf(yaml, "{field: investment, in: [none], is: empty}"));
            assertThat(p.message()).startsWith("set exactly one of");
        });
    }
}
