package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.testing.SocketModeStub;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same jar's Socket Mode: the bot dials Slack, receives a slash command envelope and answers in its ack. */
class SocketModeEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void aSlashCommandEnvelopeIsAcknowledgedWithTheAnswer() throws Exception {
        try (RunningApp app = RunningApp.socketMode(dir)) {
            SocketModeStub socket = app.slack.socketMode();
            socket.awaitConnection(WAIT);
            socket.push(SocketModeStub.slashCommandEnvelope(
                    "env-1", "/partner", "help", "U1", "C1", app.slack.responseUrl("r1"), "trigger-1"));
            JsonNode ack = socket.awaitAck("env-1", WAIT);
            assertThat(ack.path("payload").path("blocks").toString()).contains("/partner new [NAME]");
            app.slack.captureAck(ack.path("payload").toString());

            // In Socket Mode there is no events route; health still answers.
            assertThat(app.get("/health").statusCode()).isEqualTo(200);
            assertThat(app.get("/health").body()).contains("\"mode\":\"socket\"");
        }
    }
}
