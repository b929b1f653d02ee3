package com.partnerbot.frameworks;

/** Blank-handling shared by the evaluators: answers come from forms, where "" and null mean the same. */
final class Text {
    private Text() {}

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
