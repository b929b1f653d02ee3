package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.testing.Payloads;
import com.partnerbot.testing.RecordedCall;
import com.partnerbot.testing.SignedRequests;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running app over signed HTTP against the Slack stub: help, the new-partnership flow, refusals. */
class FoundationEndToEndTest {
    @TempDir
    Path dir;

    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.http(dir);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void helpListsEachSubcommandWithAnExample() throws Exception {
        for (String text : new String[] {"", "help", "  HELP "}) {
            HttpResponse<String> response = app.command(text);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = app.json(response.body());
            assertThat(body.path("response_type").asText()).isEqualTo("ephemeral");
            assertThat(body.path("blocks").toString())
                    .contains("/partner new [NAME]")
                    .contains("Example:")
                    .contains("/partner new Acme Cloud");
        }
    }

    @Test
    void unknownSubcommandIsNamedAndHelpFollows() throws Exception {
        JsonNode body = app.json(app.command("frobnicate now").body());
        assertThat(body.path("text").asText()).contains("Unknown subcommand frobnicate");
        assertThat(body.path("blocks").toString()).contains("frobnicate").contains("/partner new [NAME]");
    }

    @Test
    void newOpensTheQuestionnaireAtOncePrefilledFromTheCommand() throws Exception {
        HttpResponse<String> ack = app.command("new Acme Cloud", "U1", "C1");
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).isEmpty();

        RecordedCall open = app.slack.calls("views.open").get(0);
        JsonNode view = open.args().get("view");
        assertThat(open.arg("trigger_id")).isNotBlank();
        assertThat(view.path("callback_id").asText()).isEqualTo(SlackIds.QUESTIONNAIRE_VIEW);
        assertThat(view.toString())
                .contains("Step 1 of 5")
                .contains("\"initial_value\":\"Acme Cloud\"")
                .contains("\"initial_conversation\":\"C1\"")
                .contains("\"initial_user\":\"U1\"")
                .contains("\"max_length\":80");
    }

    @Test
    void anEmptyNameIsAFieldErrorAndNothingIsStored() throws Exception {
        var q = QuestionnaireDriver.open(app, "new");
        q.basics("   ", "C1", "U1");
        JsonNode body = q.lastBody();
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        assertThat(body.path("errors").path(SlackIds.NAME_BLOCK).asText()).contains("name");
        assertThat(app.partnerships().countByTeam("T0STUB")).isZero();
    }

    @Test
    void aNameLongerThanTheFieldAllowsIsRefusedNotCut() throws Exception {
        var q = QuestionnaireDriver.open(app, "new");
        q.basics("A".repeat(81), "C1", "U1");
        assertThat(q.lastBody().path("errors").path(SlackIds.NAME_BLOCK).asText())
                .contains("80 characters");
        assertThat(app.partnerships().countByTeam("T0STUB")).isZero();
    }

    @Test
    void unsignedWronglySignedAndStaleRequestsAre401() {
        String body = SignedRequests.formBody(app.signed.commandForm("/partner", "help", "U1", "C1"));
        assertThat(app.signed
                        .postUnsigned(app.events, SignedRequests.FORM, body)
                        .statusCode())
                .isEqualTo(401);
        assertThat(app.signed
                        .postWithWrongSignature(app.events, SignedRequests.FORM, body)
                        .statusCode())
                .isEqualTo(401);
        Instant sixMinutesAgo = Instant.now().minus(Duration.ofMinutes(6));
        assertThat(app.signed
                        .postSigned(app.events, SignedRequests.FORM, body, sixMinutesAgo)
                        .statusCode())
                .isEqualTo(401);
        assertThat(app.slack.calls("views.open")).isEmpty();
        assertThat(app.signed
                        .postUnsigned(app.events, SignedRequests.JSON, "{\"broken\":")
                        .statusCode())
                .isEqualTo(401);
        assertThat(app.signed
                        .postWithHeaders(app.events, SignedRequests.FORM, body, "not-a-time", "v0=00")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void malformedBodiesAre400NotAServerError() {
        assertThat(app.signed
                        .postSigned(app.events, SignedRequests.FORM, "payload=%7Bnot-json", Instant.now())
                        .statusCode())
                .isEqualTo(400);
        assertThat(app.signed
                        .postSigned(app.events, SignedRequests.JSON, "{\"broken\":", Instant.now())
                        .statusCode())
                .isBetween(400, 499);
        assertThat(app.signed
                        .postSigned(app.events, SignedRequests.FORM, "", Instant.now())
                        .statusCode())
                .isBetween(400, 499);
    }

    @Test
    void aFormOrButtonTheAppDoesNotKnowGetsAPlainAnswerNotAnError() throws Exception {
        HttpResponse<String> form = app.interaction(Payloads.viewSubmission("partnership_new", "", "U1")
                .text("name", "Acme")
                .json());
        assertThat(form.statusCode()).isEqualTo(200);
        JsonNode body = app.json(form.body());
        assertThat(body.path("response_action").asText()).isEqualTo("update");
        assertThat(body.path("view").toString()).contains("older version of Partnerbot");

        HttpResponse<String> button =
                app.interaction(Payloads.buttonAction("retired_button", "x", "U1", null, "C1", null));
        assertThat(button.statusCode()).isEqualTo(200);
        assertThat(app.partnerships().countByTeam("T0STUB")).isZero();
    }

    @Test
    void aRevokedTokenGetsThePersonAPlainAnswerNotAnError() throws Exception {
        app.slack.failNext("auth.test", "token_revoked");
        HttpResponse<String> response = app.command("help");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(app.json(response.body()).path("text").asText()).contains("can't work with Slack right now");
        assertThat(app.slack.calls("views.open")).isEmpty();
    }

    @Test
    void theHomeTabIsPublishedWhenOpened() throws Exception {
        HttpResponse<String> response = app.signed.postEvent(app.events, Payloads.appHomeOpened("U1"));
        assertThat(response.statusCode()).isEqualTo(200);
        app.work.runAll();
        RecordedCall publish = app.slack.calls("views.publish").get(0);
        assertThat(publish.arg("user_id")).isEqualTo("U1");
        assertThat(publish.args().path("view").path("type").asText()).isEqualTo("home");
    }

    @Test
    void theReminderSweepIsScheduledInTheDatabase() {
        String task = app.wiring.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT task_name FROM scheduled_tasks")
                .mapTo(String.class)
                .one());
        assertThat(task).isEqualTo("reminders");
    }

    @Test
    void healthFollowsTheDatabase() throws Exception {
        HttpResponse<String> up = app.get("/health");
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(app.json(up.body()).path("database").asText()).isEqualTo("up");
        app.wiring.database().close();
        HttpResponse<String> down = app.get("/health");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(app.json(down.body()).path("database").asText()).isEqualTo("down");
    }
}
