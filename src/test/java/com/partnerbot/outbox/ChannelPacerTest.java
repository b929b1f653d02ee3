package com.partnerbot.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** One post per channel per second, measured from the end of the previous post; other channels never wait. */
class ChannelPacerTest {
    private static final long T = 1_000_000L;

    private final ChannelPacer pacer = ChannelPacer.slack();

    @Test
    void theFirstPostToAChannelGoesAndTheNextWaitsASecondAfterItEnded() {
        assertThat(pacer.admit("C1", T).go()).isTrue();
        pacer.done("C1", T + 40);

        assertThat(pacer.admit("C1", T + 1_039)).isEqualTo(new ChannelPacer.Turn(false, T + 1_040));
        assertThat(pacer.admit("C1", T + 1_040).go()).isTrue();
    }

    @Test
    void whileAPostIsUnderWayNothingElseGoesToItsChannelButOtherChannelsGoAtOnce() {
        assertThat(pacer.admit("C1", T).go()).isTrue();

        ChannelPacer.Turn second = pacer.admit("C1", T);
        assertThat(second.go()).isFalse();
        assertThat(second.notBefore()).isEqualTo(T + 1_000);
        assertThat(pacer.admit("C2", T).go()).isTrue();
        assertThat(pacer.admit("C3", T).go()).isTrue();
    }

    @Test
    void rowsThatWaitGetSlotsOneIntervalAndAMarginApart() {
        assertThat(pacer.admit("C1", T).go()).isTrue();

        long first = pacer.admit("C1", T).notBefore();
        long second = pacer.admit("C1", T).notBefore();
        long third = pacer.admit("C1", T).notBefore();

        assertThat(first).isEqualTo(T + 1_000);
        assertThat(second - first).isEqualTo(1_200);
        assertThat(third - second).isEqualTo(1_200);
        // The post under way ends; the row of the first slot goes at its slot, the next still waits for its own.
        pacer.done("C1", T + 30);
        assertThat(pacer.admit("C1", first + 30).go()).isTrue();
        pacer.done("C1", first + 60);
        assertThat(pacer.admit("C1", first + 60).go()).isFalse();
        assertThat(pacer.admit("C1", first + 1_060).go()).isTrue();
    }

    @Test
    void aRowThatWasNotPostedAfterAllFreesTheChannelWithoutMovingItsTime() {
        assertThat(pacer.admit("C1", T).go()).isTrue();
        pacer.release("C1");

        assertThat(pacer.admit("C1", T).go()).isTrue();
    }

    @Test
    void slacksRetryAfterHoldsTheChannelLongerThanItsOwnPace() {
        assertThat(pacer.admit("C1", T).go()).isTrue();
        pacer.hold("C1", T + 30_000);
        pacer.done("C1", T + 10);

        assertThat(pacer.admit("C1", T + 29_999)).isEqualTo(new ChannelPacer.Turn(false, T + 30_000));
        assertThat(pacer.admit("C2", T + 1).go()).isTrue();
    }

    @Test
    void unpacedLetsEveryPostGo() {
        ChannelPacer none = ChannelPacer.unpaced();
        for (int i = 0; i < 3; i++) {
            assertThat(none.admit("C1", T).go()).isTrue();
        }
        none.hold("C1", T + 5_000);
        assertThat(none.admit("C1", T).go()).isTrue();
    }

    @Test
    void channelsWithNothingPendingAreForgottenWhenManyAreRemembered() {
        ChannelPacer small = new ChannelPacer(Duration.ofSeconds(1), Duration.ZERO);
        for (int i = 0; i <= ChannelPacer.FORGET_ABOVE; i++) {
            small.admit("C" + i, T);
            small.done("C" + i, T);
        }
        // Long after, a channel seen before is treated as new, and still paced from then on.
        assertThat(small.admit("C0", T + 60_000).go()).isTrue();
        assertThat(small.admit("C0", T + 60_000).go()).isFalse();
    }
}
