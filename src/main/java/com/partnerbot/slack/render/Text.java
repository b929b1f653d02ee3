package com.partnerbot.slack.render;

/** Small text helpers for Slack's mrkdwn: escaping what a user typed and keeping within Slack's limits. */
public final class Text {
    private Text() {}

    /** Escapes the three characters Slack's mrkdwn treats as control characters. */
    public static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A decision path ("a -> b -> Outcome") escaped, with arrows that read as arrows. */
    public static String path(String s) {
        return escape(s == null ? "" : s.replace(" -> ", " → "));
    }

    /** Text for inside backticks: escaped, backticks removed, and cut to {@code max} with an ellipsis. */
    public static String code(String s, int max) {
        return clip(escape(s).replace("`", "'"), max);
    }

    /** Cuts display text to {@code max} characters, marking the cut; never used on stored data. */
    public static String clip(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, Math.max(0, max - 1)) + "…";
    }
}
