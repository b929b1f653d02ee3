package com.partnerbot.app;

import com.partnerbot.charter.CharterService;
import com.partnerbot.decisions.DecisionService;
import com.partnerbot.export.PartnershipExport;
import com.partnerbot.history.History;
import com.partnerbot.http.BoltRoute;
import com.partnerbot.http.HandledRequests;
import com.partnerbot.http.HealthRoute;
import com.partnerbot.http.HttpServer;
import com.partnerbot.http.InFlight;
import com.partnerbot.http.InstallRoute;
import com.partnerbot.http.Redeliveries;
import com.partnerbot.http.SocketModeReceiver;
import com.partnerbot.http.StoredRedeliveries;
import com.partnerbot.launch.ActivityLog;
import com.partnerbot.launch.LaunchService;
import com.partnerbot.outbox.ChannelPacer;
import com.partnerbot.outbox.Outbox;
import com.partnerbot.outbox.OutboxSender;
import com.partnerbot.partnerships.AssessmentService;
import com.partnerbot.partnerships.DraftService;
import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.partnerships.StatusService;
import com.partnerbot.phases.PhaseService;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.portfolio.Portfolio;
import com.partnerbot.portfolio.SharedChanges;
import com.partnerbot.reminders.ReminderPreviews;
import com.partnerbot.reminders.ReminderScheduler;
import com.partnerbot.reminders.Reminders;
import com.partnerbot.slack.BackgroundWork;
import com.partnerbot.slack.Feature;
import com.partnerbot.slack.Guarded;
import com.partnerbot.slack.Interactions;
import com.partnerbot.slack.SlackDelivery;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.charter.CharterListeners;
import com.partnerbot.slack.commands.PartnerCommandListener;
import com.partnerbot.slack.commands.Subcommand;
import com.partnerbot.slack.export.ExportFeature;
import com.partnerbot.slack.history.HistoryListeners;
import com.partnerbot.slack.launch.LaunchListeners;
import com.partnerbot.slack.phases.PhaseListeners;
import com.partnerbot.slack.portfolio.HomePublisher;
import com.partnerbot.slack.portfolio.HomeRefresher;
import com.partnerbot.slack.portfolio.PortfolioListeners;
import com.partnerbot.slack.questionnaire.QuestionnaireListeners;
import com.partnerbot.slack.reminders.ReminderButtons;
import com.partnerbot.slack.reminders.ReminderMessages;
import com.partnerbot.slack.reminders.ReminderPreviewFeature;
import com.partnerbot.slack.render.HelpRenderer;
import com.partnerbot.slack.views.DecisionListeners;
import com.partnerbot.slack.workspaces.OAuthInstall;
import com.partnerbot.slack.workspaces.UninstallListeners;
import com.partnerbot.slack.workspaces.WorkspaceApp;
import com.partnerbot.store.Database;
import com.partnerbot.workspaces.Installations;
import com.partnerbot.workspaces.OAuthStates;
import com.partnerbot.workspaces.TokenCipher;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.socket_mode.SocketModeClient;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that creates the application's objects and connects them. {@link Main} uses it with the real clock
 * and a thread pool; tests use it with their own clock and background work, against a Slack stub.
 */
public final class Wiring implements AutoCloseable {
    /** Envelopes handled at once in Socket Mode; without it Bolt handles them one by one. */
    private static final int SOCKET_MODE_CONCURRENCY = 8;

    private static final Logger log = LoggerFactory.getLogger(Wiring.class);

    /** How often the outbox is looked at for retries that came due and claims left by a stopped process. */
    static final Duration OUTBOX_POLL = Duration.ofSeconds(1);

    /**
     * Posts made side by side, each to its own channel: enough to keep a thousand channels at Slack's one post a
     * second over a fast connection; the database pool is shared with everything else.
     */
    static final int POSTING_THREADS = 8;

    /**
     * Home tabs are published on a pool of their own, so opening Home never waits behind posts or other work. A publish
     * is mostly waiting for Slack, so a few threads serve a burst of people opening Home at once.
     */
    public static final int HOME_THREADS = 4;

