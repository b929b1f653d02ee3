package com.partnerbot.store;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The trigrams of a name's key, as {@code partnership_name_gram} keeps them: every run of three characters of the key
 * padded with two spaces before and one after (as PostgreSQL's pg_trgm pads), so that even a one-letter name has
 * grams and its first letters weigh more than any other run. Characters are counted as code points, so a gram never
 * splits a character outside the Basic Multilingual Plane.
 */
public final class NameGrams {
    public static final int SIZE = 3;

    private NameGrams() {}

    /** The distinct grams of {@code key} (a name already stripped and lower-cased), in order of first appearance. */
    public static Set<String> of(String key) {
        int[] points = ("  " + key + " ").codePoints().toArray();
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i + SIZE <= points.length; i++) {
            grams.add(new String(points, i, SIZE));
        }
        return grams;
    }
}
