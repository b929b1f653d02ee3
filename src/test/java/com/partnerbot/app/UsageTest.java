package com.partnerbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --help} and the README's Configuration table list the same variables with the same defaults. */
class UsageTest {
    @Test
    void helpAndReadmeNameTheSameVariables() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String configuration = readme.substring(readme.indexOf("## Configuration"));
        configuration = configuration.substring(0, configuration.indexOf("\n## ", 1));
        List<String> rows =
                configuration.lines().filter(line -> line.startsWith("| `")).toList();
        List<String> readmeNames =
                rows.stream().map(row -> row.substring(3, row.indexOf('`', 3))).toList();

        assertThat(Usage.VARIABLES).extracting(Usage.Variable::name).containsExactlyElementsOf(readmeNames);
        for (int i = 0; i < rows.size(); i++) {
            Usage.Variable variable = Usage.VARIABLES.get(i);
            String defaultColumn = rows.get(i).split("\\|")[3].strip().replace("`", "");
            assertThat(defaultColumn).as(variable.name()).isEqualTo(variable.defaultValue());
        }
    }

    @Test
    void helpShowsEachVariableOnItsOwnLine() {
        List<String> lines = Usage.text().lines().toList();
        for (Usage.Variable variable : Usage.VARIABLES) {
            assertThat(lines).as(variable.name()).anySatisfy(line -> assertThat(line)
                    .startsWith("  " + variable.name() + " ")
                    .contains(variable.meaning()));
        }
    }
}
