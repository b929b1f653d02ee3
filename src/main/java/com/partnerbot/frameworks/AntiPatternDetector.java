package com.partnerbot.frameworks;

import com.partnerbot.playbook.AntiPattern;
import com.partnerbot.playbook.Condition;
import com.partnerbot.playbook.Playbook;
import java.util.ArrayList;
import java.util.List;

/**
 * Framework 10: finds the playbook's anti-patterns in a partnership's facts. Which facts count, and the words of
 * each reason, are playbook data; disabled patterns are skipped.
 */
public final class AntiPatternDetector {

    public List<Warning> detect(Playbook playbook, PartnershipFacts facts) {
        ConditionEvaluator conditions = new ConditionEvaluator(playbook, facts);
        List<Warning> warnings = new ArrayList<>();
        for (AntiPattern pattern : playbook.antiPatterns()) {
            if (pattern.enabled()
                    && !pattern.detect().isEmpty()
                    && pattern.detect().stream().allMatch(conditions::holds)) {
                warnings.add(new Warning(pattern.id(), pattern.title(), reason(pattern, conditions)));
            }
        }
        return List.copyOf(warnings);
    }

    private static String reason(AntiPattern pattern, ConditionEvaluator conditions) {
        Condition first = pattern.detect().get(0);
        Object value = conditions.value(first);
        return pattern.reason()
                .replace("{value}", value == null ? "" : value.toString().strip())
                .replace("{limit}", conditions.limitText(first));
    }
}
