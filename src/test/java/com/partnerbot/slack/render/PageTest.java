package com.partnerbot.slack.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {
    private static final List<Integer> TWENTY_FIVE =
            IntStream.rangeClosed(1, 25).boxed().toList();

    @Test
    void splitsIntoPagesOfTheGivenSize() {
        Page<Integer> first = Page.of(TWENTY_FIVE, 0, 10);
        assertThat(first.items()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(first.count()).isEqualTo(3);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();

        Page<Integer> last = Page.of(TWENTY_FIVE, 2, 10);
        assertThat(last.items()).containsExactly(21, 22, 23, 24, 25);
        assertThat(last.first()).isEqualTo(21);
        assertThat(last.last()).isEqualTo(25);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.hasPrevious()).isTrue();
    }

    @Test
    void aPageOutOfRangeIsClampedToTheNearestOne() {
        assertThat(Page.of(TWENTY_FIVE, 7, 10).index()).isEqualTo(2);
        assertThat(Page.of(TWENTY_FIVE, -3, 10).index()).isZero();
    }

    @Test
    void anExactMultipleHasNoEmptyLastPage() {
        Page<Integer> page = Page.of(TWENTY_FIVE.subList(0, 20), 1, 10);
        assertThat(page.count()).isEqualTo(2);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void anEmptyListIsOneEmptyPage() {
        Page<Integer> page = Page.of(List.of(), 3, 10);
        assertThat(page.items()).isEmpty();
        assertThat(page.count()).isEqualTo(1);
        assertThat(page.first()).isZero();
        assertThat(page.hasPrevious()).isFalse();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void aPageSizeBelowOneIsRefused() {
        assertThatThrownBy(() -> Page.of(TWENTY_FIVE, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