    private final Database database;
    private final HttpServer server;
    private final Optional<SocketModeApp> socketMode;
    private final ReminderScheduler scheduler;
    private final OutboxSender sender;
    private final Reminders reminders;
    private final BackgroundWork work;
    private final BackgroundWork home;
    private final ExecutorService posting;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Wiring(
            Database database,
            HttpServer server,
            Optional<SocketModeApp> socketMode,
            ReminderScheduler scheduler,
            OutboxSender sender,
            Reminders reminders,
            BackgroundWork work,
            BackgroundWork home,
            ExecutorService posting) {
        this.database = database;
        this.server = server;
        this.socketMode = socketMode;
        this.scheduler = scheduler;
        this.sender = sender;
        this.reminders = reminders;
        this.work = work;
        this.home = home;
        this.posting = posting;
    }

    /**
     * Opens the HTTP port first (a port in use stops the start before anything else begins), then the database,
     * checks the bot token with Slack (waiting while Slack cannot be reached), builds the Slack app and starts the
     * reminders and, when set, Socket Mode; only then are requests served. The background work is closed with the
     * rest by {@link #close()}. A configuration mistake is a {@link ConfigException} with one line to show.
     */
    public static Wiring start(Settings settings, Playbook playbook, Clock clock, BackgroundWork work)
            throws Exception {
        return start(
                settings,
                playbook,
                clock,
                work,
                ChannelPacer.slack(),
                BackgroundWork.pool(HOME_THREADS, "partnerbot-home"));
    }

    /**
     * As {@link #start(Settings, Playbook, Clock, BackgroundWork)}, with the outbox's pace per channel: Slack's in
     * production; {@link ChannelPacer#unpaced()} for tests whose clock stands still, where a channel's second post
     * would otherwise wait for a second that never passes.
     */
    public static Wiring start(
            Settings settings, Playbook playbook, Clock clock, BackgroundWork work, ChannelPacer pacer)
            throws Exception {
        return start(settings, playbook, clock, work, pacer, work);
    }

