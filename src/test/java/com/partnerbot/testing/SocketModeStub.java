package com.partnerbot.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local stand-in for Slack's Socket Mode WebSocket endpoint.
 *
 * <p>{@link SlackStub}'s {@code apps.connections.open} hands out {@code ws://127.0.0.1:PORT/link/?ticket=...}
 * URLs from {@link #issueUrl()}; a ticket connects once, like Slack's. On connect the stub sends Slack's {@code
 * hello} message. Tests then {@link #push} envelopes (see {@link #slashCommandEnvelope}) and read the app's
 * acknowledgements with {@link #awaitAck}, which blocks on a condition, never on sleeps. Envelopes go to the
 * most recent open connection, as Slack delivers each envelope to one connection.
 */
public final class SocketModeStub implements AutoCloseable {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final ObjectMapper json;
    private final Server server;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Set<String> tickets = new HashSet<>();
    private final List<WebSocket> connections = new ArrayList<>();
    private final Map<String, List<JsonNode>> acks = new HashMap<>();
    private final List<JsonNode> received = new ArrayList<>();

    /** Starts a Socket Mode server on a free loopback port. */
    public SocketModeStub() {
        this(new ObjectMapper());
    }

    SocketModeStub(ObjectMapper json) {
        this.json = json;
        this.server = new Server(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server.setReuseAddr(true);
        server.start();
        server.awaitStarted();
    }

    /** A new single-use WebSocket URL, as {@code apps.connections.open} returns it. */
    public String issueUrl() {
        String ticket = UUID.randomUUID().toString();
        lock.lock();
        try {
            tickets.add(ticket);
        } finally {
            lock.unlock();
        }
        return "ws://127.0.0.1:" + server.getPort() + "/link/?ticket=" + ticket;
    }

    /** Waits until at least one client has connected and received {@code hello}. */
    public void awaitConnection(Duration timeout) {
        lock.lock();
        try {
            long nanos = timeout.toNanos();
            while (connections.isEmpty()) {
                if (nanos <= 0) {
                    throw new AssertionError("no Socket Mode connection within " + timeout);
                }
                nanos = changed.awaitNanos(nanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a Socket Mode connection", e);
        } finally {
            lock.unlock();
        }
    }

    /** The number of open connections. */
    public int connectionCount() {
        lock.lock();
        try {
            return connections.size();
        } finally {
            lock.unlock();
        }
    }

    /** Sends an envelope to the most recent connection, waiting up to 10 s for one to be open. */
    public void push(String envelopeJson) {
        awaitConnection(CONNECT_TIMEOUT);
        WebSocket target;
        lock.lock();
        try {
            target = connections.get(connections.size() - 1);
        } finally {
            lock.unlock();
        }
        target.send(envelopeJson);
    }

    /**
     * The app's acknowledgement of an envelope ({@code {"envelope_id": ..., "payload": ...}}, {@code payload}
     * only when the app answered with content), waiting up to {@code timeout}.
     */
    public JsonNode awaitAck(String envelopeId, Duration timeout) {
        return awaitAcks(envelopeId, 1, timeout).get(0);
    }

    /** The app's first {@code count} acknowledgements of an envelope delivered more than once, in order. */
    public List<JsonNode> awaitAcks(String envelopeId, int count, Duration timeout) {
        lock.lock();
        try {
            long nanos = timeout.toNanos();
            while (acks.getOrDefault(envelopeId, List.of()).size() < count) {
                if (nanos <= 0) {
                    throw new AssertionError("no " + count + " acks for envelope " + envelopeId + " within " + timeout
                            + "; received: " + received);
                }
                nanos = changed.awaitNanos(nanos);
            }
            return List.copyOf(acks.get(envelopeId).subList(0, count));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for an ack", e);
        } finally {
            lock.unlock();
        }
    }

    /** Every message the app sent over Socket Mode so far. */
    public List<JsonNode> received() {
        lock.lock();
        try {
            return List.copyOf(received);
        } finally {
            lock.unlock();
        }
    }

    /**
     * A {@code slash_commands} envelope as Slack sends it; the payload carries the same fields as the HTTP form
     * post of a slash command.
     */
    public static String slashCommandEnvelope(
            String envelopeId,
            String command,
            String text,
            String userId,
            String channelId,
            String responseUrl,
            String triggerId) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode envelope = mapper.createObjectNode()
                .put("envelope_id", envelopeId)
                .put("type", "slash_commands")
                .put("accepts_response_payload", true);
        ObjectNode payload = envelope.putObject("payload");
        SignedRequests.commandForm(command, text, userId, channelId, responseUrl, triggerId)
                .forEach(payload::put);
        return envelope.toString();
    }

    /** The same envelope as Slack delivers it again: {@code retry_attempt} and {@code retry_reason} added. */
    public static String redelivered(String envelopeJson, int attempt, String reason) {
        try {
            ObjectNode envelope = (ObjectNode) new ObjectMapper().readTree(envelopeJson);
            envelope.put("retry_attempt", attempt).put("retry_reason", reason);
            return envelope.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean useTicket(String resource) {
        String query = URI.create(resource).getRawQuery();
        String ticket = query != null && query.startsWith("ticket=") ? query.substring("ticket=".length()) : "";
        lock.lock();
        try {
            return tickets.remove(ticket);
        } finally {
            lock.unlock();
        }
    }

    private String hello(int numConnections) {
        ObjectNode hello = json.createObjectNode().put("type", "hello").put("num_connections", numConnections);
        hello.putObject("debug_info")
                .put("host", "applink-stub")
                .put("build_number", 1)
                .put("approximate_connection_time", 18060);
        hello.putObject("connection_info").put("app_id", SlackStub.APP_ID);
        return hello.toString();
    }

    private final class Server extends WebSocketServer {
        private final CountDownLatch started = new CountDownLatch(1);

        Server(InetSocketAddress address) {
            super(address);
        }

        void awaitStarted() {
            try {
                if (!started.await(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("Socket Mode stub did not start");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            if (!useTicket(handshake.getResourceDescriptor())) {
                conn.close(1008, "invalid ticket");
                return;
            }
            int count;
            lock.lock();
            try {
                count = connections.size() + 1;
            } finally {
                lock.unlock();
            }
            // hello goes out before the connection is visible to push(), so it is always the first message.
            conn.send(hello(count));
            lock.lock();
            try {
                connections.add(conn);
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            lock.lock();
            try {
                connections.remove(conn);
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            JsonNode node;
            try {
                node = json.readTree(message);
            } catch (JsonProcessingException e) {
                node = json.getNodeFactory().textNode(message);
            }
            lock.lock();
            try {
                received.add(node);
                if (node.hasNonNull("envelope_id")) {
                    acks.computeIfAbsent(node.get("envelope_id").asText(), id -> new ArrayList<>())
                            .add(node);
                }
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            if (conn == null) {
                started.countDown();
            }
        }
    }
}
