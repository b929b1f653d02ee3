package com.partnerbot.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Telling, from a claim's holder, whether the process that took it is gone. */
class ClaimantTest {
    private final Claimant me = Claimant.thisProcess();

    @Test
    void anIdReadsBackAsItWasWritten() {
        assertThat(Claimant.parse(me.id())).contains(me);
        assertThat(Claimant.parse("no-slashes")).isEmpty();
        assertThat(Claimant.parse("host/not-a-pid/token")).isEmpty();
        assertThat(Claimant.parse(null)).isEmpty();
    }

    @Test
    void aProcessOfThisHostThatIsNoLongerRunningIsOutlived() {
        long gone = ProcessHandle.current().pid() + 4_000_000L;
        assertThat(me.outlived(me.host() + "/" + gone + "/abcd1234")).isTrue();
    }

    @Test
    void thisProcessIdWithAnotherTokenIsAnEarlierLifeOfThisProcess() {
        assertThat(me.outlived(me.host() + "/" + me.pid() + "/other123")).isTrue();
        assertThat(me.outlived(me.id())).isFalse();
    }

    @Test
    void aRunningProcessOrAnotherHostIsNeverTakenOverEarly() {
        long parent = ProcessHandle.current().parent().orElseThrow().pid();
        assertThat(me.outlived(me.host() + "/" + parent + "/abcd1234")).isFalse();
        assertThat(me.outlived("another-host/" + me.pid() + "/abcd1234")).isFalse();
        assertThat(me.outlived("garbage")).isFalse();
    }

    @Test
    void aLongPodNameKeepsItsUniqueEndAndTheIdFitsItsColumn() {
        String pod = "partnerbot-production-europe-west-deployment-7d9f8b6c4d-x2k9z"; // 61 characters
        String host = Claimant.lastChars(pod);

        assertThat(host).hasSize(Claimant.HOST_CHARS).endsWith("-7d9f8b6c4d-x2k9z");
        assertThat(new Claimant(host, Long.MAX_VALUE, "abcd1234").id()).hasSizeLessThanOrEqualTo(64);
        assertThat(Claimant.lastChars("bot-1")).isEqualTo("bot-1");
        assertThat(Claimant.thisProcess().host()).hasSizeLessThanOrEqualTo(Claimant.HOST_CHARS);
    }
}