    /**
     * As {@link #start(Settings, Playbook, Clock, BackgroundWork, ChannelPacer)}, with Home's publishes on {@code
     * home} (tests that run background work by hand pass the same {@code work}); closed with the rest.
     */
    public static Wiring start(
            Settings settings,
            Playbook playbook,
            Clock clock,
            BackgroundWork work,
            ChannelPacer pacer,
            BackgroundWork home)
            throws Exception {
        InFlight inFlight = new InFlight();
        HttpServer server = new HttpServer(inFlight);
        try {
            server.start(settings.port());
        } catch (BindException e) {
            throw portUnavailable(settings.port(), e);
        }
        log.info(
                "Starting Partnerbot: {}; database {}; playbook {}",
                settings.socketMode()
                        ? "Socket Mode (health on port " + server.port() + ")"
                        : "HTTP mode on port " + server.port(),
                settings.databaseShown(),
                describe(playbook, settings.playbookFile()));
        Database database;
        try {
            database = Database.open(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword());
        } catch (Database.Unavailable e) {
            server.close();
            throw databaseUnavailable(settings, e);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        ReminderScheduler scheduler = null;
        Optional<SocketModeApp> socketMode = Optional.empty();
        ExecutorService posting = Executors.newFixedThreadPool(POSTING_THREADS, r -> {
            Thread t = new Thread(r, "partnerbot-post");
            t.setDaemon(true);
            return t;
        });
        try {
            Slack slack = slack(settings);
            Optional<Installations> installations = settings.oauth()
                    .map(o -> new Installations(database.jdbi(), TokenCipher.fromBase64(o.tokenKey()), clock));
            SlackDelivery delivery;
            // Who speaks for a workspace: its installation's token, or the one bot token.
            Function<String, MethodsClient> clients;
            if (installations.isPresent()) {
                log.info(
                        "Many workspaces: {} installed; each installs through {}",
                        installations.get().count(),
                        HttpServer.INSTALL_PATH);
                // Each row's posts go out with its own workspace's token.
                Function<String, Optional<MethodsClient>> installed =
                        teamId -> installations.get().forWorkspace(teamId).map(i -> slack.methods(i.botToken()));
                delivery = SlackDelivery.perWorkspace(installed, slack, clock);
                clients = teamId -> installed
                        .apply(teamId)
                        .orElseThrow(() -> new IllegalStateException("no installation for workspace " + teamId));
            } else {
                String bot = SlackTokenCheck.awaitAccepted(
                        slack,
                        settings,
                        SlackTokenCheck.THREAD_SLEEP,
                        line -> System.err.println("partnerbot: " + line));
                log.info("Slack accepted SLACK_BOT_TOKEN: {}", bot);
                // One workspace, one bot token: requests of other workspaces are refused, so every row is its own.
                String token = settings.botToken().orElseThrow();
                clients = teamId -> slack.methods(token);
                delivery = new SlackDelivery(clients, slack, clock);
            }
            var sender = new OutboxSender(
                    database.jdbi(), clock, delivery, work::run, new OutboxSender.Pace(pacer, posting, work::runAfter));
            var outbox = new Outbox(clock, sender::wake);
            var activity = new ActivityLog(playbook, clock);
            var reminders = new Reminders(database.jdbi(), clock, outbox, new ReminderMessages(playbook), activity);
            var portfolio = new Portfolio(database.jdbi(), playbook, clock);
            var homeTab = new HomePublisher(portfolio, playbook, clients, home, clock);
            // With several instances on one database, each tells the others what it changed.
            var refresher = new HomeRefresher(
                            portfolio,
                            homeTab,
                            clock,
                            database.shared()
                                    ? Optional.of(new SharedChanges(database.jdbi(), clock))
                                    : Optional.empty())
                    .start(home);
            App app = slackApp(
                    settings,
                    slack,
                    outbox,
                    reminders,
                    activity,
                    playbook,
                    database,
                    clock,
                    work,
                    new PortfolioParts(portfolio, homeTab, refresher),
                    installations);
            scheduler = new ReminderScheduler(database.dataSource(), reminders, refresher::changed).start();
            // What an earlier run left owing goes out now; the poll picks up retries and abandoned claims. With a
            // shared database, another instance's claims are never taken over early: only their lease ending tells
            // that it stopped (two containers may share a host name and a process id).
            if (!database.shared()) {
                sender.releaseAbandoned();
            }
            work.every(OUTBOX_POLL, sender::wake);
            sender.wake();
            HandledRequests handled = handledRequests(database, work);
            if (settings.socketMode()) {
                app.use(countedEnvelopes(inFlight));
                SocketModeApp socket = new SocketModeReceiver(
                        settings.appToken().orElseThrow(),
                        app,
                        SocketModeClient.Backend.JavaWebSocket,
                        SOCKET_MODE_CONCURRENCY,
                        handled);
                socketMode = Optional.of(socket);
                try {
                    socket.startAsync();
                } catch (RuntimeException e) {
                    throw SlackTokenCheck.appTokenRefusal(e)
                            .<Exception>map(ConfigException::new)
                            .orElse(e);
                }
            }
            Optional<BoltRoute> events = settings.socketMode()
                    ? Optional.empty()
                    : Optional.of(
                            new BoltRoute(app, settings.signingSecret().orElseThrow(), Clock.systemUTC(), handled));
            Optional<InstallRoute> install = installations.map(i -> new InstallRoute(app));
            server.serve(events, install, new HealthRoute(database::isUp, settings.socketMode() ? "socket" : "http"));
            log.info(
                    "Partnerbot is up ({}); health on port {}",
                    settings.socketMode() ? "Socket Mode" : "HTTP mode",
                    server.port());
            return new Wiring(database, server, socketMode, scheduler, sender, reminders, work, home, posting);
        } catch (Exception e) {
            // A start that fails half way leaves nothing running behind it.
            socketMode.ifPresent(Wiring::closeQuietly);
            if (scheduler != null) {
                scheduler.close();
            }
            posting.shutdownNow();
            if (home != work) {
                home.close();
            }
            database.close();
            server.close();
            throw e;
        }
    }

    private static ConfigException portUnavailable(int port, BindException e) {
        String reason = String.valueOf(e.getMessage());
        if (reason.toLowerCase().contains("in use")) {
            return new ConfigException("PORT " + port + " is already in use: another program listens there; stop it,"
                    + " or set PORT to a free port");
        }
        if (reason.toLowerCase().contains("permission")) {
            return new ConfigException("PORT " + port + " cannot be opened: permission denied (ports below 1024 need"
                    + " administrator rights); set PORT to 1024 or above");
        }
        return new ConfigException("PORT " + port + " cannot be opened: " + reason);
    }

    /** The database cannot be opened at start: one line naming DATABASE_URL and what the driver said, no password. */
    static ConfigException databaseUnavailable(Settings settings, Database.Unavailable e) {
        boolean sqlite = settings.databaseUrl().startsWith("jdbc:sqlite:");
        String reason = e.getMessage().endsWith(".")
                ? e.getMessage().substring(0, e.getMessage().length() - 1)
                : e.getMessage();
        return new ConfigException(settings.withoutDatabasePassword("DATABASE_URL names a "
                + (sqlite ? "SQLite" : "PostgreSQL") + " database that cannot be opened (" + settings.databaseShown()
                + "): " + reason + ". Start the database or correct DATABASE_URL"
                + (sqlite ? "" : " (and DATABASE_USER, DATABASE_PASSWORD)")));
    }

    /** The playbook in use, for the start line: the built-in one, or the file with its id and version. */
    private static String describe(Playbook playbook, Optional<Path> file) {
        String which = file.map(f -> f.toAbsolutePath().toString()).orElse("built-in default");
        return which + " (id " + playbook.id() + ", version " + playbook.version() + ")";
    }

    /** The Slack client, pointed at the configured Web API (Slack's, GovSlack's, or a local stub). */
    static Slack slack(Settings settings) {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(settings.slackApiUrl());
        // Usage statistics would add an auth.test call per token; we have no use for them.
        slackConfig.setStatsEnabled(false);
        // A post ends, one way or the other, well within the outbox's claim on it.
        slackConfig.setHttpClientReadTimeoutMillis(10_000);
        slackConfig.setHttpClientCallTimeoutMillis(15_000);
        return Slack.getInstance(slackConfig);
    }

    /** The portfolio and its Home tab, built before the Slack app because the reminder sweep refreshes Home too. */
    record PortfolioParts(Portfolio portfolio, HomePublisher home, HomeRefresher refresher) {}

    static App slackApp(
            Settings settings,
            Slack slack,
            Outbox outbox,
            Reminders reminders,
            ActivityLog activity,
            Playbook playbook,
            Database database,
            Clock clock,
            BackgroundWork work,
            PortfolioParts portfolio,
            Optional<Installations> installations) {
        AppConfig.AppConfigBuilder config = AppConfig.builder()
                .slack(slack)
                .signingSecret(settings.signingSecret().orElse(null))
                // BoltRoute checks every signature over the raw bytes, in constant time, before Bolt sees the
                // request; Bolt's own check would re-encode the body with the JVM's default charset.
                .requestVerificationEnabled(false)
                // One auth.test per token and hour instead of one per request.
                .authTestCacheEnabled(true)
                .authTestCacheExpirationMillis(3_600_000L);
        App app = installations.isPresent()
                ? WorkspaceApp.manyWorkspaces(
                        config,
                        credentials(settings.oauth().orElseThrow()),
                        installations.get(),
                        new OAuthStates(database.jdbi(), settings.oauth().get().stateSecret(), clock),
                        clock)
                : WorkspaceApp.oneWorkspace(config, settings.botToken().orElseThrow());

        var partnerships = new PartnershipService(database.jdbi(), clock);
        var assessments = new AssessmentService(database.jdbi(), playbook, clock, partnerships, outbox);
        var drafts = new DraftService(database.jdbi(), clock);
        work.every(DraftService.SWEEP_EVERY, () -> whileReachable("Abandoned questionnaires", drafts::removeAbandoned));
        var decisions = new DecisionService(database.jdbi(), playbook, clock, outbox);
        var charters = new CharterService(database.jdbi(), playbook, clock, outbox);
        var status = new StatusService(partnerships, assessments);
        var launches = new LaunchService(database.jdbi(), playbook, clock, outbox, reminders, activity, charters);
        var charter = new CharterListeners(playbook, charters, status);
        var launch = new LaunchListeners(playbook, launches, status, clock);
        var phase = new PhaseListeners(playbook, new PhaseService(database.jdbi(), playbook, clock, outbox), status);
        List<Feature> features = new ArrayList<>(List.of(
                new QuestionnaireListeners(playbook, partnerships, assessments, drafts, status, work),
                new PortfolioListeners(
                        playbook,
                        portfolio.portfolio(),
                        portfolio.home(),
                        portfolio.refresher(),
                        status,
                        List.of(charter.status(), launch.status(), phase.status()),
                        work),
                new DecisionListeners(decisions, List.of(phase.gateDecision())),
                charter,
                new HistoryListeners(new History(database.jdbi(), playbook), partnerships, status),
                launch,
                phase,
                new ReminderButtons(playbook, reminders),
                new ReminderPreviewFeature(partnerships, new ReminderPreviews(database.jdbi(), clock, reminders)),
                new ExportFeature(new PartnershipExport(database.jdbi(), playbook), clock, work)));
        installations.ifPresent(i -> features.add(new UninstallListeners(i)));

        List<Subcommand> subcommands =
                features.stream().flatMap(f -> f.subcommands().stream()).toList();
        app.command(SlackIds.COMMAND, Guarded.command(new PartnerCommandListener(subcommands, new HelpRenderer())));
        var interactions = new Interactions(app);
        features.forEach(f -> f.register(interactions));
        interactions.fallbacks();
        return app;
    }

    private static OAuthInstall.Credentials credentials(Settings.OAuth oauth) {
        return new OAuthInstall.Credentials(
                oauth.clientId(),
                oauth.clientSecret(),
                oauth.redirectUri(),
                new OAuthInstall.Paths(HttpServer.INSTALL_PATH, HttpServer.OAUTH_REDIRECT_PATH));
    }

    /**
     * Where the requests handled lately are kept: in memory for one process on a SQLite file; in the database when
     * several instances may share it, since Slack's retry may reach another instance than the first delivery did.
     */
    private static HandledRequests handledRequests(Database database, BackgroundWork work) {
        if (!database.shared()) {
            return new Redeliveries(Clock.systemUTC());
        }
        var stored = new StoredRedeliveries(database.jdbi(), Clock.systemUTC(), work::run);
        work.every(
                StoredRedeliveries.SWEEP_EVERY,
                () -> whileReachable("Expired handled requests", stored::removeExpired));
        return stored;
    }

    /** Runs an hourly sweep; while the database is out of reach, it says so and the next hour tries again. */
    static void whileReachable(String what, Runnable sweep) {
        try {
            sweep.run();
        } catch (RuntimeException e) {
            if (!Database.unreachable(e)) {
                throw e;
            }
            log.warn("{} not removed: the database cannot be reached ({})", what, e.toString());
        }
    }

    public int port() {
        return server.port();
    }

    public Database database() {
        return database;
    }

    /** The reminder store, whose sweep the scheduler runs every few seconds. */
    public Reminders reminders() {
        return reminders;
    }

    /**
     * Stops in the order that loses nothing: new requests are refused and those under way finish; the sender stops
     * after the post it is making; what is unsent stays in the outbox for the next start. Safe to call twice.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // Refusing first: once the line is in the log, a load balancer's health check already gets 503.
        server.refuseNew();
        log.info("Stopping: new requests are refused, those under way finish; unsent posts stay in the outbox");
        server.close();
        socketMode.ifPresent(Wiring::closeQuietly);
        sender.stop();
        scheduler.close();
        work.close();
        if (home != work) {
            home.close();
        }
        // The pass that used them ended with the background work; a post under way finishes.
        posting.shutdown();
        database.close();
        log.info("Stopped");
    }

    /** In Socket Mode, counts the envelopes being handled so that a stop waits for them. */
    private static Middleware countedEnvelopes(InFlight inFlight) {
        return (request, response, chain) -> {
            if (!inFlight.enter()) {
                return chain.next(request);
            }
            try {
                return chain.next(request);
            } finally {
                inFlight.exit();
            }
        };
    }

    private static void closeQuietly(SocketModeApp socket) {
        try {
            socket.close();
        } catch (Exception e) {
            log.warn("Socket Mode did not close cleanly: {}", e.toString());
        }
    }
}
