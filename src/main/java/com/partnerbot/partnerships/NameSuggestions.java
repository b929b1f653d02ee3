package com.partnerbot.partnerships;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The existing names closest to a name typed that matches none: first those that start with it, then those it
 * starts with, then those that contain it (or that it contains), then those within a few typos. Case never
 * matters.
 */
public final class NameSuggestions {
    public static final int MAX = 3;
    /** Shorter text matches too many names as a prefix or substring to help. */
    private static final int MIN_FRAGMENT = 2;

    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private NameSuggestions() {}

    private record Candidate(String name, int rank, int distance) {}

    public static List<String> closest(String typed, List<String> names) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        String wanted = key(typed);
        int allowed = Math.max(2, wanted.length() / 3);
        List<Candidate> candidates = new ArrayList<>();
        for (String name : names) {
            String have = key(name);
            int distance = distance(wanted, have);
            int rank;
            boolean fragment = wanted.length() >= MIN_FRAGMENT;
            if (fragment && have.startsWith(wanted)) {
                rank = 0;
            } else if (fragment && wanted.startsWith(have)) {
                rank = 1;
            } else if (fragment && (have.contains(wanted) || wanted.contains(have))) {
                rank = 2;
            } else if (distance <= allowed) {
                rank = 3;
            } else {
                continue;
            }
            candidates.add(new Candidate(name, rank, distance));
        }
        return candidates.stream()
                .sorted(Comparator.comparingInt(Candidate::rank)
                        .thenComparingInt(Candidate::distance)
                        .thenComparing(c -> key(c.name())))
                .limit(MAX)
                .map(Candidate::name)
                .toList();
    }

    /** Levenshtein distance: insertions, deletions and substitutions each count one. */
    static int distance(String a, String b) {
        return LEVENSHTEIN.apply(a, b);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
