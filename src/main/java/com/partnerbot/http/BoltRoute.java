package com.partnerbot.http;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands one Slack request from Javalin to Bolt and Bolt's answer back, the way Bolt's own server adapters do,
 * after checking that Slack signed it (Bolt checks again; the early check keeps unsigned bodies unread).
 *
 * <p>The signature covers the raw body, so Bolt gets {@code ctx.body()} untouched, never a re-encoded form. A body
 * Bolt cannot make sense of is answered 400, never 500.
 */
public final class BoltRoute implements Handler {
    private static final Logger log = LoggerFactory.getLogger(BoltRoute.class);

    private final App app;
    private final SlackRequestParser parser;
    private final SlackSignature.Verifier verifier;

    public BoltRoute(App app, String signingSecret) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.verifier = new SlackSignature.Verifier(new SlackSignature.Generator(signingSecret));
    }

    @Override
    public void handle(Context ctx) {
        // The signature is checked before anything reads the body, so nothing unsigned is parsed or logged.
        if (!signedBySlack(ctx)) {
            ctx.status(401).json(Map.of("ok", false, "error", "invalid_signature"));
            return;
        }
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name, Collections.list(ctx.req().getHeaders(name)));
        }
        SlackRequestParser.HttpRequest raw = SlackRequestParser.HttpRequest.builder()
                .requestUri(ctx.path())
                .queryString(ctx.queryParamMap())
                .headers(new RequestHeaders(headers))
                .requestBody(ctx.body())
                .remoteAddress(ctx.ip())
                .build();
        Request<?> request;
        try {
            request = parser.parse(raw);
        } catch (RuntimeException e) {
            log.info("Refused a request Bolt could not parse: {}", e.toString());
            request = null;
        }
        if (request == null) {
            ctx.status(400).json(Map.of("ok", false, "error", "malformed_request"));
            return;
        }
        Response response;
        try {
            response = app.run(request);
        } catch (Exception e) {
            // Before any listener runs, Bolt checks the bot token with auth.test; a revoked token or Slack being
            // unreachable ends up here. A person who typed a command gets a plain answer instead of an error.
            log.error("Bolt failed on a {} request (is SLACK_BOT_TOKEN still valid?)", request.getRequestType(), e);
            if (request.getRequestType() == RequestType.Command) {
                ctx.status(200)
                        .json(Map.of(
                                "response_type",
                                "ephemeral",
                                "text",
                                "Partnerbot can't work with Slack right now, so nothing was done. If this goes on,"
                                        + " ask your Slack admin to check the app's token and the bot's log."));
            } else {
                ctx.status(400).json(Map.of("ok", false, "error", "unprocessable_request"));
            }
            return;
        }
        ctx.status(response.getStatusCode());
        if (response.getHeaders() != null) {
            response.getHeaders()
                    .forEach((name, values) -> values.forEach(v -> ctx.res().addHeader(name, v)));
        }
        if (response.getContentType() != null) {
            ctx.contentType(response.getContentType());
        }
        if (response.getBody() != null) {
            ctx.result(response.getBody());
        }
    }

    private boolean signedBySlack(Context ctx) {
        String timestamp = ctx.header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP);
        String signature = ctx.header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE);
        if (timestamp == null || signature == null) {
            return false;
        }
        try {
            return verifier.isValid(timestamp, ctx.body(), signature);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
