package com.partnerbot.slack.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.testing.ManualWork;
import com.partnerbot.testing.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Home is refreshed a few seconds after a workspace changes: once quiet, or at the latest ten seconds on. */
class HomeRefresherTest {
    private final TestClock clock = TestClock.at("2026-08-31T09:30:00Z");
    private final List<String> forgotten = new ArrayList<>();
    private final List<String> refreshed = new ArrayList<>();
    private final ManualWork work = new ManualWork();
    private final HomeRefresher refresher = new HomeRefresher(forgotten::add, refreshed::add, clock).start(work);

    private void after(int seconds) {
        clock.advance(Duration.ofSeconds(seconds));
        work.tick();
    }

    @Test
    void theOverviewIsForgottenAtOnceAndHomeRefreshedOnceQuietForTwoSeconds() {
        refresher.changed("T1");
        assertThat(forgotten).containsExactly("T1");
        assertThat(refreshed).isEmpty();
        after(1);
        assertThat(refreshed).isEmpty();
        after(1);
        assertThat(refreshed).containsExactly("T1");
        // Forgotten again just before the refresh: what finished after the request is in it.
        assertThat(forgotten).containsExactly("T1", "T1");
        after(5);
        assertThat(refreshed).containsExactly("T1");
    }

    @Test
    void changesInARowMakeOneRefresh() {
        refresher.changed("T1");
        after(1);
        refresher.changed("T1");
        refresher.changed("T1");
        after(1);
        assertThat(refreshed).isEmpty();
        after(1);
        assertThat(refreshed).containsExactly("T1");
    }

    @Test
    void aWorkspaceThatNeverQuietensIsRefreshedTenSecondsAfterItsFirstChange() {
        refresher.changed("T1");
        for (int second = 1; second < 10; second++) {
            after(1);
            refresher.changed("T1");
        }
        assertThat(refreshed).isEmpty();
        after(1);
        assertThat(refreshed).containsExactly("T1");
        refresher.changed("T1");
        after(1);
        assertThat(refreshed).containsExactly("T1");
        after(1);
        assertThat(refreshed).containsExactly("T1", "T1");
    }

    @Test
    void eachWorkspaceIsRefreshedOnItsOwn() {
        refresher.changed("T1");
        after(1);
        refresher.changed("T2");
        after(1);
        assertThat(refreshed).containsExactly("T1");
        after(1);
        assertThat(refreshed).containsExactly("T1", "T2");
    }

    @Test
    void nothingChangedNothingRefreshed() {
        after(30);
        assertThat(refreshed).isEmpty();
        assertThat(forgotten).isEmpty();
        assertThat(work.delays()).isEmpty();
    }
}
