package com.partnerbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.testing.Payloads;
import com.partnerbot.testing.SignedRequests;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedeliveriesTest {
    /** A clock the test moves by hand. */
    static final class SettableClock extends Clock {
        Instant now = Instant.parse("2026-08-31T09:30:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final SettableClock clock = new SettableClock();

    @Test
    void aKeyIsClaimedOnceUntilItExpiresOrIsForgotten() {
        Redeliveries seen = new Redeliveries(clock, Duration.ofMinutes(10), 100);
        assertThat(seen.claim("a")).isTrue();
        assertThat(seen.claim("a")).isFalse();
        assertThat(seen.seen("a")).isTrue();

        clock.now = clock.now.plus(Duration.ofMinutes(9));
        assertThat(seen.claim("a")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertThat(seen.seen("a")).isFalse();
        assertThat(seen.claim("a")).isTrue();

        seen.forget("a");
        assertThat(seen.claim("a")).isTrue();
    }

    @Test
    void expiredEntriesAreDroppedAndTheOldestGoBeyondCapacity() {
        Redeliveries seen = new Redeliveries(clock, Duration.ofMinutes(10), 3);
        for (String key : List.of("a", "b", "c", "d")) {
            seen.claim(key);
            clock.now = clock.now.plusSeconds(1);
        }
        assertThat(seen.size()).isEqualTo(3);
        assertThat(seen.seen("a")).isFalse();
        assertThat(seen.seen("d")).isTrue();

        clock.now = clock.now.plus(Duration.ofHours(1));
        seen.claim("e");
        assertThat(seen.size()).isEqualTo(1);
    }

    @Test
    void anEventIsKnownByItsEventIdAndAnythingElseByItsBody() {
        String event = Payloads.appHomeOpened("U1");
        assertThat(Redeliveries.key(parse(SignedRequests.JSON, event, Map.of())))
                .isEqualTo("event:Ev0HOMEU1");
        // Same event id, another delivery with a different timestamp in the body: still the same event.
        assertThat(Redeliveries.key(parse(SignedRequests.JSON, event.replace("1700000000,", "1700000060,"), Map.of())))
                .isEqualTo("event:Ev0HOMEU1");

        String command = SignedRequests.formBody(
                SignedRequests.commandForm("/partner", "new Acme", "U1", "C1", "https://hooks/x", "1.2.3"));
        String other = SignedRequests.formBody(
                SignedRequests.commandForm("/partner", "new Acme", "U1", "C1", "https://hooks/x", "1.2.4"));
        String key = Redeliveries.key(parse(SignedRequests.FORM, command, Map.of()));
        assertThat(key).startsWith("body:");
        assertThat(Redeliveries.key(parse(SignedRequests.FORM, command, Map.of())))
                .isEqualTo(key);
        assertThat(Redeliveries.key(parse(SignedRequests.FORM, other, Map.of())))
                .isNotEqualTo(key);
    }

    @Test
    void aRetryIsARetryNumberAboveZero() {
        String event = Payloads.appHomeOpened("U1");
        assertThat(Redeliveries.isRetry(parse(SignedRequests.JSON, event, Map.of())))
                .isFalse();
        assertThat(Redeliveries.isRetry(parse(SignedRequests.JSON, event, Map.of("x-slack-retry-num", "2"))))
                .isTrue();
        assertThat(Redeliveries.isRetry(parse(SignedRequests.JSON, event, Map.of("X-Slack-Retry-Num", "0"))))
                .isFalse();
        assertThat(Redeliveries.isRetry(parse(SignedRequests.JSON, event, Map.of("X-Slack-Retry-Num", "x"))))
                .isFalse();
    }

    private static Request<?> parse(String contentType, String body, Map<String, String> headers) {
        Map<String, List<String>> all = new java.util.HashMap<>();
        all.put("Content-Type", List.of(contentType));
        headers.forEach((name, value) -> all.put(name, List.of(value)));
        AppConfig config = AppConfig.builder().signingSecret("s").build();
        return new SlackRequestParser(config)
                .parse(SlackRequestParser.HttpRequest.builder()
                        .requestUri("/slack/events")
                        .queryString(Map.of())
                        .headers(new RequestHeaders(all))
                        .requestBody(body)
                        .remoteAddress("127.0.0.1")
                        .build());
    }
}
