package com.partnerbot.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The requests handled lately, so that Slack delivering one again (an Events API retry with {@code
 * X-Slack-Retry-Num}, a Socket Mode envelope with {@code retry_attempt}) is acknowledged without doing the work twice:
 * no second modal on the same trigger, no second draft.
 *
 * <p>In memory, bounded and forgetful: entries expire after {@link #KEEP} (Slack retries within minutes) and the
 * oldest go first beyond {@link #CAPACITY}. One instance per way in (HTTP or Socket Mode), for a bot that runs as
 * one process; several processes share theirs in the database ({@link StoredRedeliveries}).
 */
public final class Redeliveries implements HandledRequests {
    static final Duration KEEP = Duration.ofHours(1);
    static final int CAPACITY = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;
    private final Duration keep;
    private final int capacity;
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

    public Redeliveries(Clock clock) {
        this(clock, KEEP, CAPACITY);
    }

    Redeliveries(Clock clock, Duration keep, int capacity) {
        this.clock = clock;
        this.keep = keep;
        this.capacity = capacity;
    }

    /** Within one process a request under way is as good as handled: it is this process that handles it. */
    @Override
    public Claim claim(String teamId, String key) {
        return claim(teamId + " " + key) ? Claim.NEW : Claim.HANDLED;
    }

    @Override
    public void done(String teamId, String key) {}

    @Override
    public void forget(String teamId, String key) {
        forget(teamId + " " + key);
    }

    /**
     * Records {@code key} as handled from now on; false when it already was (and has not expired), which for a
     * redelivery means: acknowledge, do nothing.
     */
    synchronized boolean claim(String key) {
        Instant now = clock.instant();
        expire(now);
        if (seen.containsKey(key)) {
            return false;
        }
        seen.put(key, now);
        while (seen.size() > capacity) {
            Iterator<String> oldest = seen.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    /** Whether {@code key} was handled lately, without recording it. */
    synchronized boolean seen(String key) {
        expire(clock.instant());
        return seen.containsKey(key);
    }

    /** Forgets {@code key}: its handling failed, so a redelivery should do the work. */
    synchronized void forget(String key) {
        seen.remove(key);
    }

    synchronized int size() {
        return seen.size();
    }

    private void expire(Instant now) {
        Instant cutoff = now.minus(keep);
        Iterator<Map.Entry<String, Instant>> entries = seen.entrySet().iterator();
        while (entries.hasNext()) {
            // Entries are in the order they were claimed, so the first one still fresh ends the sweep.
            if (entries.next().getValue().isAfter(cutoff)) {
                return;
            }
            entries.remove();
        }
    }

    /**
     * What makes a request the same request when Slack sends it again: the {@code event_id} of an Events API
     * callback, otherwise a digest of the body Slack sent (which carries the {@code trigger_id}).
     */
    public static String key(Request<?> request) {
        String body = request.getRequestBodyAsString() == null ? "" : request.getRequestBodyAsString();
        if (request.getRequestType() == RequestType.Event) {
            String eventId = eventId(body);
            if (!eventId.isEmpty()) {
                return "event:" + eventId;
            }
        }
        return "body:" + sha256(body);
    }

    /** Whether Slack marked the request as a retry ({@code X-Slack-Retry-Num} above 0). */
    public static boolean isRetry(Request<?> request) {
        if (request.getHeaders() == null) {
            return false;
        }
        String retry = request.getHeaders().getFirstValue("X-Slack-Retry-Num");
        try {
            return retry != null && Integer.parseInt(retry.strip()) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String eventId(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            return root == null ? "" : root.path("event_id").asText("");
        } catch (Exception e) {
            return "";
        }
    }

    private static String sha256(String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
