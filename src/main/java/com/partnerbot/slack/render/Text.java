package com.partnerbot.slack.render;

import com.slack.api.model.block.composition.PlainTextObject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small text helpers for Slack: what people typed shown exactly as typed, Slack's mrkdwn escaped, and Slack's limits.
 *
 * <p>Slack's mrkdwn has no escape for {@code *}, {@code _}, {@code ~} or a backtick, so text a person typed (a name, a
 * note) never goes into mrkdwn: it goes into a {@link #literal plain_text} object, where Slack formats nothing,
 * turns no {@code :code:} into an emoji and pings nobody. Where text must be mrkdwn (a message's notification text),
 * {@link #escape} escapes the three characters Slack reads as control characters, exactly once.
 */
public final class Text {
    private static final Pattern ESCAPED = Pattern.compile("&(amp|lt|gt);");

    private Text() {}

    /** Escapes the three characters Slack's mrkdwn treats as control characters. */
    public static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Undoes the escaping Slack applies to {@code &}, {@code <} and {@code >} in slash-command and message text, once:
     * a person who typed {@code AT&T} arrives as {@code AT&amp;T} and becomes {@code AT&T} again, and one who typed
     * {@code &lt;} arrives as {@code &amp;lt;} and stays {@code &lt;}.
     */
    public static String unescape(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = ESCAPED.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String replacement =
                    switch (m.group(1)) {
                        case "amp" -> "&";
                        case "lt" -> "<";
                        default -> ">";
                    };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Text shown exactly as given, cut to {@code max}: plain_text, with {@code :code:} left as typed. */
    public static PlainTextObject literal(String s, int max) {
        return PlainTextObject.builder().text(clip(s, max)).emoji(false).build();
    }

    /** A decision path ("a -> b -> Outcome") escaped, with arrows that read as arrows. */
    public static String path(String s) {
        return escape(s == null ? "" : s.replace(" -> ", " → "));
    }

    /** Cuts display text to {@code max} characters, marking the cut; never used on stored data. */
    public static String clip(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, Math.max(0, max - 1)) + "…";
    }
}
