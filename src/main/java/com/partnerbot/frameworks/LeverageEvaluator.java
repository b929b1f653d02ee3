package com.partnerbot.frameworks;

import com.partnerbot.playbook.LeverageType;
import com.partnerbot.playbook.Playbook;
import java.util.Optional;

/** Framework 3: leverage type to investment level, as the playbook maps them. */
public final class LeverageEvaluator {
    private final Playbook playbook;

    public LeverageEvaluator(Playbook playbook) {
        this.playbook = playbook;
    }

    public LeverageResult evaluate(String leverageId) {
        Optional<LeverageType> type = playbook.leverageType(leverageId == null ? null : leverageId.strip());
        return new LeverageResult(type, type.flatMap(t -> playbook.investmentLevel(t.investment())));
    }
}
