package com.partnerbot.playbook;

import java.util.Map;

/** The three qualification verdicts, by id {@code real}, {@code one_sided}, {@code handshake}. */
public record Verdicts(Verdict real, Verdict oneSided, Verdict handshake) {
    public static final String REAL = "real";
    public static final String ONE_SIDED = "one_sided";
    public static final String HANDSHAKE = "handshake";

    public Verdict byId(String verdictId) {
        return Map.of(REAL, real, ONE_SIDED, oneSided, HANDSHAKE, handshake).get(verdictId);
    }

    /** The three by id, strongest first as written. */
    public Map<String, Verdict> byIdInOrder() {
        Map<String, Verdict> all = new java.util.LinkedHashMap<>();
        all.put(REAL, real);
        all.put(ONE_SIDED, oneSided);
        all.put(HANDSHAKE, handshake);
        return all;
    }
}
