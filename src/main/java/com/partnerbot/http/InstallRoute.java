package com.partnerbot.http;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The install pages of many workspaces, {@code GET /slack/install} and {@code GET /slack/oauth_redirect}, handed to
 * Bolt's OAuth flow. They are opened by a person's browser, so Slack signs nothing here: the flow's state, checked
 * against the browser's cookie and used once, is what vouches for a callback.
 */
public final class InstallRoute implements Handler {
    private static final Logger log = LoggerFactory.getLogger(InstallRoute.class);

    private final App app;
    private final SlackRequestParser parser;

    public InstallRoute(App app) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    @Override
    public void handle(Context ctx) throws Exception {
        Request<?> request = parser.parse(BoltExchange.request(ctx, ""));
        if (request == null) {
            ctx.status(404).json(Map.of("ok", false, "error", "not_found"));
            return;
        }
        BoltExchange.respond(ctx, app.run(request));
        log.debug("{} {} → {}", ctx.method(), ctx.path(), ctx.status());
    }
}
