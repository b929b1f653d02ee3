package com.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.testing.ManualWork;
import com.partnerbot.testing.SlackStub;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Posting within Slack's rules, against the Slack stub: what is retried, what is told to the person. */
class MessengerTest {
    private final SlackStub slack = new SlackStub();
    private final Slack client = client(slack);

    @AfterEach
    void close() {
        slack.close();
    }

    private static Slack client(SlackStub stub) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(stub.apiUrl());
        config.setStatsEnabled(false);
        return Slack.getInstance(config);
    }

    private Messenger.Requester requester() {
        return new Messenger.Requester(client.methods(SlackStub.BOT_TOKEN), client, "U5", Optional.empty());
    }

    private static Messenger.Message message() {
        return new Messenger.Message("C1", "hello", List.of());
    }

    @Test
    void aPostQueuedWhileShuttingDownIsToldToThePersonNotDropped() {
        BackgroundWork work = BackgroundWork.pool(1);
        work.close();
        new Messenger(work).post(requester(), message());
        assertThat(slack.calls("chat.postMessage")).singleElement().satisfies(dm -> {
            assertThat(dm.arg("channel")).isEqualTo("U5");
            assertThat(dm.arg("text")).contains("restarting");
        });
    }

    @Test
    void rateLimitsAreWaitedOutThenTheLastFailureIsTold() {
        ManualWork work = new ManualWork();
        for (int i = 0; i < Messenger.MAX_ATTEMPTS; i++) {
            slack.rateLimitNext("chat.postMessage", 2 + i);
        }
        new Messenger(work).post(requester(), message());
        work.runAll();
        assertThat(work.delays()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(4));
        assertThat(slack.calls("chat.postMessage")).last().satisfies(dm -> assertThat(dm.arg("text"))
                .contains("rate limiting"));
    }

    @Test
    void postNowReportsWithoutRetryingOrTelling() {
        Messenger messenger = new Messenger(new ManualWork());
        slack.rateLimitNext("chat.postMessage", 9);
        assertThat(messenger.postNow(requester(), message()))
                .isEqualTo(new Messenger.Attempt.TryAgain(Duration.ofSeconds(9), "ratelimited"));
        slack.failNext("chat.postMessage", "is_archived");
        assertThat(messenger.postNow(requester(), message())).isEqualTo(new Messenger.Attempt.Failed("is_archived"));
        assertThat(messenger.postNow(requester(), message())).isEqualTo(new Messenger.Attempt.Delivered());
        assertThat(slack.calls("chat.postMessage")).hasSize(3);
    }
}
