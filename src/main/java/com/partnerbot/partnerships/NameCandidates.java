package com.partnerbot.partnerships;

import com.partnerbot.store.NameGrams;
import com.partnerbot.store.PartnershipDao;
import com.partnerbot.store.PartnershipNameDao;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names worth ranking when a name typed matches none, read with bounded queries instead of every name of the
 * workspace: the shortest that start with it, those it starts with, the shortest that contain it (among the names
 * having its rarest trigram, when that one is not common), and those sharing most of its trigrams (a typo keeps most
 * of them). {@link NameSuggestions} ranks them; a name within a few typos but
 * sharing no trigram with what was typed (two letters both wrong, say) is not among them.
 */
final class NameCandidates {
    /** At most this many names from each query. */
    static final int LIMIT = 50;

    /**
     * A gram more names than this share tells them apart poorly ("par" when every name starts with "Partner"): it is
     * left out when rarer ones remain, which also bounds the rows read for each gram.
     */
    static final int COMMON = 500;

    /** Names are at most {@link PartnershipDraft#NAME_MAX} characters; text typed beyond twice that adds nothing. */
    static final int TYPED_MAX = 2 * PartnershipDraft.NAME_MAX;

    private NameCandidates() {}

    static Set<String> read(PartnershipNameDao dao, String teamId, String typed) {
        String key = clip(PartnershipDao.nameKey(typed));
        if (key.isEmpty()) {
            return Set.of();
        }
        Set<String> names = new LinkedHashSet<>(dao.startingWith(teamId, key, LIMIT));
        names.addAll(dao.named(teamId, prefixes(key)));
        List<String> grams = List.copyOf(NameGrams.of(key));
        Map<String, Integer> uses = dao.gramUses(teamId, grams, COMMON + 1);
        Optional<String> rarestOwn =
                own(key).stream().min(Comparator.comparingInt(uses::get)).filter(g -> uses.get(g) <= COMMON);
        names.addAll(
                rarestOwn.isPresent()
                        ? dao.containing(teamId, key, rarestOwn.get(), LIMIT)
                        : dao.containing(teamId, key, LIMIT));
        List<String> telling = grams.stream().filter(g -> uses.get(g) <= COMMON).toList();
        names.addAll(dao.sharingGrams(teamId, telling.isEmpty() ? grams : telling, grams.size() * COMMON, LIMIT));
        return names;
    }

    /** The grams that are part of {@code key} itself, not of its padding: every name containing it has them all. */
    static List<String> own(String key) {
        return NameGrams.of(key).stream().filter(key::contains).toList();
    }

    /** The keys {@code key} starts with, shortest first, no longer than a name can be. */
    static List<String> prefixes(String key) {
        List<String> prefixes = new ArrayList<>();
        int end = 0;
        while (end < key.length() && prefixes.size() < PartnershipDraft.NAME_MAX) {
            end = key.offsetByCodePoints(end, 1);
            prefixes.add(key.substring(0, end));
        }
        return prefixes;
    }

    private static String clip(String key) {
        return key.codePointCount(0, key.length()) <= TYPED_MAX
                ? key
                : key.substring(0, key.offsetByCodePoints(0, TYPED_MAX));
    }
}
