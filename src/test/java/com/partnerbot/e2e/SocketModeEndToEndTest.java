package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.testing.Payloads;
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

            // The questionnaire works the same way: views.open, then a step submitted as an interactive envelope
            // is answered in the ack with the next step.
            socket.push(SocketModeStub.slashCommandEnvelope(
                    "env-2", "/partner", "new Acme", "U1", "C1", app.slack.responseUrl("r2"), "trigger-2"));
            socket.awaitAck("env-2", WAIT);
            String metadata = app.slack
                    .awaitCall("views.open", WAIT)
                    .args()
                    .path("view")
                    .path("private_metadata")
                    .asText();
            String submission = Payloads.viewSubmission(SlackIds.QUESTIONNAIRE_VIEW, metadata, "U1")
                    .text(SlackIds.NAME_BLOCK, "Acme")
                    .conversation(SlackIds.CHANNEL_BLOCK, "C1")
                    .user(SlackIds.OWNER_BLOCK, "U1")
                    .json();
            socket.push("{\"envelope_id\":\"env-3\",\"type\":\"interactive\",\"accepts_response_payload\":true,"
                    + "\"payload\":" + submission + "}");
            JsonNode step = socket.awaitAck("env-3", WAIT).path("payload");
            assertThat(step.path("response_action").asText()).isEqualTo("update");
            assertThat(step.path("view").toString()).contains("Step 2 of 5");
            app.slack.captureAck(step.toString());

            // In Socket Mode there is no events route; health still answers.
            assertThat(app.get("/health").statusCode()).isEqualTo(200);
            assertThat(app.get("/health").body()).contains("\"mode\":\"socket\"");
        }
    }

    @Test
    void anEnvelopeDeliveredAgainIsAcknowledgedWithoutASecondModalOrDraft() throws Exception {
        try (RunningApp app = RunningApp.socketMode(dir)) {
            SocketModeStub socket = app.slack.socketMode();
            socket.awaitConnection(WAIT);
            String envelope = SocketModeStub.slashCommandEnvelope(
                    "env-again", "/partner", "new Acme", "U1", "C1", app.slack.responseUrl("r-again"), "trigger-again");
            socket.push(envelope);
            socket.awaitAck("env-again", WAIT);
            assertThat(app.slack.calls("views.open")).hasSize(1);

            socket.push(SocketModeStub.redelivered(envelope, 1, "timeout"));
            JsonNode second = socket.awaitAcks("env-again", 2, WAIT).get(1);
            assertThat(second.has("payload")).isFalse();
            assertThat(app.slack.calls("views.open")).hasSize(1);
            assertThat(drafts(app)).isEqualTo(1);

            // The same command in a new envelope that is not a redelivery is a new request.
            socket.push(SocketModeStub.slashCommandEnvelope(
                    "env-other",
                    "/partner",
                    "new Acme",
                    "U1",
                    "C1",
                    app.slack.responseUrl("r-other"),
                    "trigger-other"));
            socket.awaitAck("env-other", WAIT);
            assertThat(app.slack.calls("views.open")).hasSize(2);
            assertThat(drafts(app)).isEqualTo(2);
        }
    }

    private static int drafts(RunningApp app) {
        return app.wiring.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM questionnaire_draft")
                .mapTo(Integer.class)
                .one());
    }
}
