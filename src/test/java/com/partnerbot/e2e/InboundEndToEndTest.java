package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.partnerbot.http.BoltRoute;
import com.partnerbot.testing.Payloads;
import com.partnerbot.testing.SignedRequests;
import com.partnerbot.testing.SlackStub;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * What reaches the app over HTTP before any listener: Slack's retries, timestamps either side of now, bodies too large
 * or malformed, and what the log says about each.
 */
class InboundEndToEndTest {
    private static final Map<String, String> RETRY =
            Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "timeout");

    @TempDir
    Path dir;

    private RunningApp app;
    private ListAppender<ILoggingEvent> logs;
    private Logger root;

    @BeforeEach
    void start() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        logs = new ListAppender<>();
        logs.setContext(context);
        logs.start();
        root.addAppender(logs);
        app = RunningApp.http(dir);
    }

    @AfterEach
    void stop() {
        app.close();
        root.detachAppender(logs);
    }

    private int drafts() {
        return app.wiring.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM questionnaire_draft")
                .mapTo(Integer.class)
                .one());
    }

    private String newCommandBody(String triggerId) {
        return SignedRequests.formBody(SignedRequests.commandForm(
                "/partner", "new Acme", "U1", "C1", app.slack.responseUrl("retry-" + triggerId), triggerId));
    }

    @Test
    void aRetriedCommandAlreadyHandledIsAcknowledgedWithoutASecondModalOrDraft() {
        String body = newCommandBody("9001.42.retried");
        HttpResponse<String> first = app.signed.postSigned(app.events, SignedRequests.FORM, body, Instant.now());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(app.slack.calls("views.open")).hasSize(1);
        assertThat(drafts()).isEqualTo(1);

        HttpResponse<String> retry = app.signed.postSigned(app.events, SignedRequests.FORM, body, Instant.now(), RETRY);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).isEmpty();
        assertThat(app.slack.calls("views.open")).hasSize(1);
        assertThat(drafts()).isEqualTo(1);
    }

    @Test
    void aRetryWhoseOriginalFailedDoesTheWork() {
        String body = newCommandBody("9002.42.failed-first");
        app.slack.failNext("auth.test", "token_revoked");
        HttpResponse<String> first = app.signed.postSigned(app.events, SignedRequests.FORM, body, Instant.now());
        assertThat(first.body()).contains("can't work with Slack right now");
        assertThat(app.slack.calls("views.open")).isEmpty();

        HttpResponse<String> retry = app.signed.postSigned(app.events, SignedRequests.FORM, body, Instant.now(), RETRY);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(app.slack.calls("views.open")).hasSize(1);
        assertThat(drafts()).isEqualTo(1);
    }

    @Test
    void aRetriedEventIsAcknowledgedWithoutPublishingTheHomeTabAgain() {
        String event = Payloads.appHomeOpened("U1");
        assertThat(app.signed.postEvent(app.events, event).statusCode()).isEqualTo(200);
        HttpResponse<String> retry =
                app.signed.postSigned(app.events, SignedRequests.JSON, event, Instant.now(), RETRY);
        assertThat(retry.statusCode()).isEqualTo(200);
        app.work.runAll();
        assertThat(app.slack.calls("views.publish")).hasSize(1);

        // A retry of an event never handled here (its first delivery was lost) is handled.
        HttpResponse<String> unseen = app.signed.postSigned(
                app.events, SignedRequests.JSON, Payloads.appHomeOpened("U2"), Instant.now(), RETRY);
        assertThat(unseen.statusCode()).isEqualTo(200);
        app.work.runAll();
        assertThat(app.slack.calls("views.publish")).hasSize(2);
    }

    @Test
    void timestampsMoreThanFiveMinutesAwayEitherWayAre401() {
        String body = SignedRequests.formBody(app.signed.commandForm("/partner", "help", "U1", "C1"));
        Instant now = Instant.now();
        for (Instant refused : List.of(now.plus(Duration.ofMinutes(6)), now.minus(Duration.ofMinutes(6)))) {
            assertThat(app.signed
                            .postSigned(app.events, SignedRequests.FORM, body, refused)
                            .statusCode())
                    .as("signed for %s", refused)
                    .isEqualTo(401);
        }
        assertThat(app.signed
                        .postSigned(app.events, SignedRequests.FORM, body, now.plus(Duration.ofMinutes(4)))
                        .statusCode())
                .isEqualTo(200);
        assertThat(app.signed
                        .postSigned(app.events, SignedRequests.FORM, body, now.minus(Duration.ofMinutes(4)))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aBodyOverOneMebibyteIs413UnreadAndNothingIsRun() throws Exception {
        String tooLarge = "text=" + "a".repeat(BoltRoute.MAX_BODY_BYTES);
        // Declared with Content-Length, and correctly signed: size is checked before anything else.
        assertThat(app.signed
                        .postSigned(app.events, SignedRequests.FORM, tooLarge, Instant.now())
                        .statusCode())
                .isEqualTo(413);

        // Sent in chunks with no Content-Length: the body read stops past the limit.
        HttpResponse<String> chunked = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(app.events)
                                .header("Content-Type", SignedRequests.FORM)
                                .POST(HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new ByteArrayInputStream(tooLarge.getBytes(StandardCharsets.US_ASCII))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);

        // A Content-Length over the limit is answered before the body arrives.
        assertThat(statusForDeclaredLength(app.events, 2L * BoltRoute.MAX_BODY_BYTES))
                .isEqualTo(413);

        // Exactly at the limit is read, and then judged by its signature.
        String atLimit = "text=" + "a".repeat(BoltRoute.MAX_BODY_BYTES - "text=".length());
        assertThat(app.signed
                        .postUnsigned(app.events, SignedRequests.FORM, atLimit)
                        .statusCode())
                .isEqualTo(401);
        assertThat(app.slack.calls()).noneMatch(c -> c.method().equals("views.open"));
    }

    @Test
    void malformedSignedPayloadsAre400WithOneWarningLineEach() {
        List<String> bodies = List.of(
                "payload=%7Bnot-json",
                SignedRequests.interactionBody("{\"type\":\"view_submission\"}"),
                SignedRequests.interactionBody("{\"type\":\"block_actions\",\"actions\":\"not-a-list\"}"));
        for (String body : bodies) {
            logs.list.clear();
            HttpResponse<String> response = app.signed.postSigned(app.events, SignedRequests.FORM, body, Instant.now());
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            List<ILoggingEvent> lines = logs.list.stream()
                    .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                    .toList();
            assertThat(lines).as(body).hasSize(1);
            ILoggingEvent line = lines.get(0);
            assertThat(line.getLevel()).isEqualTo(Level.WARN);
            assertThat(line.getThrowableProxy()).isNull();
            assertThat(line.getFormattedMessage())
                    .contains("malformed")
                    .doesNotContain("not-json")
                    .doesNotContain("not-a-list")
                    .doesNotContainIgnoringCase("token")
                    .doesNotContain("\n");
        }
    }

    @Test
    void aRefusedBotTokenIsOneLineNamingTheTokenWithoutAStackTrace() {
        app.slack.failNext("auth.test", "token_revoked");
        assertThat(app.command("help").body()).contains("can't work with Slack right now");
        List<ILoggingEvent> errors = logs.list.stream()
                .filter(e -> e.getLoggerName().startsWith("com.partnerbot"))
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getFormattedMessage())
                .contains("SLACK_BOT_TOKEN")
                .contains("token_revoked")
                .doesNotContain(SlackStub.BOT_TOKEN);
        assertThat(errors.get(0).getThrowableProxy()).isNull();
    }

    @Test
    void atDebugEachRequestIsOneLineWithItsKindTeamUserIdAndTiming() {
        Logger http = (Logger) LoggerFactory.getLogger("com.partnerbot.http");
        Level before = http.getLevel();
        http.setLevel(Level.DEBUG);
        try {
            app.command("status <Acme & Co>");
            app.interaction(Payloads.buttonAction("retired_button", "secret-value", "U2", null, "C1", null));
        } finally {
            http.setLevel(before);
        }
        List<String> lines = logs.list.stream()
                .filter(e -> e.getLevel() == Level.DEBUG && e.getLoggerName().startsWith("com.partnerbot.http"))
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("Command /partner team=T0STUB user=U1 → 200 in \\d+ ms");
        assertThat(lines.get(1)).matches("BlockAction retired_button team=T0STUB user=U2 → 200 in \\d+ ms");
        assertThat(String.join("\n", lines)).doesNotContain("Acme").doesNotContain("secret-value");
    }

    /** Sends only the headers of a POST declaring {@code length} bytes, and reads the status line of the answer. */
    private static int statusForDeclaredLength(URI url, long length) throws Exception {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + url.getPath() + " HTTP/1.1\r\nHost: " + url.getHost() + "\r\nContent-Type: "
                            + SignedRequests.FORM + "\r\nContent-Length: " + length + "\r\n\r\ntext=a")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes("HTTP/1.1 413".length());
            String status = new String(head, StandardCharsets.US_ASCII);
            return Integer.parseInt(Arrays.asList(status.split(" ")).get(1));
        }
    }
}
