package com.partnerbot.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /health}: 200 while the database answers, 503 with a plain reason when it does not (PostgreSQL stopped or
 * cut off), so an orchestrator can tell; it answers 200 again by itself once the database is back.
 */
public final class HealthRoute implements Handler {
    static final String REASON = "Partnerbot can't reach its database";

    private final BooleanSupplier databaseUp;
    private final String mode;

    public HealthRoute(BooleanSupplier databaseUp, String mode) {
        this.databaseUp = databaseUp;
        this.mode = mode;
    }

    @Override
    public void handle(Context ctx) {
        boolean up = databaseUp.getAsBoolean();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "ok" : "unavailable");
        body.put("database", up ? "up" : "down");
        if (!up) {
            body.put("reason", REASON);
        }
        body.put("mode", mode);
        ctx.status(up ? 200 : 503).json(body);
    }
}
