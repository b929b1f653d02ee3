package com.partnerbot.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The port is had before the application exists; requests wait for it with 503 until it is handed over. */
class HttpServerTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final HttpServer server = new HttpServer(new InFlight());

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void beforeTheApplicationIsHandedOverBothPathsAnswerStarting() throws Exception {
        server.start(0);
        HttpResponse<String> health = send("GET", HttpServer.HEALTH_PATH);
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"status\":\"starting\"");
        assertThat(send("POST", HttpServer.EVENTS_PATH).statusCode()).isEqualTo(503);
        assertThat(server.stopsGracefully())
                .as("a stop waits for answers being written")
                .isTrue();
    }

    @Test
    void onceHandedOverHealthAnswersAndSocketModeHasNoEventsPath() throws Exception {
        server.start(0);
        server.serve(Optional.empty(), new HealthRoute(() -> true, "socket"));
        HttpResponse<String> health = send("GET", HttpServer.HEALTH_PATH);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"mode\":\"socket\"");
        assertThat(send("POST", HttpServer.EVENTS_PATH).statusCode()).isEqualTo(404);
    }

    @Test
    void aPortInUseIsABindExceptionSayingSo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> server.start(taken.getLocalPort()))
                    .isInstanceOf(BindException.class)
                    .hasMessageContaining("in use");
        }
    }
}
