package com.partnerbot.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.playbook.Branch;
import com.partnerbot.playbook.DecisionTree;
import com.partnerbot.playbook.Node;
import com.partnerbot.playbook.Outcome;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.element.RadioButtonsElement;
import com.slack.api.model.block.element.StaticSelectElement;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DecisionModalTest {
    private static final Outcome DONE = new Outcome("done", "Done", "advice", null, null, List.of(), List.of());

    private static Node node(String id, String help, int branches) {
        return new Node(
                id,
                "Question " + id + "?",
                help,
                IntStream.range(0, branches)
                        .mapToObj(i -> new Branch("a" + i, "Answer " + i, "answered " + i, null, "done"))
                        .toList());
    }

    private static List<InputBlock> inputs(DecisionTree tree) {
        return new DecisionModal()
                .render(tree, "{}").getBlocks().stream()
                        .filter(InputBlock.class::isInstance)
                        .map(InputBlock.class::cast)
                        .toList();
    }

    @Test
    void aQuestionWithUpToTenAnswersIsRadioButtonsWithAHintWhenTheNodeHasHelp() {
        List<InputBlock> inputs = inputs(new DecisionTree(
                "t", "A tree", "q1", List.of(node("q1", "Some help", 10), node("q2", null, 2)), List.of(DONE)));
        assertThat(inputs).extracting(InputBlock::getBlockId).containsExactly("node:q1", "node:q2");
        assertThat(inputs.get(0).getElement()).isInstanceOf(RadioButtonsElement.class);
        assertThat(inputs.get(0).getHint().getText()).isEqualTo("Some help");
        assertThat(inputs.get(1).getHint()).isNull();
        assertThat(inputs).allMatch(InputBlock::isOptional);
    }

    @Test
    void moreThanTenAnswersBecomeAMenuBecauseRadioButtonsStopAtTen() {
        List<InputBlock> inputs =
                inputs(new DecisionTree("t", "A tree", "q1", List.of(node("q1", null, 12)), List.of(DONE)));
        assertThat(inputs.get(0).getElement()).isInstanceOf(StaticSelectElement.class);
    }
}
