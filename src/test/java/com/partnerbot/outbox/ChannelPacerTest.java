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

    /** Remembers {@code count} other channels, each with a post that ended at {@code T}. */
    private void fill(int count) {
        for (int i = 1; i <= count; i++) {
            assertThat(pacer.admit("F" + i, T).go()).isTrue();
            pacer.done("F" + i, T);
        }
    }

    /** C0 took a post at T and booked a slot at T + 1 s for the row after it; the post ended at {@code endedAt}. */
    private void bookedOnce(long endedAt) {
        assertThat(pacer.admit("C0", T).go()).isTrue();
        assertThat(pacer.admit("C0", T).notBefore()).isEqualTo(T + 1_000);
        pacer.done("C0", endedAt);
    }

    @Test
    void upToTheLimitEveryChannelIsRememberedWithItsBookedSlot() {
        bookedOnce(T);
        fill(ChannelPacer.FORGET_ABOVE - 1);

        assertThat(pacer.admit("C0", T + 1_100).go()).isTrue();
        // The next slot keeps its distance from the one booked before.
        assertThat(pacer.admit("C0", T + 1_100).notBefore()).isEqualTo(T + 2_200);
    }

    @Test
    void aboveTheLimitAChannelWhoseBookedSlotHasPassedIsForgotten() {
        bookedOnce(T);
        fill(ChannelPacer.FORGET_ABOVE);

        assertThat(pacer.admit("C0", T + 1_100).go()).isTrue();
        assertThat(pacer.admit("C0", T + 1_100).notBefore()).isEqualTo(T + 2_100);
    }

    @Test
    void aChannelWhoseBookedSlotIsNowIsStillRemembered() {
        assertThat(pacer.admit("C0", T).go()).isTrue();
        assertThat(pacer.admit("C0", T).notBefore()).isEqualTo(T + 1_000);
        assertThat(pacer.admit("C0", T).notBefore()).isEqualTo(T + 2_200);
        pacer.done("C0", T);
        fill(ChannelPacer.FORGET_ABOVE);

        assertThat(pacer.admit("C0", T + 2_200).go()).isTrue();
        assertThat(pacer.admit("C0", T + 2_200).notBefore()).isEqualTo(T + 3_400);
    }

    @Test
    void aChannelThatOpensJustNowIsStillRemembered() {
        bookedOnce(T + 100);
        fill(ChannelPacer.FORGET_ABOVE);

        assertThat(pacer.admit("C0", T + 1_100).go()).isTrue();
        assertThat(pacer.admit("C0", T + 1_100).notBefore()).isEqualTo(T + 2_200);
    }

    @Test
    void aChannelThatOpensLaterIsNeverForgotten() {
        assertThat(pacer.admit("C0", T).go()).isTrue();
        pacer.done("C0", T + 5_000);
        fill(ChannelPacer.FORGET_ABOVE);

        assertThat(pacer.admit("C0", T + 1_100)).isEqualTo(new ChannelPacer.Turn(false, T + 6_000));
    }

    @Test
    void aChannelWithAPostUnderWayIsNeverForgotten() {
        assertThat(pacer.admit("C0", T).go()).isTrue();
        fill(ChannelPacer.FORGET_ABOVE);

        assertThat(pacer.admit("C0", T + 60_000)).isEqualTo(new ChannelPacer.Turn(false, T + 61_000));
    }

    @Test
    void retryAfterOnAChannelNeverSeenHoldsItAndNeverShortensAnEarlierHold() {
        pacer.hold("C1", T + 5_000);
        pacer.hold("C1", T + 2_000);
        pacer.done("C1", T);

        assertThat(pacer.admit("C1", T + 4_999)).isEqualTo(new ChannelPacer.Turn(false, T + 5_000));
        assertThat(pacer.admit("C1", T + 5_000).go()).isTrue();
    }

    @Test
    void releasingAChannelKeepsTheTimeItOpensAndReleasingAnUnknownOneDoesNothing() {
        assertThat(pacer.admit("C1", T).go()).isTrue();
        pacer.done("C1", T + 500);
        pacer.release("C9");
        assertThat(pacer.admit("C1", T + 1_500).go()).isTrue();

        pacer.release("C1");

        assertThat(pacer.admit("C1", T + 1_499)).isEqualTo(new ChannelPacer.Turn(false, T + 1_500));
        assertThat(pacer.admit("C9", T).go()).isTrue();
    }
}
