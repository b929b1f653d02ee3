package com.partnerbot.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature: {@code v0=} + hex HMAC-SHA256(signing secret, {@code "v0:" + timestamp + ":" + raw
 * body}). Stricter than Bolt's own check, which accepts any timestamp in the future and compares with {@code
 * String.equals}: here a timestamp more than five minutes away either way is refused, and the signature is compared
 * in constant time over the raw bytes.
 */
public final class SlackSignatures {
    static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] VERSION = "v0".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;
    private final Clock clock;

    public SlackSignatures(String signingSecret, Clock clock) {
        if (signingSecret == null || signingSecret.isBlank()) {
            throw new IllegalArgumentException("a signing secret is required");
        }
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.clock = clock;
    }

    /** True when {@code signature} is Slack's for {@code body} at {@code timestamp}, and the timestamp is recent. */
    public boolean isValid(String timestamp, byte[] body, String signature) {
        if (timestamp == null || signature == null || body == null) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - seconds) > TOLERANCE.toSeconds()) {
            return false;
        }
        byte[] expected = sign(timestamp, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** The signature Slack sends for {@code body} at {@code timestamp}. */
    String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(VERSION);
            mac.update((byte) ':');
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) ':');
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
