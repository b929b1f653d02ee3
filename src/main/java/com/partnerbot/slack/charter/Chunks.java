package com.partnerbot.slack.charter;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text longer than a Slack text object holds into pieces that each fit, at a line break or a space where
 * there is one: a long section is shown whole over several blocks, never cut.
 */
final class Chunks {
    private Chunks() {}

    static List<String> of(String text, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = text == null ? "" : text;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf('\n', max);
            if (cut < max / 2) {
                cut = rest.lastIndexOf(' ', max);
            }
            if (cut < max / 2) {
                cut = max;
                // Never split a surrogate pair.
                if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                    cut--;
                }
            }
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }
}
