package com.partnerbot.frameworks;

import com.partnerbot.playbook.InvestmentLevel;
import com.partnerbot.playbook.LeverageType;
import java.util.Optional;

/** The leverage chosen and the investment it earns; both empty when no known leverage was chosen. */
public record LeverageResult(Optional<LeverageType> type, Optional<InvestmentLevel> investment) {
    /** E.g. "Economic (strong) -> Full partnership investment". */
    public String explain() {
        return type.map(t -> t.label() + investment.map(i -> " -> " + i.label()).orElse(""))
                .orElse("");
    }

    public boolean pursue() {
        return investment.map(InvestmentLevel::pursue).orElse(true);
    }
}
