package com.partnerbot.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * A local stand-in for Slack's Web API, for tests that run the real Bolt client against it.
 *
 * <p>It is a real HTTP server on 127.0.0.1 (the JDK's {@code HttpServer}, independent of the app's own server).
 * Point Bolt at it with {@code SlackConfig#setMethodsEndpointUrlPrefix(stub.apiUrl())}; every method is then
 * answered at {@code /api/<method>} with HTTP 200 and Slack's JSON shapes, token checks and error codes. Bodies
 * may be form-encoded (what Bolt's client sends for almost every method, token in an {@code Authorization:
 * Bearer} header) or JSON. Every call is recorded (see {@link #calls()}, {@link #awaitCall}) and written to
 * {@code target/slack-calls/} for the conformance checker.
 *
 * <p>Channel rules, kept small on purpose: a channel not declared with {@link #channel} is a public channel the
 * bot is in. For a declared channel the bot is not in, posting answers {@code channel_not_found} when it is
 * private (the bot cannot see it) and {@code not_in_channel} when it is public, unless {@link
 * #chatWritePublic(boolean)} grants the {@code chat:write.public} scope. {@code conversations.join} adds the bot
 * to a public channel and answers {@code method_not_supported_for_channel_type} for a private one. A user id
 * ({@code U...}/{@code W...}) as channel posts to a DM {@code D...}.
 *
 * <p>Messages: {@code chat.update} edits a message the stub holds (see {@link #messagesIn}) and answers {@code
 * message_not_found} for a {@code ts} it does not hold; {@link #deleteMessage} and {@link #archive} stand for a person
 * deleting a message and archiving a channel.
 *
 * <p>Rate limit: with {@link #limitPostsPerChannel(boolean)}, {@code chat.postMessage} takes at most one message per
 * channel per second, by the stub's clock, as Slack asks of apps: a post less than a second after the last one
 * accepted in the same channel answers HTTP 429 with {@code Retry-After} and is counted ({@link #rateLimited()}).
 * Off by default, so tests that post quickly to one channel are unaffected.
 *
 * <p>Views: a {@code trigger_id} works once ({@code expired_trigger_id} after), {@code views.update} needs a view
 * the stub created ({@code not_found}) and a matching {@code hash} when one is given ({@code hash_conflict}), and
 * at most 3 views are stacked ({@code push_limit_reached}).
 *
 * <p>Files: Slack's upload flow ({@code files.getUploadURLExternal}, the bytes posted to the upload URL it gives, on
 * this stub, then {@code files.completeUploadExternal}); see {@link StubFiles}, {@link #files()} and {@link
 * #failNextUpload(int)}. The upload is recorded as a call of method {@code "upload"}.
 */
public final class SlackStub implements AutoCloseable {
    public static final String BOT_TOKEN = "xoxb-0000-stub-bot-token";
    public static final String APP_TOKEN = "xapp-1-A0STUB-0000-stub-app-token";
    public static final String TEAM_ID = "T0STUB";
    public static final String TEAM_NAME = "Stub Workspace";
    public static final String TEAM_DOMAIN = "stub-workspace";
    public static final String APP_ID = "A0STUB";
    public static final String BOT_ID = "B0STUB";
    public static final String BOT_USER_ID = "U0STUBBOT";
    public static final String BOT_USER_NAME = "partnerbot";

    /** What the stub knows about a channel; see the class comment for the posting rules. */
    public record Channel(String id, String name, boolean isPrivate, boolean botIsMember) {}

    private record Reply(int status, ObjectNode body, int retryAfterSeconds) {}

    /**
     * A canned failure for the next call of a method: Slack's {@code error} with HTTP 200, a 429, or an HTTP
     * {@code status} of 500 and up, answered after doing the work when {@code afterDoing} (Slack posted, then the
     * answer was lost).
     */
    private record Injection(String error, int retryAfterSeconds, int status, boolean afterDoing) {
        Injection(String error, int retryAfterSeconds) {
            this(error, retryAfterSeconds, error.equals("ratelimited") ? 429 : 200, false);
        }
    }

    private record OpenView(String id, String rootId, String previousId, String hash, String externalId) {}

    private static final Duration MAX_SCHEDULE_AHEAD = Duration.ofDays(120);
    /** Where files are uploaded, as Slack's {@code https://files.slack.com/upload/v1/...}. */
    private static final String UPLOAD_PATH = "/upload/v1/";
    /** Slack's pace for posting: one message per channel per second. */
    private static final Duration POST_INTERVAL = Duration.ofSeconds(1);

    private static final Set<String> JSON_FIELDS = Set.of("view", "blocks", "attachments", "metadata", "files");

    private final ObjectMapper json = new ObjectMapper();
    private final SlackResponses responses = new SlackResponses(json);
    private final CallLog log = new CallLog(json);
    private final Set<String> botTokens = new HashSet<>();
    private final StubWorkspaces workspaces = new StubWorkspaces(json);
    private final Set<String> appTokens = new HashSet<>();
    private final Map<String, BiFunction<ObjectNode, String, ObjectNode>> methods = new HashMap<>();
    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicLong ids = new AtomicLong();
    private final StubFiles files = new StubFiles(responses, () -> String.format("%08d", ids.incrementAndGet()));

    // Mutable Slack state; guarded by "this".
    private final Map<String, Deque<Injection>> injections = new HashMap<>();
    private final Map<String, Channel> channels = new HashMap<>();
    private final Set<String> usedTriggers = new HashSet<>();
    private final Set<String> scheduledMessages = new HashSet<>();
    private final Set<String> archived = new HashSet<>();
    private final Map<String, OpenView> views = new HashMap<>();
    private final Map<String, String> homeViewByUser = new HashMap<>();
    private final Map<String, List<String>> stacks = new HashMap<>();
    private final Map<String, List<ObjectNode>> history = new HashMap<>();
    private final Map<String, Hold> holds = new HashMap<>();
    private final Map<String, java.time.Instant> lastPostAt = new HashMap<>();
    private final List<Landed> landed = new ArrayList<>();
    private boolean limitPosts;
    private int rateLimited;
    private String lastRootViewId;
    private boolean chatWritePublic;
    private Clock clock = Clock.systemUTC();
    private SocketModeStub socketMode;

    /** A stub accepting {@link #BOT_TOKEN} for Web API methods and {@link #APP_TOKEN} for Socket Mode. */
    static {
        // The JDK's HTTP server writes an answer's headers and body apart; without TCP_NODELAY each answer waits for
        // the client's delayed acknowledgement (about 40 ms on Linux), a delay Slack's own servers do not add.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public SlackStub() {
        this(List.of(BOT_TOKEN, APP_TOKEN));
    }

    /**
     * A stub accepting the given tokens: {@code xapp-} tokens are app-level tokens (only {@code
     * apps.connections.open}), any other token is a bot or user token for the other methods.
     */
    public SlackStub(Collection<String> tokens) {
        for (String token : tokens) {
            (token.startsWith("xapp-") ? appTokens : botTokens).add(token);
        }
        registerMethods();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "slack-stub");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/api/", this::handleApi);
        server.createContext("/response/", this::handleResponseUrl);
        server.createContext(UPLOAD_PATH, this::handleUpload);
        server.start();
    }

    /**
     * The workspaces beyond this stub's own: the OAuth code exchange that installs the app in one, and the tokens it
     * grants.
     */
    public StubWorkspaces workspaces() {
        return workspaces;
    }

    /** The Web API base URL, for {@code SlackConfig#setMethodsEndpointUrlPrefix}; ends with {@code /}. */
    public String apiUrl() {
        return baseUrl() + "/api/";
    }

    /** A {@code response_url} served by this stub; posts to it are recorded as method {@code "response_url"}. */
    public String responseUrl(String id) {
        return baseUrl() + "/response/" + id;
    }

    /** Every call so far, in arrival order. */
    public List<RecordedCall> calls() {
        return log.all();
    }

    /** The calls of one method so far, in arrival order. */
    public List<RecordedCall> calls(String method) {
        return log.of(method);
    }

    /**
     * The next call of {@code method} that no earlier {@code awaitCall} returned, waiting for it up to {@code
     * timeout}; fails with an {@link AssertionError} when none arrives.
     */
    public RecordedCall awaitCall(String method, Duration timeout) {
        return log.await(method, timeout);
    }

    /** How many calls have arrived so far: a position to {@link #awaitCalls} from. */
    public int callCount() {
        return log.size();
    }

    /**
     * The first {@code count} calls from position {@code from} on (see {@link #callCount()}) that {@code matches},
     * woken by each arrival rather than polling; fails with an {@link AssertionError} when fewer arrive within {@code
     * timeout}.
     */
    public List<RecordedCall> awaitCalls(int from, Predicate<RecordedCall> matches, int count, Duration timeout) {
        return log.await(from, matches, count, timeout);
    }

    /** The next call of {@code method} answers {@code {"ok":false,"error":error}} (after the token check). */
    public synchronized SlackStub failNext(String method, String error) {
        injections.computeIfAbsent(method, m -> new ArrayDeque<>()).add(new Injection(error, 0));
        return this;
    }

    /** The next call of {@code method} answers HTTP 429, {@code Retry-After} and {@code error: ratelimited}. */
    public synchronized SlackStub rateLimitNext(String method, int retryAfterSeconds) {
        injections
                .computeIfAbsent(method, m -> new ArrayDeque<>())
                .add(new Injection("ratelimited", retryAfterSeconds));
        return this;
    }

    /**
     * The next {@code times} calls of {@code method} answer HTTP {@code status} (500 and up) with Slack's error body;
     * with {@code afterDoing} the work is done first, as when Slack posts and the answer is lost on the way back.
     */
    public synchronized SlackStub failNextHttp(String method, int status, int times, boolean afterDoing) {
        for (int i = 0; i < times; i++) {
            injections
                    .computeIfAbsent(method, m -> new ArrayDeque<>())
                    .add(new Injection(
                            status == 503 ? "service_unavailable" : "internal_error", 0, status, afterDoing));
        }
        return this;
    }

    /**
     * Holds the next call of {@code method} before it is answered, until the test releases it: Slack being slow,
     * at the moment the test chooses.
     */
    public synchronized Hold holdNext(String method) {
        Hold hold = new Hold();
        holds.put(method, hold);
        return hold;
    }

    /** A call held by {@link #holdNext}. */
    public static final class Hold {
        private final CountDownLatch arrived = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        /** Waits until the held call has arrived; fails the test when it does not within {@code timeout}. */
        public void awaitArrival(Duration timeout) throws InterruptedException {
            if (!arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the held call did not arrive within " + timeout);
            }
        }

        public void release() {
            released.countDown();
        }

        private void holdHere() {
            arrived.countDown();
            try {
                released.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Waits until {@code condition} holds, looking again after each Web API call the stub answers (or every
     * {@code recheck} when none comes); fails the test after {@code timeout}.
     */
    public void awaitUntil(BooleanSupplier condition, Duration recheck, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("not reached within " + timeout);
                }
                wait(Math.max(1, Math.min(left / 1_000_000, recheck.toMillis())));
            }
        }
    }

    /** The messages that landed in a channel (a user id for a direct message), oldest first. */
    public synchronized List<JsonNode> messagesIn(String channel) {
        return List.copyOf(history.getOrDefault(dmOf(channel), List.of()));
    }

    /** Every message that landed anywhere, oldest first within each channel. */
    public synchronized List<JsonNode> allMessages() {
        List<JsonNode> all = new ArrayList<>();
        history.values().forEach(all::addAll);
        return all;
    }

    private static String dmOf(String id) {
        return id.startsWith("U") || id.startsWith("W") ? "D" + id.substring(1) : id;
    }

    /** The next upload of a file's bytes answers HTTP {@code status} (e.g. 500) and keeps nothing. */
    public SlackStub failNextUpload(int status) {
        files.failNextUpload(status);
        return this;
    }

    /** Every file {@code files.getUploadURLExternal} was asked for, in order, with its bytes and share once there. */
    public List<StubFiles.UploadedFile> files() {
        return files.all();
    }

    /** Declares a channel so that posting, {@code conversations.info} and {@code conversations.join} follow it. */
    public synchronized SlackStub channel(String id, String name, boolean isPrivate, boolean botIsMember) {
        channels.put(id, new Channel(id, name, isPrivate, botIsMember));
        return this;
    }

    /** What the stub now knows about a declared channel (membership changes on join), or {@code null}. */
    public synchronized Channel channelFacts(String id) {
        return channels.get(id);
    }

    /** Grants or withdraws {@code chat:write.public}: posting to public channels the bot is not in. */
    public synchronized SlackStub chatWritePublic(boolean granted) {
        chatWritePublic = granted;
        return this;
    }

    /** Turns Slack's limit of one {@code chat.postMessage} per channel per second on or off (off at start). */
    public synchronized SlackStub limitPostsPerChannel(boolean on) {
        limitPosts = on;
        return this;
    }

    /** How many posts the per-channel limit refused with HTTP 429. */
    public synchronized int rateLimited() {
        return rateLimited;
    }

    /** A message accepted by {@code chat.postMessage}: its channel and when, by the stub's clock. */
    public record Landed(String channel, java.time.Instant at, JsonNode message) {}

    /** How many messages {@code chat.postMessage} accepted. */
    public synchronized int landedCount() {
        return landed.size();
    }

    /** Every message {@code chat.postMessage} accepted, in the order accepted. */
    public synchronized List<Landed> landed() {
        return List.copyOf(landed);
    }

    /** Writes calls for the conformance checker (the default), or not: a benchmark's thousands of posts need not be. */
    public SlackStub callsToDisk(boolean write) {
        log.toDisk(write);
        return this;
    }

    /** The clock for message timestamps, {@code chat.scheduleMessage} checks and the per-channel post limit. */
    public synchronized SlackStub clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /**
     * The Socket Mode server behind {@code apps.connections.open}, started on first use and closed with this
     * stub.
     */
    public synchronized SocketModeStub socketMode() {
        if (socketMode == null) {
            socketMode = new SocketModeStub(json);
        }
        return socketMode;
    }

    /**
     * Hands an acknowledgement body the app returned over HTTP or Socket Mode to the conformance checker: a
     * {@code response_action} with a view is checked as a modal, a message body as a response-URL message. Not
     * counted in {@link #calls()}.
     */
    public void captureAck(String body) {
        if (body == null || body.isBlank() || !body.strip().startsWith("{")) {
            return;
        }
        try {
            ObjectNode node = (ObjectNode) json.readTree(body);
            if (node.has("view")) {
                ObjectNode args = json.createObjectNode();
                args.set("view", node.get("view"));
                log.writeOnly(new RecordedCall("views.update", args, null));
            } else if (node.has("blocks") || node.has("text")) {
                log.writeOnly(new RecordedCall("response_url", node, null));
            }
        } catch (IOException | ClassCastException e) {
            throw new AssertionError("ack body is not a JSON object: " + body, e);
        }
    }

    @Override
    public void close() {
        SocketModeStub socket;
        synchronized (this) {
            socket = socketMode;
        }
        if (socket != null) {
            socket.close();
        }
        server.stop(0);
        executor.shutdownNow();
    }

    // ---------------------------------------------------------------- HTTP

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handleApi(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestURI().getPath().substring("/api/".length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            ObjectNode args = json.createObjectNode();
            parseForm(exchange.getRequestURI().getRawQuery(), args);
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            Reply reply;
            if (!parseBody(contentType, body, args)) {
                reply = new Reply(200, responses.error("invalid_form_data"), 0);
            } else {
                String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                String token = bearer(authorization);
                JsonNode tokenArg = args.remove("token");
                if (token == null && tokenArg != null) {
                    token = tokenArg.asText();
                }
                log.record(new RecordedCall(method, args, token));
                if (method.equals("oauth.v2.access")) {
                    send(exchange, new Reply(200, workspaces.exchange(args, authorization), 0));
                    return;
                }
                Hold hold;
                synchronized (this) {
                    hold = holds.remove(method);
                }
                if (hold != null) {
                    hold.holdHere();
                }
                reply = answer(method, args, token);
            }
            send(exchange, reply);
        }
    }

    /** Bytes posted to an upload URL: kept, and answered as Slack's file service answers, in plain text. */
    private void handleUpload(HttpExchange exchange) throws IOException {
        try (exchange) {
            String ticket = exchange.getRequestURI().getPath().substring(UPLOAD_PATH.length());
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            StubFiles.UploadAnswer answer = "POST".equals(exchange.getRequestMethod())
                    ? files.upload(ticket, bytes)
                    : new StubFiles.UploadAnswer(405, "Method Not Allowed");
            ObjectNode args = json.createObjectNode().put("ticket", ticket).put("length", bytes.length);
            log.record(new RecordedCall("upload", args, null));
            synchronized (this) {
                notifyAll();
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private void handleResponseUrl(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            ObjectNode args = json.createObjectNode();
            if (!parseBody(exchange.getRequestHeaders().getFirst("Content-Type"), body, args)) {
                args.put("raw", body);
            }
            log.record(new RecordedCall("response_url", args, null));
            send(exchange, new Reply(200, responses.ok(), 0));
        }
    }

    private void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = json.writeValueAsBytes(reply.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        if (reply.status() == 429) {
            exchange.getResponseHeaders().set("Retry-After", Integer.toString(reply.retryAfterSeconds()));
        }
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        return authorization.substring("Bearer ".length()).trim();
    }

    /** Fills {@code args} from a form or JSON body; false when the body cannot be read. */
    private boolean parseBody(String contentType, String body, ObjectNode args) {
        String type = contentType == null ? "" : contentType.toLowerCase();
        if (body.isBlank()) {
            return true;
        }
        if (type.startsWith("application/json")) {
            try {
                JsonNode parsed = json.readTree(body);
                if (!parsed.isObject()) {
                    return false;
                }
                args.setAll((ObjectNode) parsed);
                return true;
            } catch (JsonProcessingException e) {
                return false;
            }
        }
        if (type.isEmpty() || type.startsWith("application/x-www-form-urlencoded")) {
            parseForm(body, args);
            return true;
        }
        return false;
    }

    private void parseForm(String form, ObjectNode args) {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            args.set(
                    name,
                    JSON_FIELDS.contains(name)
                            ? jsonOrText(value)
                            : json.getNodeFactory().textNode(value));
        }
    }

    private JsonNode jsonOrText(String value) {
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            return json.getNodeFactory().textNode(value);
        }
    }

    // ---------------------------------------------------------------- Web API semantics

    private synchronized Reply answer(String method, ObjectNode args, String token) {
        // Every answer is news for awaitUntil.
        notifyAll();
        BiFunction<ObjectNode, String, ObjectNode> handler = methods.get(method);
        if (handler == null) {
            return new Reply(200, responses.error("unknown_method"), 0);
        }
        if (token == null || token.isEmpty()) {
            return new Reply(200, responses.error("not_authed"), 0);
        }
        if (!botTokens.contains(token) && !appTokens.contains(token) && !workspaces.knows(token)) {
            return new Reply(200, responses.error("invalid_auth"), 0);
        }
        if (!allowsTokenOf(method, appTokens.contains(token))) {
            return new Reply(200, responses.error("not_allowed_token_type"), 0);
        }
        if (limitPosts && method.equals("chat.postMessage")) {
            Optional<Duration> wait = postWait(args);
            if (wait.isPresent()) {
                rateLimited++;
                long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                return new Reply(429, responses.error("ratelimited"), (int) seconds);
            }
        }
        Deque<Injection> queued = injections.get(method);
        Injection injection = queued == null ? null : queued.poll();
        if (injection != null) {
            if (injection.afterDoing()) {
                handler.apply(args, token);
            }
            return new Reply(injection.status(), responses.error(injection.error()), injection.retryAfterSeconds());
        }
        return new Reply(200, handler.apply(args, token), 0);
    }

    /**
     * App-level tokens may open Socket Mode connections and call {@code auth.test} (Bolt's client calls it with
     * every token it uses, to learn the team id for its metrics); bot and user tokens may call everything else.
     */
    private static boolean allowsTokenOf(String method, boolean appLevelToken) {
        if (method.equals("auth.test")) {
            return true;
        }
        return appLevelToken == method.equals("apps.connections.open");
    }

    private void registerMethods() {
        methods.put(
                "auth.test",
                (args, token) -> appTokens.contains(token)
                        ? responses.authTestApp()
                        : workspaces.authTest(token).orElseGet(responses::authTest));
        methods.put(
                "apps.connections.open",
                (args, token) -> responses.ok().put("url", socketMode().issueUrl()));
        methods.put("chat.postMessage", this::chatPostMessage);
        methods.put("chat.postEphemeral", this::chatPostEphemeral);
        methods.put("chat.update", this::chatUpdate);
        methods.put("chat.delete", this::chatDelete);
        methods.put("chat.scheduleMessage", this::chatScheduleMessage);
        methods.put("chat.deleteScheduledMessage", this::chatDeleteScheduledMessage);
        methods.put("views.open", (args, token) -> viewsOpenOrPush(args, false));
        methods.put("views.push", (args, token) -> viewsOpenOrPush(args, true));
        methods.put("views.update", this::viewsUpdate);
        methods.put("views.publish", this::viewsPublish);
        methods.put("conversations.info", this::conversationsInfo);
        methods.put("conversations.join", this::conversationsJoin);
        methods.put("conversations.history", this::conversationsHistory);
        methods.put("conversations.open", this::conversationsOpen);
        methods.put("users.info", this::usersInfo);
        methods.put("files.getUploadURLExternal", (args, token) -> files.uploadUrl(args, baseUrl() + UPLOAD_PATH));
        methods.put("files.completeUploadExternal", this::filesCompleteUploadExternal);
    }

    /**
     * Shares uploaded files in {@code channel_id} (or keeps them private without one), following the channel rules of
     * posting; the share lands in the channel's history as a message with the comment and the files.
     */
    private ObjectNode filesCompleteUploadExternal(ObjectNode args, String token) {
        Optional<List<JsonNode>> items = files.items(args.get("files"));
        if (items.isEmpty()) {
            return responses.error("invalid_arguments");
        }
        String channel = null;
        if (!args.path("channel_id").asText("").isEmpty()) {
            ObjectNode target = json.createObjectNode()
                    .put("channel", args.path("channel_id").asText());
            Destination destination = destination(target);
            if (destination.error() != null) {
                return responses.error(destination.error());
            }
            channel = destination.channel();
            if (archived.contains(channel)) {
                return responses.error("is_archived");
            }
        }
        String comment = args.path("initial_comment").asText("");
        ObjectNode reply = files.complete(items.get(), channel, comment);
        if (reply.path("ok").asBoolean() && channel != null) {
            ObjectNode share = responses.message(json.createObjectNode().put("text", comment), nextTs());
            share.put("upload", true);
            share.set("files", reply.get("files").deepCopy());
            history.computeIfAbsent(channel, c -> new ArrayList<>()).add(share);
        }
        return reply;
    }

    /** Where a message lands ({@code channel}), or the Slack error posting there gives ({@code error}). */
    private record Destination(String channel, String error) {}

    private Destination destination(ObjectNode args) {
        String id = args.path("channel").asText("");
        if (id.isEmpty()) {
            return new Destination(null, "channel_not_found");
        }
        if (id.startsWith("U") || id.startsWith("W")) {
            return new Destination("D" + id.substring(1), null);
        }
        Channel channel = channels.get(id);
        if (channel != null && !channel.botIsMember()) {
            if (channel.isPrivate()) {
                return new Destination(null, "channel_not_found");
            }
            if (!chatWritePublic) {
                return new Destination(null, "not_in_channel");
            }
        }
        return new Destination(id, null);
    }

    private static boolean hasContent(ObjectNode args) {
        return !args.path("text").asText("").isEmpty() || args.has("blocks") || args.has("attachments");
    }

    private String nextTs() {
        return String.format("%d.%06d", clock.instant().getEpochSecond(), ids.incrementAndGet() % 1_000_000);
    }

    private String nextId(String prefix) {
        return String.format("%s%08d", prefix, ids.incrementAndGet());
    }

    /** How long a post to the channel named in {@code args} must still wait under the per-channel limit. */
    private Optional<Duration> postWait(ObjectNode args) {
        java.time.Instant last = lastPostAt.get(dmOf(args.path("channel").asText("")));
        if (last == null) {
            return Optional.empty();
        }
        Duration since = Duration.between(last, clock.instant());
        return since.compareTo(POST_INTERVAL) >= 0 ? Optional.empty() : Optional.of(POST_INTERVAL.minus(since));
    }

    private ObjectNode chatPostMessage(ObjectNode args, String token) {
        Destination destination = destination(args);
        if (destination.error() != null) {
            return responses.error(destination.error());
        }
        String channel = destination.channel();
        if (archived.contains(channel)) {
            return responses.error("is_archived");
        }
        if (!hasContent(args)) {
            return responses.error("no_text");
        }
        String ts = nextTs();
        ObjectNode reply = responses.ok().put("channel", channel).put("ts", ts);
        ObjectNode message = responses.message(args, ts);
        history.computeIfAbsent(channel, c -> new ArrayList<>()).add(message);
        java.time.Instant at = clock.instant();
        lastPostAt.put(dmOf(args.path("channel").asText("")), at);
        landed.add(new Landed(channel, at, message));
        reply.set("message", message);
        return reply;
    }

    /**
     * Messages newer than {@code oldest}, newest first, as Slack answers; their metadata only with {@code
     * include_all_metadata=true}. A private channel the bot is not in answers {@code channel_not_found}.
     */
    private ObjectNode conversationsHistory(ObjectNode args, String token) {
        String id = args.path("channel").asText("");
        Channel channel = id.isEmpty() ? null : knownOrPublic(id);
        if (channel == null || (!id.startsWith("D") && !channel.botIsMember())) {
            return responses.error(channel == null || channel.isPrivate() ? "channel_not_found" : "not_in_channel");
        }
        double oldest = args.path("oldest").asDouble(0);
        String metadataArg = args.path("include_all_metadata").asText("");
        boolean withMetadata = metadataArg.equals("1") || metadataArg.equals("true");
        var messages = json.createArrayNode();
        List<ObjectNode> landed = history.getOrDefault(id, List.of());
        for (int i = landed.size() - 1; i >= 0; i--) {
            ObjectNode message = landed.get(i).deepCopy();
            if (Double.parseDouble(message.path("ts").asText("0")) <= oldest) {
                continue;
            }
            if (!withMetadata) {
                message.remove("metadata");
            }
            messages.add(message);
        }
        ObjectNode reply = responses.ok().put("has_more", false).put("pin_count", 0);
        reply.set("messages", messages);
        reply.putObject("response_metadata").put("next_cursor", "");
        return reply;
    }

    /** A direct message with one user: its {@code D...} id. */
    private ObjectNode conversationsOpen(ObjectNode args, String token) {
        String users = args.path("users").asText("");
        if (users.isEmpty() || users.contains(",")) {
            return responses.error(users.isEmpty() ? "users_list_not_supplied" : "not_enough_users");
        }
        ObjectNode reply = responses.ok();
        reply.putObject("channel").put("id", dmOf(users));
        return reply;
    }

    private ObjectNode chatPostEphemeral(ObjectNode args, String token) {
        Destination destination = destination(args);
        if (destination.error() != null) {
            return responses.error(destination.error());
        }
        if (args.path("user").asText("").isEmpty()) {
            return responses.error("user_not_in_channel");
        }
        if (!hasContent(args)) {
            return responses.error("no_text");
        }
        return responses.ok().put("message_ts", nextTs());
    }

    /**
     * Edits a message in place, as Slack does: the stored message takes the new text, blocks and metadata and keeps its
     * {@code ts}; a {@code ts} that names no message in the channel (never posted, or deleted) answers {@code
     * message_not_found}; an archived channel {@code is_archived}.
     */
    private ObjectNode chatUpdate(ObjectNode args, String token) {
        Destination destination = destination(args);
        if (destination.error() != null) {
            return responses.error(destination.error());
        }
        String channel = destination.channel();
        if (archived.contains(channel)) {
            return responses.error("is_archived");
        }
        String ts = args.path("ts").asText("");
        List<ObjectNode> landed = history.getOrDefault(channel, List.of());
        int at = -1;
        for (int i = 0; i < landed.size(); i++) {
            if (ts.equals(landed.get(i).path("ts").asText())) {
                at = i;
            }
        }
        if (ts.isEmpty() || at < 0) {
            return responses.error("message_not_found");
        }
        ObjectNode updated = responses.message(args, ts);
        updated.putObject("edited").put("user", SlackStub.BOT_USER_ID).put("ts", nextTs());
        landed.set(at, updated);
        ObjectNode reply = responses
                .ok()
                .put("channel", channel)
                .put("ts", ts)
                .put("text", args.path("text").asText(""));
        reply.set("message", responses.message(args, ts));
        return reply;
    }

    /** Deletes a message as a person in the channel would; false when there was none with that {@code ts}. */
    public synchronized boolean deleteMessage(String channel, String ts) {
        List<ObjectNode> landed = history.getOrDefault(dmOf(channel), new ArrayList<>());
        return landed.removeIf(m -> ts.equals(m.path("ts").asText()));
    }

    /** Archives a channel: posting and editing there answer {@code is_archived} from now on. */
    public synchronized SlackStub archive(String channel) {
        archived.add(channel);
        return this;
    }

    private ObjectNode chatDelete(ObjectNode args, String token) {
        if (args.path("ts").asText("").isEmpty()) {
            return responses.error("message_not_found");
        }
        return responses
                .ok()
                .put("channel", args.path("channel").asText())
                .put("ts", args.path("ts").asText());
    }

    private ObjectNode chatScheduleMessage(ObjectNode args, String token) {
        Destination destination = destination(args);
        if (destination.error() != null) {
            return responses.error(destination.error());
        }
        String channel = destination.channel();
        if (!hasContent(args)) {
            return responses.error("no_text");
        }
        long postAt;
        try {
            postAt = Long.parseLong(args.path("post_at").asText(""));
        } catch (NumberFormatException e) {
            return responses.error("invalid_time");
        }
        long now = clock.instant().getEpochSecond();
        if (postAt <= now) {
            return responses.error("time_in_past");
        }
        if (postAt > now + MAX_SCHEDULE_AHEAD.toSeconds()) {
            return responses.error("time_too_far");
        }
        String id = nextId("Q");
        scheduledMessages.add(id);
        ObjectNode reply = responses
                .ok()
                .put("channel", channel)
                .put("scheduled_message_id", id)
                .put("post_at", postAt);
        ObjectNode message = responses.message(args, null);
        message.remove("ts");
        reply.set("message", message);
        return reply;
    }

    private ObjectNode chatDeleteScheduledMessage(ObjectNode args, String token) {
        if (!scheduledMessages.remove(args.path("scheduled_message_id").asText(""))) {
            return responses.error("invalid_scheduled_message_id");
        }
        return responses.ok();
    }

    private ObjectNode viewsOpenOrPush(ObjectNode args, boolean push) {
        String trigger = args.path("trigger_id").asText("");
        JsonNode view = args.get("view");
        if (trigger.isEmpty() || view == null || !view.isObject()) {
            return responses.error("invalid_arguments");
        }
        if (!usedTriggers.add(trigger)) {
            return responses.error("expired_trigger_id");
        }
        String id = nextId("V");
        String rootId = id;
        String previousId = null;
        if (push) {
            List<String> stack = lastRootViewId == null ? null : stacks.get(lastRootViewId);
            if (stack == null) {
                return responses.error("not_found");
            }
            if (stack.size() >= 3) {
                return responses.error("push_limit_reached");
            }
            rootId = lastRootViewId;
            previousId = stack.get(stack.size() - 1);
            stack.add(id);
        } else {
            stacks.put(id, new ArrayList<>(List.of(id)));
            lastRootViewId = id;
        }
        return viewReply(view, new OpenView(id, rootId, previousId, nextHash(), externalId(view)));
    }

    private ObjectNode viewsUpdate(ObjectNode args, String token) {
        JsonNode view = args.get("view");
        if (view == null || !view.isObject()) {
            return responses.error("invalid_arguments");
        }
        String viewId = args.path("view_id").asText("");
        if (viewId.isEmpty()) {
            String externalId = args.path("external_id").asText("");
            viewId = views.values().stream()
                    .filter(v -> !externalId.isEmpty() && externalId.equals(v.externalId()))
                    .map(OpenView::id)
                    .findFirst()
                    .orElse("");
        }
        OpenView current = views.get(viewId);
        if (current == null) {
            return responses.error("not_found");
        }
        String hash = args.path("hash").asText("");
        if (!hash.isEmpty() && !hash.equals(current.hash())) {
            return responses.error("hash_conflict");
        }
        return viewReply(
                view, new OpenView(current.id(), current.rootId(), current.previousId(), nextHash(), externalId(view)));
    }

    private ObjectNode viewsPublish(ObjectNode args, String token) {
        String user = args.path("user_id").asText("");
        JsonNode view = args.get("view");
        if (user.isEmpty() || view == null || !"home".equals(view.path("type").asText())) {
            return responses.error("invalid_arguments");
        }
        String id = homeViewByUser.computeIfAbsent(user, u -> nextId("V"));
        OpenView current = views.get(id);
        String hash = args.path("hash").asText("");
        if (current != null && !hash.isEmpty() && !hash.equals(current.hash())) {
            return responses.error("hash_conflict");
        }
        return viewReply(view, new OpenView(id, id, null, nextHash(), externalId(view)));
    }

    private ObjectNode viewReply(JsonNode sent, OpenView opened) {
        views.put(opened.id(), opened);
        ObjectNode reply = responses.ok();
        reply.set("view", responses.view(sent, opened.id(), opened.hash(), opened.rootId(), opened.previousId()));
        return reply;
    }

    private static String externalId(JsonNode view) {
        return view.path("external_id").asText("");
    }

    private String nextHash() {
        return clock.instant().getEpochSecond() + "." + Long.toHexString(ids.incrementAndGet() * 2_654_435_761L);
    }

    private Channel knownOrPublic(String id) {
        Channel channel = channels.get(id);
        return channel != null ? channel : new Channel(id, "channel-" + id.toLowerCase(), false, true);
    }

    private ObjectNode conversationsInfo(ObjectNode args, String token) {
        String id = args.path("channel").asText("");
        Channel channel = id.isEmpty() ? null : knownOrPublic(id);
        if (channel == null || (channel.isPrivate() && !channel.botIsMember())) {
            return responses.error("channel_not_found");
        }
        ObjectNode reply = responses.ok();
        reply.set("channel", responses.channel(channel));
        return reply;
    }

    private ObjectNode conversationsJoin(ObjectNode args, String token) {
        String id = args.path("channel").asText("");
        if (id.isEmpty()) {
            return responses.error("channel_not_found");
        }
        Channel channel = knownOrPublic(id);
        if (channel.isPrivate()) {
            return responses.error(
                    channel.botIsMember() ? "method_not_supported_for_channel_type" : "channel_not_found");
        }
        ObjectNode reply = responses.ok();
        if (channel.botIsMember()) {
            reply.put("warning", "already_in_channel");
        } else {
            channel = new Channel(channel.id(), channel.name(), false, true);
            channels.put(id, channel);
        }
        reply.set("channel", responses.channel(channel));
        return reply;
    }

    private ObjectNode usersInfo(ObjectNode args, String token) {
        String id = args.path("user").asText("");
        if (id.isEmpty()) {
            return responses.error("user_not_found");
        }
        ObjectNode reply = responses.ok();
        reply.set("user", responses.user(id));
        return reply;
    }
}
