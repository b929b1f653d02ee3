package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.store.Partnership;
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
    void newOpensTheModalThenSubmissionStoresAndConfirmsInTheChannel() throws Exception {
        HttpResponse<String> ack = app.command("new Acme Cloud", "U1", "C1");
        assertThat(ack.statusCode()).isEqualTo(200);

        RecordedCall open = app.slack.calls("views.open").get(0);
        JsonNode view = open.args().get("view");
        assertThat(open.arg("trigger_id")).isNotBlank();
        assertThat(view.path("callback_id").asText()).isEqualTo(SlackIds.NEW_PARTNERSHIP_VIEW);
        assertThat(view.toString())
                .contains("\"initial_value\":\"Acme Cloud\"")
                .contains("\"initial_conversation\":\"C1\"")
                .contains("\"initial_user\":\"U1\"")
                .contains("\"max_length\":80");

        HttpResponse<String> submitted = app.interaction(Payloads.viewSubmission(
                        SlackIds.NEW_PARTNERSHIP_VIEW,
                        view.path("private_metadata").asText(),
                        "U1")
                .text(SlackIds.NAME_BLOCK, "Acme Cloud")
                .conversation(SlackIds.CHANNEL_BLOCK, "C2")
                .user(SlackIds.OWNER_BLOCK, "U7")
                .text(SlackIds.DESCRIPTION_BLOCK, "Co-sell the analytics add-on")
                .json());
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.body()).isEmpty();

        Partnership stored =
                app.partnerships().findByName("T0STUB", "acme cloud").orElseThrow();
        assertThat(stored.channelId()).isEqualTo("C2");
        assertThat(stored.ownerUserId()).isEqualTo("U7");
        assertThat(stored.createdBy()).isEqualTo("U1");
        assertThat(stored.description()).isEqualTo("Co-sell the analytics add-on");

        // The confirmation is posted only after the acknowledgement, by background work.
        assertThat(app.slack.calls("chat.postMessage")).isEmpty();
        app.work.runAll();
        RecordedCall posted = app.slack.calls("chat.postMessage").get(0);
        assertThat(posted.arg("channel")).isEqualTo("C2");
        assertThat(posted.args().get("blocks").toString())
                .contains("Acme Cloud")
                .contains("<@U7>");
    }

    @Test
    void anEmptyNameIsAFieldErrorAndNothingIsStored() throws Exception {
        HttpResponse<String> response = app.interaction(Payloads.viewSubmission(SlackIds.NEW_PARTNERSHIP_VIEW, "", "U1")
                .text(SlackIds.NAME_BLOCK, "   ")
                .conversation(SlackIds.CHANNEL_BLOCK, "C1")
                .user(SlackIds.OWNER_BLOCK, "U1")
                .json());
        JsonNode body = app.json(response.body());
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        assertThat(body.path("errors").path(SlackIds.NAME_BLOCK).asText()).contains("name");
        assertThat(app.partnerships().countByTeam("T0STUB")).isZero();
    }

    @Test
    void aNameLongerThanTheFieldAllowsIsRefusedNotCut() throws Exception {
        String longName = "A".repeat(81);
        JsonNode body = app.json(app.interaction(Payloads.viewSubmission(SlackIds.NEW_PARTNERSHIP_VIEW, "", "U1")
                        .text(SlackIds.NAME_BLOCK, longName)
                        .conversation(SlackIds.CHANNEL_BLOCK, "C1")
                        .user(SlackIds.OWNER_BLOCK, "U1")
                        .json())
                .body());
        assertThat(body.path("errors").path(SlackIds.NAME_BLOCK).asText()).contains("80 characters");
        assertThat(app.partnerships().countByTeam("T0STUB")).isZero();
    }

    @Test
    void aDuplicateNameInTheWorkspaceIsAFieldError() throws Exception {
        String submit = Payloads.viewSubmission(SlackIds.NEW_PARTNERSHIP_VIEW, "", "U1")
                .text(SlackIds.NAME_BLOCK, "Acme")
                .conversation(SlackIds.CHANNEL_BLOCK, "C1")
                .user(SlackIds.OWNER_BLOCK, "U1")
                .json();
        assertThat(app.interaction(submit).body()).isEmpty();
        JsonNode second =
                app.json(app.interaction(submit.replace("\"Acme\"", "\"ACME\"")).body());
        assertThat(second.path("errors").path(SlackIds.NAME_BLOCK).asText()).contains("already exists");
        assertThat(app.partnerships().countByTeam("T0STUB")).isEqualTo(1);
    }

    @Test
    void aFailedConfirmationIsLoggedToldToTheUserAndThePartnershipStays() throws Exception {
        app.slack.channel("C9", "secret-deals", true, false);
        app.command("new Globex", "U1", "C1");
        String metadata = app.slack
                .calls("views.open")
                .get(0)
                .args()
                .path("view")
                .path("private_metadata")
                .asText();
        app.interaction(Payloads.viewSubmission(SlackIds.NEW_PARTNERSHIP_VIEW, metadata, "U1")
                .text(SlackIds.NAME_BLOCK, "Globex")
                .conversation(SlackIds.CHANNEL_BLOCK, "C9")
                .user(SlackIds.OWNER_BLOCK, "U1")
                .json());
        app.work.runAll();
        assertThat(app.partnerships().findByName("T0STUB", "Globex")).isPresent();
        RecordedCall told = app.slack.calls("response_url").get(0);
        assertThat(told.arg("response_type")).isEqualTo("ephemeral");
        assertThat(told.arg("text")).contains("/invite @Partnerbot").contains("saved");
    }

    @Test
    void aRateLimitedPostIsRetriedAfterSlacksRetryAfter() throws Exception {
        app.slack.rateLimitNext("chat.postMessage", 7);
        app.interaction(Payloads.viewSubmission(SlackIds.NEW_PARTNERSHIP_VIEW, "", "U1")
                .text(SlackIds.NAME_BLOCK, "Initech")
                .conversation(SlackIds.CHANNEL_BLOCK, "C1")
                .user(SlackIds.OWNER_BLOCK, "U1")
                .json());
        app.work.runAll();
        assertThat(app.work.delays()).containsExactly(Duration.ofSeconds(7));
        assertThat(app.slack.calls("chat.postMessage")).hasSize(2);
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
    void aSubmissionFromAnUnknownCallbackGetsAClearAnswer() throws Exception {
        HttpResponse<String> response = app.interaction(
                Payloads.viewSubmission("no_such_view", "", "U1").json());
        assertThat(response.statusCode()).isLessThan(500);
        assertThat(app.partnerships().countByTeam("T0STUB")).isZero();
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
