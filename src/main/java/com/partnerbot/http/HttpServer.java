package com.partnerbot.http;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
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

    /** How long a stop waits for the requests under way. */
    static final Duration DRAIN = Duration.ofSeconds(4);

    private final Javalin javalin;
    private final InFlight inFlight;

    public HttpServer(Optional<BoltRoute> slackRoute, HealthRoute health, InFlight inFlight) {
        this.inFlight = inFlight;
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson());
            config.routes.get(HEALTH_PATH, counted(health));
            slackRoute.ifPresent(route -> config.routes.post(EVENTS_PATH, counted(route)));
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                ctx.status(500).json(Map.of("ok", false, "error", "internal_error"));
            });
        });
    }

    /** While stopping, 503 and a plain reason; otherwise the request runs and is counted until it ends. */
    private Handler counted(Handler handler) {
        return ctx -> {
            if (!inFlight.enter()) {
                ctx.status(503).header("Retry-After", "5").json(Map.of("ok", false, "error", "shutting_down"));
                return;
            }
            try {
                handler.handle(ctx);
            } finally {
                inFlight.exit();
            }
        };
    }

    /** Starts listening; port 0 picks a free port, which {@link #port()} then tells. */
    public HttpServer start(int port) {
        javalin.start(port);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    /** Refuses new requests (503), lets those under way finish, then stops listening. */
    @Override
    public void close() {
        if (!inFlight.close(DRAIN)) {
            log.warn("Stopped with requests still running after {} s", DRAIN.toSeconds());
        }
        javalin.stop();
    }
}
