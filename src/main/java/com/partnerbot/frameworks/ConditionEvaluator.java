package com.partnerbot.frameworks;

import com.partnerbot.playbook.Condition;
import com.partnerbot.playbook.FactField;
import com.partnerbot.playbook.Playbook;
import java.util.Locale;

/** Applies one playbook {@link Condition} to a partnership's facts. A fact not recorded fails every numeric test. */
final class ConditionEvaluator {
    private final Playbook playbook;
    private final FactValues values;

    ConditionEvaluator(Playbook playbook, PartnershipFacts facts) {
        this.playbook = playbook;
        this.values = new FactValues(playbook, facts);
    }

    Object value(Condition condition) {
        return values.value(field(condition));
    }

    boolean holds(Condition condition) {
        Object value = value(condition);
        if (condition.is() != null) {
            return empty(value) == condition.is().equals(Condition.EMPTY);
        }
        if (condition.in() != null) {
            return value != null && condition.in().contains(value.toString().strip());
        }
        if (condition.above() != null) {
            return value instanceof Long number && number > limit(condition.above());
        }
        if (condition.below() != null) {
            return value instanceof Long number && number < limit(condition.below());
        }
        if (condition.containsAny() != null && value != null) {
            String text = value.toString().toLowerCase(Locale.ROOT);
            return condition.containsAny().stream().anyMatch(word -> text.contains(word.toLowerCase(Locale.ROOT)));
        }
        return false;
    }

    /** The number a condition compares against, for reasons such as "at most {limit}"; empty for other tests. */
    String limitText(Condition condition) {
        String limit = condition.above() != null ? condition.above() : condition.below();
        return limit == null ? "" : String.valueOf(limit(limit));
    }

    private long limit(String limit) {
        return limit.equals(Condition.RECOMMENDED_MAX_TIERS)
                ? playbook.recommendedMaxTiers()
                : Long.parseLong(limit.strip());
    }

    private static FactField field(Condition condition) {
        return FactField.byName(condition.field())
                .orElseThrow(() -> new IllegalArgumentException("Unknown fact field " + condition.field()));
    }

    private static boolean empty(Object value) {
        return value == null || value instanceof String text && text.isBlank();
    }
}
