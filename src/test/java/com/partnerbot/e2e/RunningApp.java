package com.partnerbot.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerbot.app.Settings;
import com.partnerbot.app.Wiring;
import com.partnerbot.outbox.ChannelPacer;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.slack.BackgroundWork;
import com.partnerbot.store.PartnershipDao;
import com.partnerbot.testing.ManualWork;
import com.partnerbot.testing.SignedRequests;
import com.partnerbot.testing.SlackStub;
import com.partnerbot.testing.TestClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The real application, wired as {@code Main} wires it, on a free port with a real SQLite file, talking to a Slack
 * stub on loopback. Background work runs when the test says so.
 */
public final class RunningApp implements AutoCloseable {
    public static final String SIGNING_SECRET = "8f742231b10e8888abcd99aaabbb85a5";

    /**
     * The application's clock: fixed on the last day of a month, so "six months later" is a date worth checking.
     * Requests are still signed with the real time, which Bolt checks against its own clock.
     */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-31T09:30:00Z"), ZoneOffset.UTC);

    public final SlackStub slack;
    public final ManualWork work = new ManualWork();
    /** The application's clock, starting at {@link #CLOCK}'s instant; tests move it to let retries come due. */
    public final TestClock clock = new TestClock(CLOCK.instant());

    public final SignedRequests signed;
    public final Wiring wiring;
    public final URI events;
    private final Path dir;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile ManyWorkspaces.Team acting;
    private boolean sharedStub;

    private RunningApp(SlackStub slack, Path dir, boolean socketMode, BackgroundWork background) throws Exception {
        this(slack, dir, socketMode, background, PlaybookLoader.loadDefault());
    }

    private RunningApp(SlackStub slack, Path dir, boolean socketMode, BackgroundWork background, Playbook playbook)
            throws Exception {
        this(slack, dir, settings(slack, dir, socketMode), background, playbook);
    }

    private RunningApp(SlackStub slack, Path dir, Settings settings, BackgroundWork background, Playbook playbook)
            throws Exception {
        this.slack = slack;
        this.dir = dir;
        this.signed = new SignedRequests(SIGNING_SECRET, Clock.systemUTC(), slack);
        // The clock stands still in these tests, so a channel's second post would wait for a second that never
        // passes: posts go unpaced here. The pacing has its own tests and the reminders benchmark runs it.
        // With real threads (benchmarks), Home is published on a pool of its own, as in production.
        this.wiring = Wiring.start(
                settings,
                playbook,
                clock,
                background == null ? work : background,
                ChannelPacer.unpaced(),
                background == null ? work : BackgroundWork.pool(Wiring.HOME_THREADS, "partnerbot-home"));
        this.events = URI.create("http://127.0.0.1:" + wiring.port() + "/slack/events");
    }

    public static RunningApp http(Path dir) throws Exception {
        return new RunningApp(new SlackStub(), dir, false, null);
    }

    /** With a team's own playbook instead of the default. */
    public static RunningApp http(Path dir, Playbook playbook) throws Exception {
        return new RunningApp(new SlackStub(), dir, false, null, playbook);
    }

    /** On the database {@code databaseUrl} (PostgreSQL) instead of a SQLite file. */
    public static RunningApp http(String databaseUrl) throws Exception {
        SlackStub slack = new SlackStub();
        return new RunningApp(slack, null, settings(slack, databaseUrl), null, PlaybookLoader.loadDefault());
    }

    /**
     * One of several instances on the database {@code databaseUrl} (PostgreSQL) talking to one Slack: its own HTTP
     * server, background work and clock, as another process behind the same load balancer. Closing it leaves the
     * stub to the test.
     */
    public static RunningApp instance(SlackStub slack, String databaseUrl) throws Exception {
        RunningApp app = new RunningApp(slack, null, settings(slack, databaseUrl), null, PlaybookLoader.loadDefault());
        app.sharedStub = true;
        return app;
    }

