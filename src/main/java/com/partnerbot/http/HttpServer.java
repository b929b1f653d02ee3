package com.partnerbot.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.net.BindException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javalin server: {@code POST /slack/events} (HTTP mode only), {@code GET /slack/install} and {@code GET
 * /slack/oauth_redirect} (many workspaces only) and {@code GET /health}. Anything unexpected is answered with a short
 * JSON error, never a stack trace.
 *
 * <p>The port is bound first, before the rest of the application exists, so a port another program holds stops the
 * start before anything else has begun. Until {@link #serve} hands over the routes, both paths answer 503 {@code
 * starting}.
 */
public final class HttpServer implements AutoCloseable {
    public static final String EVENTS_PATH = "/slack/events";
    public static final String HEALTH_PATH = "/health";
    public static final String INSTALL_PATH = "/slack/install";
    public static final String OAUTH_REDIRECT_PATH = "/slack/oauth_redirect";

    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);

    /** How long a stop waits for the requests under way. */
    static final Duration DRAIN = Duration.ofSeconds(3);

    private final Javalin javalin;
    private final InFlight inFlight;
    private final AtomicReference<Handler> events = new AtomicReference<>(HttpServer::starting);
    private final AtomicReference<Handler> health = new AtomicReference<>(HttpServer::starting);
    private final AtomicReference<Handler> install = new AtomicReference<>(HttpServer::starting);

    public HttpServer(InFlight inFlight) {
        this.inFlight = inFlight;
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson());
            // A stop lets Jetty finish writing the answers of requests under way (our count ends when a handler
            // returns, before Jetty has sent its answer) instead of closing their connections.
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(DRAIN.toMillis());
                server.insertHandler(new GracefulHandler());
            });
            config.routes.get(HEALTH_PATH, counted(ctx -> health.get().handle(ctx)));
            config.routes.post(EVENTS_PATH, counted(ctx -> events.get().handle(ctx)));
            config.routes.get(INSTALL_PATH, counted(ctx -> install.get().handle(ctx)));
            config.routes.get(OAUTH_REDIRECT_PATH, counted(ctx -> install.get().handle(ctx)));
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

    /**
     * Starts listening; port 0 picks a free port, which {@link #port()} then tells. A port that cannot be had (in
     * use, or reserved for administrators) is a {@link BindException} whose message says why.
     */
    public HttpServer start(int port) throws BindException {
        try {
            javalin.start(port);
        } catch (JavalinBindException e) {
            BindException bind = new BindException(reason(e));
            bind.initCause(e);
            throw bind;
        }
        return this;
    }

    /** Hands the requests to the application: Slack's (HTTP mode; empty in Socket Mode) and the health check. */
    public void serve(Optional<BoltRoute> slackRoute, HealthRoute healthRoute) {
        serve(slackRoute, Optional.empty(), healthRoute);
    }

    /** As {@link #serve(Optional, HealthRoute)}, with the install pages when workspaces install the app themselves. */
    public void serve(Optional<BoltRoute> slackRoute, Optional<InstallRoute> installRoute, HealthRoute healthRoute) {
        events.set(slackRoute.<Handler>map(route -> route).orElse(HttpServer::notFound));
        install.set(installRoute.<Handler>map(route -> route).orElse(HttpServer::notFound));
        health.set(healthRoute);
    }

    public int port() {
        return javalin.port();
    }

    /** True when Jetty's stop waits for the answers under way to be written. */
    boolean stopsGracefully() {
        Server jetty = javalin.jettyServer().server();
        return jetty.getStopTimeout() > 0 && jetty.getDescendant(GracefulHandler.class) != null;
    }

    /** Answers 503 to what arrives from now on, health checks included; requests under way go on. */
    public void refuseNew() {
        inFlight.refuse();
    }

    /** Refuses new requests (503), lets those under way finish, then stops listening. */
    @Override
    public void close() {
        if (!inFlight.close(DRAIN)) {
            log.warn("Stopped with requests still running after {} s", DRAIN.toSeconds());
        }
        javalin.stop();
    }

    private static void starting(Context ctx) {
        ctx.status(503).json(Map.of("status", "starting"));
    }

    private static void notFound(Context ctx) {
        ctx.status(404).json(Map.of("ok", false, "error", "not_found"));
    }

    /** The operating system's own words ("Address already in use", "Permission denied"), or Javalin's. */
    private static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException && cause.getMessage() != null) {
                return cause.getMessage();
            }
        }
        return String.valueOf(e.getMessage());
    }
}
