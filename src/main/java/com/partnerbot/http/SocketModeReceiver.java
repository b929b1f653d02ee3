package com.partnerbot.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.response.AckResponse;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's Socket Mode app with the envelope in view: Bolt hands envelopes to the app without their {@code envelope_id}
 * or {@code retry_attempt}, so this receiver reads them itself and then runs the app and answers the way Bolt does.
 * An envelope Slack delivers again ({@code retry_attempt} above 0) whose first delivery was handled is acknowledged
 * and not run again. Logs as the HTTP route does: one DEBUG line per envelope, never a payload or an answer.
 */
public final class SocketModeReceiver extends SocketModeApp {
    private static final Logger log = LoggerFactory.getLogger(SocketModeReceiver.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExecutorService executor;

    /** Handles up to {@code concurrency} envelopes at once. */
    public SocketModeReceiver(String appToken, App app, SocketModeClient.Backend backend, int concurrency) {
        this(appToken, app, backend, concurrency, new Redeliveries(Clock.systemUTC()));
    }

    /** With the envelopes handled lately kept in {@code handled} (the database's, with several instances). */
    public SocketModeReceiver(
            String appToken, App app, SocketModeClient.Backend backend, int concurrency, HandledRequests handled) {
        this(appToken, app, backend, executor(concurrency), handled);
    }

    private SocketModeReceiver(
            String appToken,
            App app,
            SocketModeClient.Backend backend,
            ExecutorService executor,
            HandledRequests handled) {
        super(clients(appToken, app, backend, executor, handled), app);
        this.executor = executor;
    }

    @Override
    public void close() throws Exception {
        try {
            super.close();
        } finally {
            executor.shutdown();
            if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        }
    }

    private static java.util.function.Supplier<SocketModeClient> clients(
            String appToken,
            App app,
            SocketModeClient.Backend backend,
            ExecutorService executor,
            HandledRequests handled) {
        return () -> {
            SocketModeClient client;
            try {
                client = app.slack().socketMode(appToken, backend);
            } catch (IOException e) {
                throw new UncheckedIOException("Socket Mode could not connect to Slack", e);
            }
            Envelopes envelopes = new Envelopes(app, client, handled);
            client.addWebSocketMessageListener(message -> executor.execute(() -> envelopes.handle(message)));
            return client;
        };
    }

    private static ExecutorService executor(int concurrency) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "partnerbot-socket-mode-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** One connection's envelopes: parsed, checked against the ones handled, run and answered. */
    static final class Envelopes {
        private final App app;
        private final SocketModeClient client;
        private final HandledRequests handled;
        private final SocketModeRequestParser parser;
        private final Gson gson;

        Envelopes(App app, SocketModeClient client, HandledRequests handled) {
            this.app = app;
            this.client = client;
            this.handled = handled;
            this.parser = new SocketModeRequestParser(app.config());
            this.gson = GsonFactory.createSnakeCase(app.slack().getConfig());
        }

        void handle(String message) {
            long start = System.nanoTime();
            SocketModeRequest envelope;
            try {
                envelope = parser.parse(message);
            } catch (RuntimeException e) {
                // Acknowledged all the same, so Slack does not deliver the same unreadable envelope again.
                log.warn(
                        "Refused a malformed Socket Mode envelope ({})",
                        e.getClass().getSimpleName());
                envelopeId(message).ifPresent(id -> client.sendSocketModeResponse(new AckResponse(id)));
                return;
            }
            if (envelope == null) {
                return; // hello, disconnect and other messages that are no envelope
            }
            String envelopeId = envelope.getEnvelope().getEnvelopeId();
            Request<?> request = envelope.getBoltRequest();
            if (request == null) {
                log.warn(
                        "Refused a Socket Mode {} envelope that is no Slack payload Partnerbot knows",
                        envelope.getEnvelope().getType());
                client.sendSocketModeResponse(new AckResponse(envelopeId));
                return;
            }
            String team = HandledRequests.teamOf(request);
            String envelopeKey = "envelope:" + envelopeId;
            String key = Redeliveries.key(request);
            Integer attempt = envelope.getEnvelope().getRetryAttempt();
            HandledRequests.Claim envelopeClaim = handled.claim(team, envelopeKey);
            HandledRequests.Claim contentClaim = handled.claim(team, key);
            boolean isNew = envelopeClaim == HandledRequests.Claim.NEW && contentClaim == HandledRequests.Claim.NEW;
            if (attempt != null && attempt > 0 && !isNew) {
                boolean underWay = envelopeClaim == HandledRequests.Claim.UNDER_WAY
                        || contentClaim == HandledRequests.Claim.UNDER_WAY;
                for (var taken :
                        Map.of(envelopeKey, envelopeClaim, key, contentClaim).entrySet()) {
                    if (taken.getValue() == HandledRequests.Claim.NEW) {
                        // Taken just now, not handled here: released, or settled with the rest.
                        if (underWay) {
                            handled.forget(team, taken.getKey());
                        } else {
                            handled.done(team, taken.getKey());
                        }
                    }
                }
                if (underWay) {
                    // Another instance is on it: not acknowledged, so Slack delivers it again later.
                    log.debug(
                            "{}: Slack's delivery {} of an envelope under way on another instance, left",
                            InboundLog.describe(request),
                            attempt + 1);
                    return;
                }
                log.debug(
                        "{}: Slack's delivery {} of an envelope already handled, acknowledged",
                        InboundLog.describe(request),
                        attempt + 1);
                client.sendSocketModeResponse(new AckResponse(envelopeId));
                return;
            }
            try {
                Response response = app.run(request);
                if (response.getStatusCode() != 200) {
                    // Not acknowledged, as Bolt does: Slack delivers it again.
                    handled.forget(team, envelopeKey);
                    handled.forget(team, key);
                    log.warn(
                            "{} was answered {}; left unacknowledged",
                            InboundLog.describe(request),
                            response.getStatusCode());
                } else {
                    answer(envelopeId, response);
                    handled.done(team, envelopeKey);
                    handled.done(team, key);
                }
                InboundLog.handled(log, request, response.getStatusCode(), start);
            } catch (Exception e) {
                handled.forget(team, envelopeKey);
                handled.forget(team, key);
                InboundLog.Failure failure = InboundLog.failed(log, request, e);
                if (failure == InboundLog.Failure.TOKEN && request.getRequestType() == RequestType.Command) {
                    Map<String, Object> payload =
                            Map.of("response_type", "ephemeral", "text", BoltRoute.CANNOT_WORK_WITH_SLACK);
                    client.sendSocketModeResponse(gson.toJson(Map.of("envelope_id", envelopeId, "payload", payload)));
                } else if (failure == InboundLog.Failure.MALFORMED) {
                    client.sendSocketModeResponse(new AckResponse(envelopeId));
                }
            }
        }

        /** Bolt's answer in the acknowledgement, the way Bolt's own Socket Mode app sends it. */
        private void answer(String envelopeId, Response response) {
            if (response.getBody() == null) {
                client.sendSocketModeResponse(new AckResponse(envelopeId));
                return;
            }
            Map<String, Object> ack = new HashMap<>();
            ack.put("envelope_id", envelopeId);
            if (response.getContentType() != null && response.getContentType().startsWith("application/json")) {
                ack.put("payload", gson.fromJson(response.getBody(), JsonElement.class));
            } else {
                ack.put("payload", Map.of("text", response.getBody()));
            }
            client.sendSocketModeResponse(gson.toJson(ack));
        }

        private static java.util.Optional<String> envelopeId(String message) {
            try {
                String id = JSON.readTree(message).path("envelope_id").asText("");
                return id.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(id);
            } catch (Exception e) {
                return java.util.Optional.empty();
            }
        }
    }
}
