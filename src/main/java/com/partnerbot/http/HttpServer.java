package com.partnerbot.http;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javalin server: {@code POST /slack/events} (HTTP mode only) and {@code GET /health}. Anything unexpected is
 * answered with a short JSON error, never a stack trace.
 */
public final class HttpServer implements AutoCloseable {
    public static final String EVENTS_PATH = "/slack/events";
    public static final String HEALTH_PATH = "/health";

    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);

    private final Javalin javalin;

    public HttpServer(Optional<BoltRoute> slackRoute, HealthRoute health) {
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson());
            config.routes.get(HEALTH_PATH, health);
            slackRoute.ifPresent(route -> config.routes.post(EVENTS_PATH, route));
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                ctx.status(500).json(Map.of("ok", false, "error", "internal_error"));
            });
        });
    }

    /** Starts listening; port 0 picks a free port, which {@link #port()} then tells. */
    public HttpServer start(int port) {
        javalin.start(port);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
