package com.partnerbot.playbook;

import java.util.List;

/** Who must sign the charter (value side ids) and the words of the rule and of the mistake it prevents. */
public record SignatureRule(List<String> signers, String rule, String mistake) {
    public SignatureRule {
        signers = Copies.list(signers);
    }
}
