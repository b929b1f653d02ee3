package com.partnerbot.playbook;

import java.util.List;

/**
 * A test on one recorded fact of a partnership. Exactly one test is set: {@code is} ({@code empty} or
 * {@code present}), {@code in}, {@code above}, {@code below} or {@code containsAny}. {@code above} and
 * {@code below} hold a number or the name of a playbook setting ({@code recommended_max_tiers}).
 */
public record Condition(
        String field, String is, List<String> in, String above, String below, List<String> containsAny) {
    public static final String EMPTY = "empty";
    public static final String PRESENT = "present";
    public static final String RECOMMENDED_MAX_TIERS = "recommended_max_tiers";

    public Condition {
        in = in == null ? null : Copies.list(in);
        containsAny = containsAny == null ? null : Copies.list(containsAny);
    }

    /** How many tests are set; the validator wants exactly one. */
    public int testCount() {
        int count = 0;
        for (Object test : new Object[] {is, in, above, below, containsAny}) {
            if (test != null) {
                count++;
            }
        }
        return count;
    }
}
