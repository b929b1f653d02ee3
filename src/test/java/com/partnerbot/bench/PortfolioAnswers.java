package com.partnerbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.slack.portfolio.PortfolioIds;
import com.partnerbot.testing.RecordedCall;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmark reads in the portfolio's answers to know they are the right ones, in words loose enough to keep
 * holding when the wording changes: a range of partnerships out of a total, a Next button, a Home published.
 */
final class PortfolioAnswers {
    private static final Pattern RANGE = Pattern.compile("(\\d[\\d,]*)\\s*[-–]\\s*(\\d[\\d,]*)\\s+of\\s+(\\d[\\d,]*)");

    private PortfolioAnswers() {}

    /** The first, last and total of "Partnerships 11-20 of 10000" (thousands separators allowed). */
    static int[] range(String text) {
        Matcher m = RANGE.matcher(text == null ? "" : text);
        assertThat(m.find()).as("a range of partnerships in: " + text).isTrue();
        return new int[] {number(m.group(1)), number(m.group(2)), number(m.group(3))};
    }

    /** The value of the list's Next button among {@code blocks}, or null when there is none. */
    static String nextValue(JsonNode blocks) {
        for (JsonNode element : blocks.findParents("action_id")) {
            if (PortfolioIds.LIST_NEXT_ACTION.equals(element.path("action_id").asText())) {
                return element.path("value").asText();
            }
        }
        return null;
    }

    static Predicate<RecordedCall> publishedFor(Set<String> users) {
        return call -> call.method().equals("views.publish") && users.contains(call.arg("user_id"));
    }

    /** A view or message that counts all {@code total} partnerships, with or without thousands separators. */
    static void assertShowsTheTotal(String view, int total) {
        assertThat(view).containsAnyOf(Integer.toString(total), String.format("%,d", total));
    }

    private static int number(String digits) {
        return Integer.parseInt(digits.replace(",", ""));
    }
}
