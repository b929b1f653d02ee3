package com.partnerbot.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the default playbook supplies a number or rule the source does not have, its comments say so right above
 * it, in what {@code playbook export} prints, so a team knows what to tune.
 */
class InventedDefaultsTest {
    private static final String MARK = "NOT FROM THE SOURCE";

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "recommended_max_tiers: 3",
                "{field: days_since_post_launch_activity, above: 14}",
                "- id: sales_channel",
                "- id: pre_launch",
                "placeholder_answers:",
                "dependency_answers:",
                "precedence:"
            })
    void theCommentAboveAnInventedDefaultSaysSo(String line) {
        assertThat(commentAbove(exported(), line)).contains(MARK);
    }

    /** The comment lines directly above the first line holding {@code text}, up to the previous key. */
    private static String commentAbove(String yaml, String text) {
        List<String> lines = yaml.lines().toList();
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) {
            if (lines.get(i).contains(text)) {
                at = i;
            }
        }
        assertThat(at).as("line with %s", text).isNotNegative();
        // A condition sits a few lines under its anti-pattern's comment: look up to the nearest comment block.
        int end = at - 1;
        while (end >= 0 && end > at - 8 && !lines.get(end).strip().startsWith("#")) {
            end--;
        }
        List<String> comment = new ArrayList<>();
        for (int i = end; i >= 0 && lines.get(i).strip().startsWith("#"); i--) {
            comment.add(0, lines.get(i));
        }
        return String.join("\n", comment);
    }

    private static String exported() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = PlaybookCli.run(
                new String[] {"export"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
