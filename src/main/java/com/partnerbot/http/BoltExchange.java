package com.partnerbot.http;

import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A Javalin exchange as Bolt reads requests and writes answers, the way Bolt's own server adapters do. */
final class BoltExchange {
    private BoltExchange() {}

    /** The request as Bolt's parser takes it: path, query, headers, the raw body untouched and the caller's address. */
    static SlackRequestParser.HttpRequest request(Context ctx, String body) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name, Collections.list(ctx.req().getHeaders(name)));
        }
        return SlackRequestParser.HttpRequest.builder()
                .requestUri(ctx.path())
                .queryString(ctx.queryParamMap())
                .headers(new RequestHeaders(headers))
                .requestBody(body)
                .remoteAddress(ctx.ip())
                .build();
    }

    /** Copies Bolt's answer back: status, headers (a cookie, a redirect), content type and body. */
    static void respond(Context ctx, Response response) {
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
}
