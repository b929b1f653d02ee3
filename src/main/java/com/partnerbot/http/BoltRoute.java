package com.partnerbot.http;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands one Slack request from Javalin to Bolt and Bolt's answer back, the way Bolt's own server adapters do. Before
 * Bolt sees it, in this order: a body over {@link #MAX_BODY_BYTES} is refused with 413 unread; one Slack did not
 * sign, or signed more than five minutes before or after now, with 401 unparsed; one that makes no sense with 400;
 * and a retry ({@code X-Slack-Retry-Num}) of a request already handled is acknowledged with 200 and not run again.
 *
 * <p>The signature covers the raw body, so Bolt gets the body untouched, never a re-encoded form.
 */
public final class BoltRoute implements Handler {
    /** Slack's payloads are far smaller; anything larger is not from Slack. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    static final String CANNOT_WORK_WITH_SLACK = "Partnerbot can't work with Slack right now, so nothing was done."
            + " If this goes on, ask your Slack admin to check the app's token and the bot's log.";

    private static final Logger log = LoggerFactory.getLogger(BoltRoute.class);

    private final App app;
    private final SlackRequestParser parser;
    private final SlackSignatures signatures;
    private final HandledRequests handled;

    public BoltRoute(App app, String signingSecret) {
        this(app, signingSecret, Clock.systemUTC());
    }

    /** {@code clock} judges request timestamps and how long handled requests are remembered. */
    public BoltRoute(App app, String signingSecret, Clock clock) {
        this(app, signingSecret, clock, new Redeliveries(clock));
    }

    /** With the requests handled lately kept in {@code handled} (the database's, when several instances share it). */
    public BoltRoute(App app, String signingSecret, Clock clock, HandledRequests handled) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signatures = new SlackSignatures(signingSecret, clock);
        this.handled = handled;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        long start = System.nanoTime();
        byte[] body = readBody(ctx);
        if (body == null) {
            log.debug("Refused a request over {} bytes → 413", MAX_BODY_BYTES);
            ctx.status(413).json(Map.of("ok", false, "error", "request_too_large"));
            return;
        }
        // The signature is checked before anything parses the body, so nothing unsigned is parsed or logged.
        if (!signatures.isValid(
                ctx.header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP),
                body,
                ctx.header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE))) {
            log.debug("Refused a request without a valid, current Slack signature → 401");
            ctx.status(401).json(Map.of("ok", false, "error", "invalid_signature"));
            return;
        }
        Request<?> request = parse(ctx, new String(body, StandardCharsets.UTF_8));
        if (request == null) {
            ctx.status(400).json(Map.of("ok", false, "error", "malformed_request"));
            return;
        }
        String team = HandledRequests.teamOf(request);
        String key = Redeliveries.key(request);
        HandledRequests.Claim claim = handled.claim(team, key);
        if (claim != HandledRequests.Claim.NEW && Redeliveries.isRetry(request)) {
            if (claim == HandledRequests.Claim.UNDER_WAY) {
                // Another instance is on it: not acknowledged, so Slack tries again later, when it is done (or that
                // instance stopped and the retry takes it over).
                log.debug(
                        "{}: Slack's retry of a request under way on another instance → 503",
                        InboundLog.describe(request));
                ctx.status(503).json(Map.of("ok", false, "error", "under_way"));
                return;
            }
            log.debug(
                    "{}: Slack's retry of a request already handled, acknowledged → 200", InboundLog.describe(request));
            ctx.status(200);
            return;
        }
        Response response;
        try {
            response = app.run(request);
        } catch (Exception e) {
            handled.forget(team, key);
            answerFailure(ctx, request, InboundLog.failed(log, request, e));
            return;
        }
        if (response.getStatusCode() < 200 || response.getStatusCode() > 299) {
            handled.forget(team, key);
        } else {
            handled.done(team, key);
        }
        BoltExchange.respond(ctx, response);
        InboundLog.handled(log, request, response.getStatusCode(), start);
    }

    /** The raw body, or null when it is larger than {@link #MAX_BODY_BYTES} (declared or actually sent). */
    static byte[] readBody(Context ctx) throws IOException {
        if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) {
            return null;
        }
        InputStream in = ctx.req().getInputStream();
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private Request<?> parse(Context ctx, String body) {
        SlackRequestParser.HttpRequest raw = BoltExchange.request(ctx, body);
        try {
            Request<?> request = parser.parse(raw);
            if (request == null) {
                log.warn("Refused a signed request that is no Slack payload Partnerbot knows ({})", ctx.contentType());
            }
            return request;
        } catch (RuntimeException e) {
            log.warn("Refused a malformed signed request ({})", e.getClass().getSimpleName());
            return null;
        }
    }

    private static void answerFailure(Context ctx, Request<?> request, InboundLog.Failure failure) {
        switch (failure) {
            case TOKEN -> {
                // A revoked token or Slack being unreachable: a person who typed a command gets a plain answer.
                if (request.getRequestType() == RequestType.Command) {
                    ctx.status(200).json(Map.of("response_type", "ephemeral", "text", CANNOT_WORK_WITH_SLACK));
                } else {
                    ctx.status(400).json(Map.of("ok", false, "error", "unprocessable_request"));
                }
            }
            case MALFORMED -> ctx.status(400).json(Map.of("ok", false, "error", "malformed_request"));
            case UNEXPECTED -> ctx.status(500).json(Map.of("ok", false, "error", "internal_error"));
        }
    }
}
