package com.partnerbot.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The default playbook's text with edits, for tests that need a slightly different or broken playbook. */
public final class TestPlaybooks {
    private TestPlaybooks() {}

    /** The default YAML with each {@code from -> to} pair replaced; each {@code from} must occur exactly once. */
    public static String edited(String... fromTo) {
        String yaml = PlaybookLoader.defaultYaml();
        for (int i = 0; i < fromTo.length; i += 2) {
            String from = fromTo[i];
            int first = yaml.indexOf(from);
            assertThat(first).as("text to replace: %s", from).isNotNegative();
            assertThat(yaml.indexOf(from, first + 1))
                    .as("text occurs once: %s", from)
                    .isNegative();
            yaml = yaml.replace(from, fromTo[i + 1]);
        }
        return yaml;
    }

    public static Playbook parse(String yaml) {
        try {
            return PlaybookLoader.parse(yaml, "test.yml");
        } catch (PlaybookException e) {
            throw new AssertionError(e.report(), e);
        }
    }

    /** The problems of an invalid playbook; fails if it is valid. */
    public static List<Problem> problems(String yaml) {
        try {
            PlaybookLoader.parse(yaml, "team.yml");
        } catch (PlaybookException e) {
            return e.problems();
        }
        throw new AssertionError("expected the playbook to be invalid");
    }

    /** 1-based line of the first occurrence of the text, to check where a problem is placed. */
    public static int lineOf(String yaml, String text) {
        int at = yaml.indexOf(text);
        assertThat(at).as("text in yaml: %s", text).isNotNegative();
        return (int) yaml.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
