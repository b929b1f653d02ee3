package com.partnerbot.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** {@code GET /health}: 200 while the database answers, 503 when it does not, so an orchestrator can tell. */
public final class HealthRoute implements Handler {
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
        body.put("mode", mode);
        ctx.status(up ? 200 : 503).json(body);
    }
}
