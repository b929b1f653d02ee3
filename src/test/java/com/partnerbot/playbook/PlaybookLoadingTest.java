package com.partnerbot.playbook;

import static com.partnerbot.playbook.TestPlaybooks.edited;
import static com.partnerbot.playbook.TestPlaybooks.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a playbook file: values of the wrong kind say what was expected, and trees carry their keys as ids. */
class PlaybookLoadingTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            'blocks better ones.\\n    enabled: true' | 'blocks better ones.\\n    enabled: maybe' | anti_patterns[6].enabled | wrong kind of value: expected true or false
            'title: Phase gate'                       | 'title: [Phase, gate]'                     | trees.phase_gate.title   | wrong kind of value: expected text
            'signers: [us, partner]'                  | 'signers: us'                              | charter.signature.signers | wrong kind of value: expected a list
            'charter:\\n  required_before_launch: true' | 'charter: yes please\\nx:\\n  required_before_launch: true' | charter | wrong kind of value: expected a mapping (key: value lines)
            """)
    void aValueOfTheWrongKindSaysWhatWasExpected(String from, String to, String path, String message) {
        var found = problems(edited(from.replace("\\n", "\n"), to.replace("\\n", "\n")));

        assertThat(found).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.message()).isEqualTo(message);
        });
    }

    @Test
    void aWrongKindOfValueInAListNamesItsEntry() {
        var found = problems(edited("    rank: 2\n", "    rank: second\n"));

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("leverage_types[1].rank");
            assertThat(p.message()).isEqualTo("wrong kind of value: expected a whole number");
        });
    }

    @Test
    void treesTakeTheirKeysAsIds() {
        Playbook playbook = PlaybookLoader.loadDefault();

        assertThat(Playbook.TREE_KEYS)
                .allSatisfy(key -> assertThat(playbook.tree(key).id()).isEqualTo(key));
    }

    @Test
    void aFileIsReadAndAMissingOneIsOneProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("team.yml");
        Files.writeString(file, PlaybookLoader.defaultYaml());

        assertThat(PlaybookLoader.load(file).id()).isEqualTo("partner-ecosystem");
        assertThat(PlaybookLoader.fromEnvironment(Map.of(PlaybookLoader.ENV_VARIABLE, " " + file + " "))
                        .id())
                .isEqualTo("partner-ecosystem");
        assertThat(PlaybookLoader.fromEnvironment(Map.of(PlaybookLoader.ENV_VARIABLE, " ")))
                .isEqualTo(PlaybookLoader.loadDefault());
        assertThatThrownBy(() -> PlaybookLoader.load(dir.resolve("nope.yml")))
                .isInstanceOf(PlaybookException.class)
                .satisfies(e -> assertThat(((PlaybookException) e).problems())
                        .singleElement()
                        .satisfies(p -> assertThat(p.message()).isEqualTo("cannot read file: no such file")));
        assertThatThrownBy(() -> PlaybookLoader.load(dir))
                .isInstanceOf(PlaybookException.class)
                .satisfies(e -> assertThat(((PlaybookException) e).problems())
                        .singleElement()
                        .satisfies(p -> assertThat(p.message()).startsWith("cannot read file: ")));
    }
}
