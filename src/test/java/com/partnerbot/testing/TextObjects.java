package com.partnerbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The text objects ({@code plain_text}, {@code mrkdwn}) of a Block Kit payload, and the check that what a person typed
 * is shown as typed: inside plain_text (where Slack formats nothing, with {@code :code:} left alone), never inside
 * mrkdwn, where {@code *}, {@code _}, {@code ~} and backticks would format and {@code <!channel>} would ping.
 */
public final class TextObjects {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TextObjects() {}

    public record Found(String type, String text, JsonNode node) {}

    /** Blocks or a view built with Slack's model classes, as the JSON Slack receives. */
    public static JsonNode json(Object model) {
        try {
            return JSON.readTree(GsonFactory.createSnakeCase().toJson(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every text object anywhere in {@code payload}. */
    public static List<Found> in(JsonNode payload) {
        List<Found> found = new ArrayList<>();
        collect(payload, found);
        return found;
    }

    private static void collect(JsonNode node, List<Found> found) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            String type = node.path("type").asText("");
            if ((type.equals("plain_text") || type.equals("mrkdwn"))
                    && node.path("text").isTextual()) {
                found.add(new Found(type, node.path("text").asText(), node));
            }
            node.elements().forEachRemaining(child -> collect(child, found));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collect(child, found));
        }
    }

    /**
     * {@code typed} appears in {@code payload} only in plain_text objects that do not turn {@code :code:} into emoji,
     * and no mrkdwn text holds it, raw or escaped.
     */
    public static void assertShownAsTyped(JsonNode payload, String typed) {
        List<Found> all = in(payload);
        List<Found> plain = all.stream()
                .filter(t -> t.type().equals("plain_text") && t.text().contains(typed))
                .toList();
        assertThat(plain)
                .as("plain_text objects showing %s in %s", typed, payload)
                .isNotEmpty();
        assertThat(plain).allSatisfy(t -> assertThat(t.node().path("emoji").asBoolean(true))
                .as("emoji off for %s", t.text())
                .isFalse());
        String escaped = typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        assertThat(all.stream().filter(t -> t.type().equals("mrkdwn")).map(Found::text))
                .as("mrkdwn texts")
                .noneMatch(text -> text.contains(typed) || text.contains(escaped));
    }

    /** A message's notification text (mrkdwn to Slack): {@code typed} escaped exactly once. */
    public static void assertEscapedOnce(String text, String typed) {
        String escaped = typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        assertThat(text).contains(escaped).doesNotContain("&amp;amp;").doesNotContain("&amp;lt;");
        if (typed.contains("<")) {
            assertThat(text).doesNotContain(typed);
        }
    }
}
