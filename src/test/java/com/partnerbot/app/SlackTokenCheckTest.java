package com.partnerbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbot.app.SlackTokenCheck.Outcome;
import com.partnerbot.testing.SlackStub;
import com.slack.api.Slack;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The token check against real answers on loopback (the Slack stub, a closed port, a server answering 503, 404 or
 * HTML, plain HTTP where TLS is expected), and its waiting with a recording sleeper instead of a clock.
 */
class SlackTokenCheckTest {
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    private static Outcome check(String apiUrl, String token) {
        Settings settings = new Settings(
                token,
                Optional.of("0123456789abcdef"),
                Optional.empty(),
                apiUrl,
                0,
                Settings.DEFAULT_DATABASE_URL,
                Optional.empty());
        Slack slack = Wiring.slack(settings);
        return SlackTokenCheck.attempt(apiUrl, () -> slack.methods(token).authTest(r -> r));
    }

    private SlackStub stub() {
        SlackStub stub = new SlackStub();
        open.add(stub);
        return stub;
    }

    /** A server on loopback answering every request with {@code status} and {@code body}. */
    private String answering(int status, String body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        open.add(() -> server.stop(0));
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    @Test
    void aTokenSlackKnowsIsAccepted() {
        SlackStub stub = stub();
        assertThat(check(stub.apiUrl(), SlackStub.BOT_TOKEN))
                .isEqualTo(new Outcome.Accepted("bot " + SlackStub.BOT_USER_NAME + " (" + SlackStub.BOT_USER_ID
                        + ") in workspace " + SlackStub.TEAM_NAME + " (" + SlackStub.TEAM_ID + ")"));
    }

    @Test
    void aTokenSlackDoesNotKnowIsRefusedNamingTheVariable() {
        SlackStub stub = stub();
        assertThat(check(stub.apiUrl(), "xoxb-mistyped"))
                .isInstanceOfSatisfying(Outcome.Refused.class, refused -> assertThat(refused.line())
                        .startsWith("SLACK_BOT_TOKEN was refused by Slack: Slack does not know this token")
                        .contains("(invalid_auth)")
                        .contains("OAuth & Permissions"));
    }

    @Test
    void aRevokedTokenIsSaidInWords() {
        SlackStub stub = stub();
        stub.failNext("auth.test", "token_revoked");
        assertThat(check(stub.apiUrl(), SlackStub.BOT_TOKEN))
                .isInstanceOfSatisfying(Outcome.Refused.class, refused -> assertThat(refused.line())
                        .contains("the token was revoked")
                        .contains("(token_revoked)"));
    }

    @Test
    void slacksPassingErrorsAreWaitedOut() {
        SlackStub stub = stub();
        stub.failNext("auth.test", "service_unavailable");
        assertThat(check(stub.apiUrl(), SlackStub.BOT_TOKEN))
                .isEqualTo(new Outcome.Unreachable("Slack answered service_unavailable"));
    }

    @Test
    void aClosedPortIsARefusedConnection() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        assertThat(check("http://127.0.0.1:" + port + "/api/", SlackStub.BOT_TOKEN))
                .isEqualTo(new Outcome.Unreachable("the connection was refused"));
    }

    @Test
    void slackAnswering5xxIsWaitedOut() throws IOException {
        assertThat(check(answering(503, "<html>down</html>"), SlackStub.BOT_TOKEN))
                .isEqualTo(new Outcome.Unreachable("Slack answered HTTP 503"));
    }

    @Test
    void anAddressThatIsNotSlacksWebApiIsAConfigurationMistake() throws IOException {
        String notFound = answering(404, "<html>not found</html>");
        assertThat(check(notFound, SlackStub.BOT_TOKEN))
                .isInstanceOfSatisfying(Outcome.Refused.class, refused -> assertThat(refused.line())
                        .startsWith("SLACK_API_URL " + notFound + " does not look like Slack's Web API")
                        .contains("HTTP 404"));
        assertThat(check(answering(200, "<html>a web page</html>"), SlackStub.BOT_TOKEN))
                .isInstanceOfSatisfying(Outcome.Refused.class, refused -> assertThat(refused.line())
                        .startsWith("SLACK_API_URL")
                        .contains("not Slack's JSON"));
    }

    @Test
    void plainHttpWhereTlsIsExpectedIsATlsFailure() throws IOException {
        // Answers whatever arrives with plain HTTP at once, as a server without TLS on that port would.
        ServerSocket plain = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        open.add(plain);
        Thread answering = new Thread(() -> {
            while (!plain.isClosed()) {
                try (Socket socket = plain.accept()) {
                    socket.getOutputStream()
                            .write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                                    .getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // closed at the end of the test
                }
            }
        });
        answering.setDaemon(true);
        answering.start();
        assertThat(check("https://127.0.0.1:" + plain.getLocalPort() + "/api/", SlackStub.BOT_TOKEN))
                .isInstanceOfSatisfying(Outcome.Unreachable.class, unreachable -> assertThat(unreachable.reason())
                        .startsWith("the TLS handshake failed"));
    }

