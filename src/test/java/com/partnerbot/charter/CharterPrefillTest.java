package com.partnerbot.charter;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.partnerships.QuestionnaireAnswers;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.playbook.TestPlaybooks;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A first charter's texts from the qualification's answers, as the playbook's prefill lists ask. */
class CharterPrefillTest {
    private final CharterPrefill prefill = new CharterPrefill(PlaybookLoader.loadDefault());

    private static QuestionnaireAnswers.Builder answers() {
        return QuestionnaireAnswers.empty().toBuilder()
                .qualification("spend_commitment", " 3 years ", "dedicated_engineering", null, " They lose a badge ")
                .valueBySide(Map.of("us", " Platform reach ", "partner", "Certification", "customers", "One bill"))
                .exitCriteria("  End after Crawl  ");
    }

    @Test
    void severalFactsAreOneLineEachWithWhatTheyAreAndOneFactIsGivenAsRecorded() {
        assertThat(prefill.texts(answers().build()))
                .containsExactly(
                        Map.entry(
                                "mutual_goals",
                                "Our company: Platform reach\nThe partner: Certification\nShared customers: One bill"),
                        Map.entry(
                                "value_exchange",
                                "We commit, and would lose: Spend or revenue commitment (e.g. multi-year cloud spend)"
                                        + " (3 years)\nThe partner commits, and would lose: Dedicated engineering team"),
                        Map.entry("exit_criteria", "End after Crawl"));
    }

    @Test
    void factsNotRecordedAreLeftOutAndATextWithNoneIsNotGiven() {
        var answers = answers()
                .valueBySide(Map.of("us", "Platform reach", "partner", "  "))
                .qualification(null, null, null, "  ", null)
                .exitCriteria(" ")
                .build();
        assertThat(prefill.texts(answers)).containsExactly(Map.entry("mutual_goals", "Our company: Platform reach"));
        assertThat(prefill.texts(QuestionnaireAnswers.empty())).isEmpty();
    }

    @Test
    void aCommitmentIsItsKindWithItsNoteOrTheNoteAloneForAKindThePlaybookDoesNotHave() {
        var answers = answers()
                .qualification("nothing", "   ", "retired_kind", " A handshake ", null)
                .build();
        assertThat(prefill.texts(answers))
                .containsEntry(
                        "value_exchange",
                        "We commit, and would lose: Nothing\nThe partner commits, and would lose: A handshake");
    }

    @Test
    void sidesAreNamedAsThePlaybookNamesThem() {
        var renamed = new CharterPrefill(TestPlaybooks.parse(TestPlaybooks.edited(
                "      label: Our company\n", "      label: Northwind Cloud\n",
                "      label: The partner\n", "      label: Acme\n",
                "      label: Shared customers\n", "      label: Joint customers\n")));
        assertThat(renamed.texts(answers().build()))
                .containsEntry(
                        "mutual_goals",
                        "Northwind Cloud: Platform reach\nAcme: Certification\nJoint customers: One bill");
    }

    @Test
    void theDependencyAnswerAndTheExitCriteriaTogetherAreLabelled() {
        var both = new CharterPrefill(TestPlaybooks.parse(TestPlaybooks.edited(
                "          prefill: [exit_criteria]\n", "          prefill: [exit_criteria, dependency_answer]\n")));
        assertThat(both.texts(answers().build()))
                .containsEntry(
                        "exit_criteria", "Exit criteria: End after Crawl\nWithout us, the partner: They lose a badge");
    }
}
