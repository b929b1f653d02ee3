package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.store.RestartablePostgres;
import com.partnerbot.testing.Payloads;
import com.partnerbot.testing.RecordedCall;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bot on PostgreSQL, and PostgreSQL stopped while it runs: health says why with 503, Slack's requests get a plain
 * message instead of an error, what was owed stays owed, and everything goes on when the server is back.
 */
class DatabaseOutageEndToEndTest {
    private static final String DATABASE_DOWN = "Partnerbot can't reach its database right now; try again in a minute.";

    private RestartablePostgres server;
    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        server = RestartablePostgres.shared();
        app = RunningApp.http(server.freshDatabase());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private int health() {
        try {
            return app.get("/health").statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void whileTheDatabaseIsGoneSlackGetsAPlainAnswerAndWhatWasOwedIsPostedWhenItIsBack() throws Exception {
        // A decision whose post Slack could not take: it waits in the outbox for its retry.
        app.slack.failNextHttp("chat.postMessage", 503, 1, false);
        assertThat(app.interaction(Payloads.buildOrPartnerDecision("C1").json()).statusCode())
                .isEqualTo(200);
        app.work.runAll();
        assertThat(app.slack.landedCount()).isZero();

        server.stop();

        HttpResponse<String> down = app.get("/health");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(app.json(down.body()).path("reason").asText()).isEqualTo("Partnerbot can't reach its database");

        HttpResponse<String> listed = app.command("list");
        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode answer = app.json(listed.body());
        assertThat(answer.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer.path("text").asText()).isEqualTo(DATABASE_DOWN);

        HttpResponse<String> submitted =
                app.interaction(Payloads.buildOrPartnerDecision("C2").json());
        assertThat(submitted.statusCode()).isEqualTo(200);
        JsonNode update = app.json(submitted.body());
        assertThat(update.path("response_action").asText()).isEqualTo("update");
        assertThat(update.path("view").toString()).contains(DATABASE_DOWN);

        // A button in a message: the person is told privately, in the channel.
        String responseUrl = app.slack.responseUrl("reassess-while-down");
        HttpResponse<String> clicked =
                app.interaction(Payloads.buttonAction(SlackIds.REASSESS_ACTION, "p1", "U1", null, "C1", responseUrl));
        assertThat(clicked.statusCode()).isEqualTo(200);
        RecordedCall told = app.slack.calls("response_url").get(0);
        assertThat(told.arg("response_type")).isEqualTo("ephemeral");
        assertThat(told.arg("replace_original")).isEqualTo("false");
        assertThat(told.arg("text")).isEqualTo(DATABASE_DOWN);

        // The retry comes due while the database is gone: the sender's pass finds nothing it can do.
        app.clock.advance(Duration.ofMinutes(1));
        app.work.tick();
        assertThat(app.slack.landedCount()).isZero();

        server.start();
        assertThat(RestartablePostgres.eventually(() -> health() == 200))
                .as("health sees the database back")
                .isTrue();

        app.work.tick();
        assertThat(app.slack.messagesIn("C1"))
                .as("the decision owed before the outage")
                .hasSize(1);
        assertThat(app.slack.messagesIn("C2"))
                .as("the refused submission saved nothing")
                .isEmpty();
        assertThat(app.interaction(Payloads.buildOrPartnerDecision("C2").json()).body())
                .isEmpty();
        app.work.runAll();
        assertThat(app.slack.messagesIn("C2")).hasSize(1);
        assertThat(app.json(app.command("list").body()).path("text").asText()).isNotEqualTo(DATABASE_DOWN);
    }
}
