package com.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuardedTest {
    @Test
    void aFailedCommandIsLoggedByItsSubcommandNotByWhatWasTyped() {
        assertThat(Guarded.subcommand("  status Secret Partner & Co")).isEqualTo("status");
        assertThat(Guarded.subcommand(null)).isEmpty();
        assertThat(Guarded.subcommand("x".repeat(50))).hasSize(21).endsWith("…");
    }
}
