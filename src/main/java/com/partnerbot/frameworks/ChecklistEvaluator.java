package com.partnerbot.frameworks;

import com.partnerbot.playbook.ChecklistItem;
import com.partnerbot.playbook.Playbook;
import java.util.List;

/** Framework 11: ticks the checklist items whose conditions the partnership's facts meet. */
public final class ChecklistEvaluator {

    public List<ChecklistStatus> beforeStarting(Playbook playbook, PartnershipFacts facts) {
        return evaluate(playbook, playbook.checklists().beforeStarting(), facts);
    }

    public List<ChecklistStatus> beforeLaunching(Playbook playbook, PartnershipFacts facts) {
        return evaluate(playbook, playbook.checklists().beforeLaunching(), facts);
    }

    public List<ChecklistStatus> evaluate(Playbook playbook, List<ChecklistItem> items, PartnershipFacts facts) {
        ConditionEvaluator conditions = new ConditionEvaluator(playbook, facts);
        return items.stream()
                .map(item -> new ChecklistStatus(item, state(item, conditions)))
                .toList();
    }

    private static ChecklistStatus.State state(ChecklistItem item, ConditionEvaluator conditions) {
        if (item.doneWhen().isEmpty()) {
            return ChecklistStatus.State.MANUAL;
        }
        return item.doneWhen().stream().allMatch(conditions::holds)
                ? ChecklistStatus.State.DONE
                : ChecklistStatus.State.OPEN;
    }
}
