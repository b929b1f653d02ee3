package com.partnerbot.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatScheduleMessageResponse;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.methods.response.views.ViewsUpdateResponse;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.composition.BlockCompositions;
import com.slack.api.model.view.Views;
import com.slack.api.socket_mode.SocketModeClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives {@link SlackStub} with Bolt's own client, so the stub is checked against what Bolt sends and parses. */
class SlackStubTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Instant NOW = Instant.parse("2030-01-15T10:00:00Z");

    private final ObjectMapper json = new ObjectMapper();
    private SlackStub stub;
    private Slack slack;
    private MethodsClient client;

    @BeforeEach
    void start() {
        stub = new SlackStub().clock(Clock.fixed(NOW, ZoneOffset.UTC));
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(stub.apiUrl());
        slack = Slack.getInstance(config);
        client = slack.methods(SlackStub.BOT_TOKEN);
    }

    @AfterEach
    void stop() throws Exception {
        slack.close();
        stub.close();
    }

    @Test
    void authTestAnswersWithTheBotIdentity() throws Exception {
        AuthTestResponse response = client.authTest(r -> r);

        assertThat(response.isOk()).isTrue();
        assertThat(response.getTeamId()).isEqualTo(SlackStub.TEAM_ID);
        assertThat(response.getUserId()).isEqualTo(SlackStub.BOT_USER_ID);
        assertThat(response.getBotId()).isEqualTo(SlackStub.BOT_ID);
        assertThat(response.getUrl()).isEqualTo("https://stub-workspace.slack.com/");
        assertThat(stub.calls("auth.test")).singleElement().satisfies(call -> assertThat(call.token())
                .isEqualTo(SlackStub.BOT_TOKEN));
    }

    @Test
    void wrongOrMissingTokenIsRefusedAsSlackDoes() throws Exception {
        assertThat(slack.methods("xoxb-wrong").authTest(r -> r).getError()).isEqualTo("invalid_auth");
        assertThat(slack.methods(SlackStub.APP_TOKEN)
                        .chatPostMessage(r -> r.channel("C1").text("x"))
                        .getError())
                .isEqualTo("not_allowed_token_type");

        HttpResponse<String> unauthenticated = rawPost("auth.test", "application/x-www-form-urlencoded", "", null);
        assertThat(unauthenticated.statusCode()).isEqualTo(200);
        assertThat(json.readTree(unauthenticated.body()).path("error").asText()).isEqualTo("not_authed");
    }

    @Test
    void unknownMethodIsReported() throws Exception {
        HttpResponse<String> response = rawPost("chat.shout", "application/json", "{}", SlackStub.BOT_TOKEN);

        assertThat(json.readTree(response.body()).path("error").asText()).isEqualTo("unknown_method");
    }

    @Test
    void postMessageIsRecordedWithBlocksAsJson() throws Exception {
        ChatPostMessageResponse response = client.chatPostMessage(
                r -> r.channel("C0GENERAL").text("fallback").blocks(List.of(Blocks.section(s -> s.blockId("intro")
                        .text(BlockCompositions.markdownText("*Hi*"))))));

        assertThat(response.isOk()).isTrue();
        assertThat(response.getChannel()).isEqualTo("C0GENERAL");
        assertThat(response.getTs()).startsWith(NOW.getEpochSecond() + ".");
        assertThat(response.getMessage().getBlocks()).hasSize(1);

        RecordedCall call = stub.awaitCall("chat.postMessage", WAIT);
        assertThat(call.token()).isEqualTo(SlackStub.BOT_TOKEN);
        assertThat(call.args().has("token")).isFalse();
        assertThat(call.arg("channel")).isEqualTo("C0GENERAL");
        assertThat(call.args().get("blocks").isArray()).isTrue();
        assertThat(call.args().at("/blocks/0/block_id").asText()).isEqualTo("intro");
        assertThat(call.args().at("/blocks/0/text/text").asText()).isEqualTo("*Hi*");
    }

    @Test
    void awaitCallReturnsEachCallOnceAndFailsWhenNoneArrives() throws Exception {
        client.chatPostMessage(r -> r.channel("C1").text("first"));
        client.chatPostMessage(r -> r.channel("C1").text("second"));

        assertThat(stub.awaitCall("chat.postMessage", WAIT).arg("text")).isEqualTo("first");
        assertThat(stub.awaitCall("chat.postMessage", WAIT).arg("text")).isEqualTo("second");
        assertThatThrownBy(() -> stub.awaitCall("chat.postMessage", Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no chat.postMessage call");
    }

    @Test
    void awaitCallsWaitsForMatchingCallsFromAPositionOn() throws Exception {
        client.chatPostMessage(r -> r.channel("C2").text("earlier"));
        int from = stub.callCount();
        var waiting = CompletableFuture.supplyAsync(
                () -> stub.awaitCalls(from, call -> "C2".equals(call.arg("channel")), 2, WAIT));
        client.chatPostMessage(r -> r.channel("C1").text("elsewhere"));
        client.chatPostMessage(r -> r.channel("C2").text("a"));
        client.chatPostMessage(r -> r.channel("C2").text("b"));

        assertThat(waiting.get(10, TimeUnit.SECONDS))
                .extracting(c -> c.arg("text"))
                .containsExactly("a", "b");
        assertThatThrownBy(
                        () -> stub.awaitCalls(from, call -> "C2".equals(call.arg("channel")), 3, Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("2 of 3 matching calls");
    }

    @Test
    void jsonBodiesAreAcceptedToo() throws Exception {
        String body = "{\"channel\":\"C0GENERAL\",\"blocks\":[{\"type\":\"divider\"}]}";

        HttpResponse<String> response =
                rawPost("chat.postMessage", "application/json; charset=utf-8", body, SlackStub.BOT_TOKEN);

        assertThat(json.readTree(response.body()).path("ok").asBoolean()).isTrue();
        assertThat(stub.awaitCall("chat.postMessage", WAIT)
                        .args()
                        .at("/blocks/0/type")
                        .asText())
                .isEqualTo("divider");
    }

    @Test
    void failNextAnswersOneError() throws Exception {
        stub.failNext("chat.postMessage", "channel_not_found");

        assertThat(client.chatPostMessage(r -> r.channel("C1").text("a")).getError())
                .isEqualTo("channel_not_found");
        assertThat(client.chatPostMessage(r -> r.channel("C1").text("b")).isOk())
                .isTrue();
    }

    @Test
    void rateLimitNextMakesTheSyncClientThrow429WithRetryAfter() throws Exception {
        stub.rateLimitNext("chat.postMessage", 7);

        assertThatThrownBy(() -> client.chatPostMessage(r -> r.channel("C1").text("a")))
                .isInstanceOfSatisfying(SlackApiException.class, e -> {
                    assertThat(e.getResponse().code()).isEqualTo(429);
                    assertThat(e.getResponse().header("Retry-After")).isEqualTo("7");
                    assertThat(e.getError().getError()).isEqualTo("ratelimited");
                });
        assertThat(client.chatPostMessage(r -> r.channel("C1").text("b")).isOk())
                .isTrue();
    }

    @Test
    void postsAreNotLimitedUnlessAsked() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(client.chatPostMessage(r -> r.channel("C1").text("burst"))
                            .isOk())
                    .isTrue();
        }
        assertThat(stub.rateLimited()).isZero();
    }

    @Test
    void theLimitTakesOnePostPerChannelPerSecondAndAnswers429WithRetryAfterBeyondIt() throws Exception {
        TestClock clock = new TestClock(NOW);
        stub.clock(clock).limitPostsPerChannel(true);

        assertThat(client.chatPostMessage(r -> r.channel("C1").text("first")).isOk())
                .isTrue();
        // Another channel has its own second.
        assertThat(client.chatPostMessage(r -> r.channel("C2").text("elsewhere"))
                        .isOk())
                .isTrue();
        clock.advance(Duration.ofMillis(999));
        assertThatThrownBy(() -> client.chatPostMessage(r -> r.channel("C1").text("too soon")))
                .isInstanceOfSatisfying(SlackApiException.class, e -> {
                    assertThat(e.getResponse().code()).isEqualTo(429);
                    assertThat(e.getResponse().header("Retry-After")).isEqualTo("1");
                    assertThat(e.getError().getError()).isEqualTo("ratelimited");
                });
        clock.advance(Duration.ofMillis(1));
        assertThat(client.chatPostMessage(r -> r.channel("C1").text("a second later"))
                        .isOk())
                .isTrue();
        // A refused post does not count as the channel's post: one a second after the accepted one goes through.
        assertThatThrownBy(() -> client.chatPostMessage(r -> r.channel("C1").text("again too soon")))
                .isInstanceOf(SlackApiException.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(client.chatPostMessage(r -> r.channel("C1").text("third")).isOk())
                .isTrue();

        assertThat(stub.rateLimited()).isEqualTo(2);
        assertThat(stub.messagesIn("C1"))
                .extracting(m -> m.path("text").asText())
                .containsExactly("first", "a second later", "third");
        assertThat(stub.landed())
                .extracting(SlackStub.Landed::channel, SlackStub.Landed::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("C1", NOW),
                        org.assertj.core.groups.Tuple.tuple("C2", NOW),
                        org.assertj.core.groups.Tuple.tuple("C1", NOW.plusSeconds(1)),
                        org.assertj.core.groups.Tuple.tuple("C1", NOW.plusSeconds(2)));
    }

    @Test
    void channelFactsDecideWhetherTheBotMayPost() throws Exception {
        stub.channel("C0PUBLIC", "partners", false, false).channel("G0SECRET", "board", true, false);

        assertThat(client.chatPostMessage(r -> r.channel("C0PUBLIC").text("x")).getError())
                .isEqualTo("not_in_channel");
        assertThat(client.chatPostMessage(r -> r.channel("G0SECRET").text("x")).getError())
                .isEqualTo("channel_not_found");
        assertThat(client.conversationsInfo(r -> r.channel("G0SECRET")).getError())
                .isEqualTo("channel_not_found");
        assertThat(client.conversationsJoin(r -> r.channel("G0SECRET")).getError())
                .isEqualTo("channel_not_found");

        var joined = client.conversationsJoin(r -> r.channel("C0PUBLIC"));
        assertThat(joined.isOk()).isTrue();
        assertThat(joined.getChannel().isMember()).isTrue();
        assertThat(client.chatPostMessage(r -> r.channel("C0PUBLIC").text("x")).isOk())
                .isTrue();
        var info = client.conversationsInfo(r -> r.channel("C0PUBLIC"));
        assertThat(info.getChannel().getName()).isEqualTo("partners");
        assertThat(info.getChannel().isPrivate()).isFalse();

        stub.chatWritePublic(true).channel("C0OTHER", "other", false, false);
        assertThat(client.chatPostMessage(r -> r.channel("C0OTHER").text("x")).isOk())
                .isTrue();
    }

    @Test
    void viewsAreEchoedWithSlackAssignedFieldsAndTriggersAreSingleUse() throws Exception {
        var modal = Views.view(v -> v.type("modal")
                .callbackId("charter")
                .privateMetadata("{\"partner\":42}")
                .title(Views.viewTitle(t -> t.type("plain_text").text("Charter")))
                .blocks(List.of(Blocks.divider())));

        ViewsOpenResponse opened = client.viewsOpen(r -> r.triggerId("t-1").view(modal));

        assertThat(opened.isOk()).isTrue();
        assertThat(opened.getView().getId()).startsWith("V");
        assertThat(opened.getView().getHash()).isNotBlank();
        assertThat(opened.getView().getCallbackId()).isEqualTo("charter");
        assertThat(opened.getView().getPrivateMetadata()).isEqualTo("{\"partner\":42}");
        assertThat(opened.getView().getTeamId()).isEqualTo(SlackStub.TEAM_ID);
        assertThat(opened.getView().getState().getValues()).isEmpty();
        assertThat(stub.awaitCall("views.open", WAIT)
                        .args()
                        .at("/view/blocks/0/type")
                        .asText())
                .isEqualTo("divider");

        assertThat(client.viewsOpen(r -> r.triggerId("t-1").view(modal)).getError())
                .isEqualTo("expired_trigger_id");

        ViewsUpdateResponse updated =
                client.viewsUpdate(r -> r.viewId(opened.getView().getId())
                        .hash(opened.getView().getHash())
                        .view(modal));
        assertThat(updated.isOk()).isTrue();
        assertThat(updated.getView().getHash()).isNotEqualTo(opened.getView().getHash());
        assertThat(client.viewsUpdate(r -> r.viewId(opened.getView().getId())
                                .hash(opened.getView().getHash())
                                .view(modal))
                        .getError())
                .isEqualTo("hash_conflict");
        assertThat(client.viewsUpdate(r -> r.viewId("V404").view(modal)).getError())
                .isEqualTo("not_found");

        var home = Views.view(v -> v.type("home").blocks(List.of(Blocks.divider())));
        var published = client.viewsPublish(r -> r.userId("U1").view(home));
        assertThat(published.isOk()).isTrue();
        assertThat(published.getView().getType()).isEqualTo("home");
    }

    @Test
    void scheduledMessagesFollowSlackLimits() throws Exception {
        int inOneHour = (int) NOW.plusSeconds(3600).getEpochSecond();
        ChatScheduleMessageResponse scheduled =
                client.chatScheduleMessage(r -> r.channel("C1").text("later").postAt(inOneHour));

        assertThat(scheduled.isOk()).isTrue();
        assertThat(scheduled.getPostAt()).isEqualTo(inOneHour);
        assertThat(scheduled.getScheduledMessageId()).startsWith("Q");
        assertThat(client.chatScheduleMessage(r -> r.channel("C1").text("x").postAt((int) NOW.getEpochSecond() - 1))
                        .getError())
                .isEqualTo("time_in_past");
        assertThat(client.chatScheduleMessage(r -> r.channel("C1").text("x").postAt((int)
                                NOW.plus(Duration.ofDays(121)).getEpochSecond()))
                        .getError())
                .isEqualTo("time_too_far");

        String id = scheduled.getScheduledMessageId();
        assertThat(client.chatDeleteScheduledMessage(r -> r.channel("C1").scheduledMessageId(id))
                        .isOk())
                .isTrue();
        assertThat(client.chatDeleteScheduledMessage(r -> r.channel("C1").scheduledMessageId(id))
                        .getError())
                .isEqualTo("invalid_scheduled_message_id");
    }

    @Test
    void responseUrlPostsAreRecorded() throws Exception {
        var response = slack.send(stub.responseUrl("abc"), "{\"text\":\"done\",\"response_type\":\"ephemeral\"}");

        assertThat(response.getCode()).isEqualTo(200);
        assertThat(stub.awaitCall("response_url", WAIT).arg("text")).isEqualTo("done");
    }

    @Test
    void callsAreWrittenInTheConformanceCheckerFormat() throws Exception {
        String marker = "marker-" + UUID.randomUUID();
        client.chatPostMessage(r -> r.channel("C1").text(marker).blocks(List.of(Blocks.divider())));

        JsonNode file = null;
        try (Stream<Path> files = Files.list(Path.of("target", "slack-calls"))) {
            for (Path path : files.toList()) {
                String content = Files.readString(path);
                if (content.contains(marker)) {
                    assertThat(path.getFileName().toString()).endsWith("-chat.postMessage.json");
                    file = json.readTree(content);
                }
            }
        }
        assertThat(file).isNotNull();
        assertThat(file.path("method").asText()).isEqualTo("chat.postMessage");
        assertThat(file.at("/args/blocks").isArray()).isTrue();
        assertThat(file.at("/args/text").asText()).isEqualTo(marker);
    }

    @Test
    void signedRequestsCarrySlackSignatures() {
        var requests = new SignedRequests("secret", Clock.fixed(NOW, ZoneOffset.UTC), stub);
        Map<String, String> form = requests.commandForm("/partner", "status *", "U1", "C1");
        String body = SignedRequests.formBody(form);
        String ts = Long.toString(NOW.getEpochSecond());

        var verifier = new SlackSignature.Verifier(new SlackSignature.Generator("secret"));
        assertThat(verifier.isValid(ts, body, requests.sign(ts, body), NOW.toEpochMilli()))
                .isTrue();
        assertThat(body).contains("text=status+*").contains("command=%2Fpartner");
        assertThat(form.get("response_url")).startsWith(stub.responseUrl(""));

        HttpResponse<String> posted =
                requests.postCommand(URI.create(stub.responseUrl("echo")), "/partner", "hi", "U1", "C1");
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(stub.awaitCall("response_url", WAIT).arg("command")).isEqualTo("/partner");
    }

    @Test
    void socketModeRoundTripWithBolt() throws Exception {
        App app = new App(AppConfig.builder()
                .singleTeamBotToken(SlackStub.BOT_TOKEN)
                .signingSecret("unused-in-socket-mode")
                .slack(slack)
                .build());
        app.command("/partner", (req, ctx) -> {
            ctx.respond("working on " + req.getPayload().getText());
            return ctx.ack("hello " + req.getPayload().getText());
        });
        SocketModeApp socketApp = new SocketModeApp(SlackStub.APP_TOKEN, app, SocketModeClient.Backend.JavaWebSocket);
        try {
            socketApp.startAsync();
            SocketModeStub socket = stub.socketMode();
            socket.awaitConnection(WAIT);

            socket.push(SocketModeStub.slashCommandEnvelope(
                    "env-1", "/partner", "status", "U1", "C1", stub.responseUrl("sm-1"), "trigger-sm-1"));
            JsonNode ack = socket.awaitAck("env-1", WAIT);

            assertThat(ack.at("/payload/text").asText()).isEqualTo("hello status");
            assertThat(stub.awaitCall("response_url", WAIT).arg("text")).isEqualTo("working on status");
            assertThat(stub.calls("apps.connections.open")).isNotEmpty().allSatisfy(call -> assertThat(call.token())
                    .isEqualTo(SlackStub.APP_TOKEN));
            // Bolt's first request resolves the bot with auth.test. With SlackConfig stats enabled (the default)
            // the client also calls auth.test once per new token, the app token included, to learn the team id.
            assertThat(stub.calls("auth.test").stream().map(RecordedCall::token))
                    .contains(SlackStub.BOT_TOKEN, SlackStub.APP_TOKEN);
        } finally {
            socketApp.close();
        }
    }

    @Test
    void socketModeRefusesBotTokens() throws Exception {
        assertThat(slack.methods(SlackStub.BOT_TOKEN)
                        .appsConnectionsOpen(r -> r)
                        .getError())
                .isEqualTo("not_allowed_token_type");
        assertThat(slack.methods(SlackStub.APP_TOKEN)
                        .appsConnectionsOpen(r -> r)
                        .getUrl())
                .startsWith("ws://127.0.0.1:")
                .contains("/link/?ticket=");
    }

    @Test
    void theSdksOwnUploadFlowSharesTheFileWithItsBytes() throws Exception {
        var response = client.filesUploadV2(r -> r.channel("D1")
                .content("name\nAcme\n")
                .filename("partners.csv")
                .title("Partners")
                .initialComment("here"));

        assertThat(response.isOk()).isTrue();
        assertThat(response.getFile().getTitle()).isEqualTo("Partners");
        assertThat(stub.files()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(response.getFile().getId());
            assertThat(f.filename()).isEqualTo("partners.csv");
            assertThat(f.declaredLength()).isEqualTo(10);
            assertThat(new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo("name\nAcme\n");
            assertThat(f.completed()).isTrue();
            assertThat(f.channel()).isEqualTo("D1");
            assertThat(f.comment()).isEqualTo("here");
        });
        assertThat(stub.calls().stream().map(RecordedCall::method))
                .containsSubsequence("files.getUploadURLExternal", "upload", "files.completeUploadExternal");
        assertThat(stub.messagesIn("D1")).singleElement().satisfies(m -> {
            assertThat(m.path("text").asText()).isEqualTo("here");
            assertThat(m.at("/files/0/id").asText())
                    .isEqualTo(response.getFile().getId());
        });
    }

    @Test
    void theUploadUrlAnswersAsSlacksFileServiceDoes() throws Exception {
        var url = client.filesGetUploadURLExternal(r -> r.filename("a.csv").length(3));
        assertThat(url.isOk()).isTrue();
        assertThat(url.getFileId()).startsWith("F");
        assertThat(url.getUploadUrl()).startsWith("http://127.0.0.1:").contains("/upload/v1/");

        HttpResponse<String> uploaded = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url.getUploadUrl()))
                                .POST(HttpRequest.BodyPublishers.ofString("a,b"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(uploaded.body()).isEqualTo("OK - 3");

        HttpResponse<String> unknownTicket = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url.getUploadUrl() + "x"))
                                .POST(HttpRequest.BodyPublishers.ofString("a,b"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(unknownTicket.statusCode()).isEqualTo(404);

        assertThat(client.filesGetUploadURLExternal(r -> r.filename("a.csv")).getError())
                .isEqualTo("invalid_arguments");
    }

    @Test
    void completingAFileNeverUploadedOrUnknownIsFileNotFound() throws Exception {
        var url = client.filesGetUploadURLExternal(r -> r.filename("a.csv").length(3));
        var details = com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails.builder();

        assertThat(client.filesCompleteUploadExternal(r -> r.files(List.of(
                                        details.id(url.getFileId()).title("A").build()))
                                .channelId("D1"))
                        .getError())
                .isEqualTo("file_not_found");
        assertThat(client.filesCompleteUploadExternal(r -> r.files(
                                        List.of(details.id("F404").title("A").build()))
                                .channelId("D1"))
                        .getError())
                .isEqualTo("file_not_found");
        assertThat(rawPost(
                                "files.completeUploadExternal",
                                "application/json",
                                "{\"files\":\"nope\"}",
                                SlackStub.BOT_TOKEN)
                        .body())
                .contains("invalid_arguments");
        assertThat(stub.messagesIn("D1")).isEmpty();
    }

    @Test
    void aFailedUploadKeepsNothingSoTheFileCannotBeCompleted() throws Exception {
        stub.failNextUpload(503);

        assertThatThrownBy(() ->
                        client.filesUploadV2(r -> r.channel("D1").content("x").filename("x.csv")))
                .isInstanceOf(com.slack.api.methods.SlackFilesUploadV2Exception.class);
        assertThat(stub.files()).singleElement().satisfies(f -> {
            assertThat(f.bytes()).isNull();
            assertThat(f.completed()).isFalse();
        });
        assertThat(stub.calls("files.completeUploadExternal")).isEmpty();
    }

    private HttpResponse<String> rawPost(String method, String contentType, String body, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stub.apiUrl() + method))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