    @Test
    void reasonsAreWordsFromAnywhereInTheCauses() {
        String api = "https://slack.example/api/";
        assertThat(SlackTokenCheck.reason(new UnknownHostException("slack.example"), api))
                .isEqualTo("the name slack.example does not resolve (DNS)");
        ConnectException wrapped = new ConnectException("Failed to connect to /10.0.0.1:443");
        wrapped.initCause(new ConnectException("Connection refused"));
        assertThat(SlackTokenCheck.reason(wrapped, api)).isEqualTo("the connection was refused");
        assertThat(SlackTokenCheck.reason(new ConnectException("Network is unreachable"), api))
                .isEqualTo("could not connect (Network is unreachable)");
        assertThat(SlackTokenCheck.reason(new java.net.SocketTimeoutException("timeout"), api))
                .isEqualTo("no answer in time (timeout)");
    }

    // ---------------------------------------------------------------- waiting

    private static final class RecordingSleeper implements SlackTokenCheck.Sleeper {
        final List<Duration> slept = new ArrayList<>();

        @Override
        public void sleep(Duration duration) {
            slept.add(duration);
        }
    }

    private static Deque<Outcome> outcomes(int unreachable, Outcome last) {
        Deque<Outcome> outcomes = new ArrayDeque<>();
        for (int i = 0; i < unreachable; i++) {
            outcomes.add(new Outcome.Unreachable("the connection was refused"));
        }
        outcomes.add(last);
        return outcomes;
    }

    @Test
    void slackOutOfReachIsTriedAgainAfterDelaysDoublingUpToAMinute() throws InterruptedException {
        Deque<Outcome> outcomes = outcomes(9, new Outcome.Accepted("bot partnerbot"));
        RecordingSleeper sleeper = new RecordingSleeper();
        List<String> lines = new ArrayList<>();

        String bot = SlackTokenCheck.awaitAccepted(outcomes::poll, "https://slack.com/api/", sleeper, lines::add);

        assertThat(bot).isEqualTo("bot partnerbot");
        assertThat(sleeper.slept)
                .extracting(Duration::toSeconds)
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0))
                .isEqualTo("cannot reach Slack's Web API at https://slack.com/api/ to check SLACK_BOT_TOKEN: the"
                        + " connection was refused; trying again in 1 s");
        assertThat(lines.get(8)).endsWith("trying again in 60 s");
    }

    @Test
    void aTokenRefusedAfterAWaitStillEndsTheStart() {
        Deque<Outcome> outcomes = outcomes(2, new Outcome.Refused("SLACK_BOT_TOKEN was refused by Slack: ..."));
        RecordingSleeper sleeper = new RecordingSleeper();
        List<String> lines = new ArrayList<>();

        assertThatThrownBy(() ->
                        SlackTokenCheck.awaitAccepted(outcomes::poll, "https://slack.com/api/", sleeper, lines::add))
                .isInstanceOf(ConfigException.class)
                .hasMessage("SLACK_BOT_TOKEN was refused by Slack: ...");
        assertThat(sleeper.slept).extracting(Duration::toSeconds).containsExactly(1L, 2L);
        assertThat(lines).hasSize(2);
    }

    @Test
    void anAcceptedTokenIsNotWaitedFor() throws InterruptedException {
        RecordingSleeper sleeper = new RecordingSleeper();
        List<String> lines = new ArrayList<>();
        SlackTokenCheck.awaitAccepted(() -> new Outcome.Accepted("bot"), "https://slack.com/api/", sleeper, lines::add);
        assertThat(sleeper.slept).isEmpty();
        assertThat(lines).isEmpty();
    }

    @Test
    void anAppTokenSlackRefusedIsFoundInBoltsException() {
        RuntimeException bolt =
                new IllegalStateException("Failed to connect to the Socket Mode endpoint URL (error: invalid_auth)");
        assertThat(SlackTokenCheck.appTokenRefusal(bolt)).hasValueSatisfying(line -> assertThat(line)
                .startsWith("SLACK_APP_TOKEN was refused by Slack")
                .contains("(invalid_auth)")
                .contains("connections:write"));
        assertThat(SlackTokenCheck.appTokenRefusal(new RuntimeException(
                        "Failed to connect to the Socket Mode endpoint URL (error: service_unavailable)")))
                .isEmpty();
        assertThat(SlackTokenCheck.appTokenRefusal(new IllegalStateException("something else")))
                .isEmpty();
    }
}
