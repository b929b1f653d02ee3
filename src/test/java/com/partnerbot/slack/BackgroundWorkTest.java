package com.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundWorkTest {

    @Test
    void closingLetsQueuedWorkFinishAndAFailingTaskDoesNotStopTheOthers() {
        AtomicInteger done = new AtomicInteger();
        BackgroundWork work = BackgroundWork.pool(2);
        for (int i = 0; i < 50; i++) {
            int n = i;
            work.run(() -> {
                if (n == 7) {
                    throw new IllegalStateException("one task fails");
                }
                done.incrementAndGet();
            });
        }
        work.close();
        assertThat(done.get()).isEqualTo(49);
    }
}
