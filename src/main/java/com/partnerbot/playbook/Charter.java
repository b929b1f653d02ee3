package com.partnerbot.playbook;

import java.util.List;

/** Framework 7: the charter's sections and the signature test. */
public record Charter(boolean requiredBeforeLaunch, List<CharterSection> sections, SignatureRule signature) {
    public Charter {
        sections = Copies.list(sections);
    }
}
