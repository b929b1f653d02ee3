package com.partnerbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SlackSignaturesTest {
    private static final String SECRET = "8f742231b10e8888abcd99aaabbb85a5";
    private static final Instant NOW = Instant.parse("2026-08-31T09:30:00Z");
    private static final String BODY = "token=x&team_id=T0&text=%2Abold%2A&command=%2Fpartner";

    private final SlackSignatures signatures = new SlackSignatures(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));
    private final SlackSignature.Generator slack = new SlackSignature.Generator(SECRET);

    private boolean valid(long secondsFromNow, String body, String signatureBody) {
        String ts = Long.toString(NOW.getEpochSecond() + secondsFromNow);
        return signatures.isValid(ts, body.getBytes(StandardCharsets.UTF_8), slack.generate(ts, signatureBody));
    }

    @Test
    void acceptsWhatSlackSignsWithinFiveMinutesEitherWay() {
        assertThat(valid(0, BODY, BODY)).isTrue();
        assertThat(valid(-300, BODY, BODY)).isTrue();
        assertThat(valid(300, BODY, BODY)).isTrue();
    }

    @Test
    void refusesTimestampsMoreThanFiveMinutesAwayInThePastOrTheFuture() {
        assertThat(valid(-301, BODY, BODY)).isFalse();
        assertThat(valid(301, BODY, BODY)).isFalse();
        assertThat(valid(86_400, BODY, BODY)).isFalse();
    }

    @Test
    void refusesAnotherBodyAnotherSecretAndNonsense() {
        String ts = Long.toString(NOW.getEpochSecond());
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        assertThat(valid(0, BODY + "&x=1", BODY)).isFalse();
        assertThat(signatures.isValid(ts, body, new SlackSignature.Generator("other").generate(ts, BODY)))
                .isFalse();
        assertThat(signatures.isValid("not-a-time", body, slack.generate("not-a-time", BODY)))
                .isFalse();
        assertThat(signatures.isValid(ts, body, "v0=00")).isFalse();
        assertThat(signatures.isValid(null, body, "v0=00")).isFalse();
        assertThat(signatures.isValid(ts, body, null)).isFalse();
    }

    @Test
    void signsTheRawBytesOfABodyOutsideAscii() {
        String json = "{\"text\":\"Zoë & Müller\"}";
        String ts = Long.toString(NOW.getEpochSecond());
        assertThat(signatures.sign(ts, json.getBytes(StandardCharsets.UTF_8))).isEqualTo(hmacOfUtf8(ts, json));
    }

    private static String hmacOfUtf8(String ts, String body) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