    private static Settings settings(SlackStub slack, String databaseUrl) {
        Settings sqlite = settings(slack, Path.of("unused"), false);
        return new Settings(
                sqlite.botToken().orElseThrow(),
                sqlite.signingSecret(),
                sqlite.appToken(),
                sqlite.slackApiUrl(),
                sqlite.port(),
                databaseUrl,
                sqlite.playbookFile());
    }

    /** With the production thread pool for background work, for benchmarks that time real hand-offs. */
    public static RunningApp httpWithThreads(Path dir) throws Exception {
        return new RunningApp(new SlackStub(), dir, false, BackgroundWork.pool(4));
    }

    /**
     * Installed by many workspaces through Slack's OAuth flow ({@link ManyWorkspaces#CLIENT_ID} and the rest): none is
     * installed at first; the stub exchanges the codes it is given.
     */
    public static RunningApp manyWorkspaces(Path dir) throws Exception {
        SlackStub slack = new SlackStub();
        slack.workspaces().client(ManyWorkspaces.CLIENT_ID, ManyWorkspaces.CLIENT_SECRET);
        return new RunningApp(slack, dir, ManyWorkspaces.settings(slack, dir), null, PlaybookLoader.loadDefault());
    }

    public static RunningApp socketMode(Path dir) throws Exception {
        return new RunningApp(new SlackStub(), dir, true, null);
    }

    /** Starts a second application on the same database and stub, as after a restart. */
    public RunningApp restart() throws Exception {
        wiring.close();
        return new RunningApp(slack, dir, false, null);
    }

    static Settings settings(SlackStub slack, Path dir, boolean socketMode) {
        return new Settings(
                SlackStub.BOT_TOKEN,
                Optional.of(SIGNING_SECRET),
                socketMode ? Optional.of(SlackStub.APP_TOKEN) : Optional.empty(),
                slack.apiUrl(),
                0,
                "jdbc:sqlite:" + databaseFile(dir),
                Optional.empty());
    }

    /** The SQLite file the application in {@code dir} uses, for a test that fills it before the start. */
    public static Path databaseFile(Path dir) {
        return dir.resolve("partnerbot.db");
    }

    public PartnershipDao partnerships() {
        return wiring.database().jdbi().onDemand(PartnershipDao.class);
    }

    /** A signed {@code /partner TEXT} from user U1 in channel C1; the ack body is handed to the schema check. */
    public HttpResponse<String> command(String text) {
        return command(text, "U1", "C1");
    }

    public HttpResponse<String> command(String text, String userId, String channelId) {
        HttpResponse<String> response = acting == null
                ? signed.postCommand(events, "/partner", text, userId, channelId)
                : signed.postSigned(
                        events,
                        SignedRequests.FORM,
                        SignedRequests.formBody(
                                acting.command(signed.commandForm("/partner", text, userId, channelId))),
                        Clock.systemUTC().instant());
        slack.captureAck(response.body());
        return response;
    }

    public HttpResponse<String> interaction(String payloadJson) {
        HttpResponse<String> response =
                signed.postInteraction(events, acting == null ? payloadJson : acting.interaction(payloadJson));
        slack.captureAck(response.body());
        return response;
    }

    /**
     * From now on, commands and interactions come from {@code workspace} (its team and organization in every field
     * Slack puts them), until {@link #actAsStubWorkspace()}.
     */
    public RunningApp actAs(ManyWorkspaces.Team workspace) {
        this.acting = workspace;
        return this;
    }

    /** Back to the stub's own workspace, {@code T0STUB}. */
    public RunningApp actAsStubWorkspace() {
        this.acting = null;
        return this;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + wiring.port() + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode json(String body) throws Exception {
        return json.readTree(body);
    }

    @Override
    public void close() {
        wiring.close();
        if (!sharedStub) {
            slack.close();
        }
    }
}
