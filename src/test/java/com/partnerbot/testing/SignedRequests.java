package com.partnerbot.testing;

import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Sends requests to the app the way Slack does: slash commands and interactivity as form posts, events as JSON,
 * each signed with {@code X-Slack-Request-Timestamp} and {@code X-Slack-Signature} = {@code v0=} + hex
 * HMAC-SHA256(signing secret, {@code "v0:" + timestamp + ":" + raw body}).
 *
 * <p>Timestamps come from the given {@link Clock}, so a test can send requests "from the past" without waiting.
 * When built with a {@link SlackStub}, slash commands carry a {@code response_url} served by that stub and a
 * fresh {@code trigger_id} each.
 */
public final class SignedRequests {
    public static final String HEADER_TIMESTAMP = "X-Slack-Request-Timestamp";
    public static final String HEADER_SIGNATURE = "X-Slack-Signature";
    public static final String FORM = "application/x-www-form-urlencoded";
    public static final String JSON = "application/json";

    private static final AtomicLong IDS = new AtomicLong();

    private final SlackSignature.Generator generator;
    private final Clock clock;
    private final SlackStub slack;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Requests signed with {@code signingSecret}, timestamped by {@code clock}, without a stub behind them. */
    public SignedRequests(String signingSecret, Clock clock) {
        this(signingSecret, clock, null);
    }

    /** As {@link #SignedRequests(String, Clock)}, with {@code response_url}s served by {@code slack}. */
    public SignedRequests(String signingSecret, Clock clock, SlackStub slack) {
        this.generator = new SlackSignature.Generator(signingSecret);
        this.clock = clock;
        this.slack = slack;
    }

    /** The signature Slack sends for {@code body} at {@code timestamp} (epoch seconds). */
    public String sign(String timestamp, String body) {
        return generator.generate(timestamp, body);
    }

    // ------------------------------------------------------------ slash commands

    /** The form fields of a slash command, as Slack posts them. */
    public static Map<String, String> commandForm(
            String command, String text, String userId, String channelId, String responseUrl, String triggerId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "verification-token-unused");
        form.put("team_id", SlackStub.TEAM_ID);
        form.put("team_domain", SlackStub.TEAM_DOMAIN);
        form.put("channel_id", channelId);
        form.put("channel_name", "channel-" + channelId.toLowerCase());
        form.put("user_id", userId);
        form.put("user_name", "user-" + userId.toLowerCase());
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", SlackStub.APP_ID);
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        form.put("trigger_id", triggerId);
        return form;
    }

    /** A slash command form with a fresh {@code trigger_id} and a {@code response_url} on the stub, if any. */
    public Map<String, String> commandForm(String command, String text, String userId, String channelId) {
        long id = IDS.incrementAndGet();
        String responseUrl = slack != null
                ? slack.responseUrl("cmd-" + id)
                : "https://hooks.slack.com/commands/" + SlackStub.TEAM_ID + "/" + id + "/unused";
        return commandForm(command, text, userId, channelId, responseUrl, triggerId(id));
    }

    /** Posts a signed slash command with the clock's current time. */
    public HttpResponse<String> postCommand(URI url, String command, String text, String userId, String channelId) {
        return postCommand(url, command, text, userId, channelId, clock.instant());
    }

    /** Posts a slash command signed for {@code timestamp} (which is also the header value). */
    public HttpResponse<String> postCommand(
            URI url, String command, String text, String userId, String channelId, Instant timestamp) {
        return postSigned(url, FORM, formBody(commandForm(command, text, userId, channelId)), timestamp);
    }

    // ------------------------------------------------------------ interactivity and events

    /** Posts {@code payload=<url-encoded JSON>}, as Slack sends block actions, shortcuts and view submissions. */
    public HttpResponse<String> postInteraction(URI url, String payloadJson) {
        return postInteraction(url, payloadJson, clock.instant());
    }

    public HttpResponse<String> postInteraction(URI url, String payloadJson, Instant timestamp) {
        return postSigned(url, FORM, interactionBody(payloadJson), timestamp);
    }

    /** Posts an Events API body ({@code event_callback} or {@code url_verification}) as JSON. */
    public HttpResponse<String> postEvent(URI url, String eventJson) {
        return postEvent(url, eventJson, clock.instant());
    }

    public HttpResponse<String> postEvent(URI url, String eventJson, Instant timestamp) {
        return postSigned(url, JSON, eventJson, timestamp);
    }

    // ------------------------------------------------------------ raw variants

    /** Posts {@code body} signed correctly for {@code timestamp}. */
    public HttpResponse<String> postSigned(URI url, String contentType, String body, Instant timestamp) {
        String ts = Long.toString(timestamp.getEpochSecond());
        return post(url, contentType, body, Map.of(HEADER_TIMESTAMP, ts, HEADER_SIGNATURE, sign(ts, body)));
    }

    /** Posts {@code body} signed correctly for {@code timestamp}, with {@code extraHeaders} (e.g. a retry's). */
    public HttpResponse<String> postSigned(
            URI url, String contentType, String body, Instant timestamp, Map<String, String> extraHeaders) {
        String ts = Long.toString(timestamp.getEpochSecond());
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put(HEADER_TIMESTAMP, ts);
        headers.put(HEADER_SIGNATURE, sign(ts, body));
        return post(url, contentType, body, headers);
    }

    /** Posts {@code body} without any Slack headers. */
    public HttpResponse<String> postUnsigned(URI url, String contentType, String body) {
        return post(url, contentType, body, Map.of());
    }

    /** Posts {@code body} with the clock's timestamp and a signature made with a different secret. */
    public HttpResponse<String> postWithWrongSignature(URI url, String contentType, String body) {
        String ts = Long.toString(clock.instant().getEpochSecond());
        String wrong = new SlackSignature.Generator("not-the-signing-secret").generate(ts, body);
        return post(url, contentType, body, Map.of(HEADER_TIMESTAMP, ts, HEADER_SIGNATURE, wrong));
    }

    /** Posts {@code body} with exactly the given timestamp and signature headers. */
    public HttpResponse<String> postWithHeaders(
            URI url, String contentType, String body, String timestampHeader, String signatureHeader) {
        return post(
                url, contentType, body, Map.of(HEADER_TIMESTAMP, timestampHeader, HEADER_SIGNATURE, signatureHeader));
    }

    /** A form body encoded as Slack encodes it ({@code application/x-www-form-urlencoded}, UTF-8). */
    public static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    public static String interactionBody(String payloadJson) {
        return "payload=" + encode(payloadJson);
    }

    private static String triggerId(long id) {
        return id + "." + SlackStub.TEAM_ID.substring(1) + "." + Long.toHexString(id * 7_919L);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(URI url, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
