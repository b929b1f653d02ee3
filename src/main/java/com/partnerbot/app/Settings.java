package com.partnerbot.app;

import com.partnerbot.http.HttpServer;
import com.partnerbot.workspaces.TokenCipher;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the bot reads from its environment, read once at start and validated. A mistake stops the program
 * with one line naming the variable and where its value comes from.
 *
 * <p>One workspace with {@code SLACK_BOT_TOKEN} (the default), or many installed through Slack's OAuth flow when
 * {@code SLACK_CLIENT_ID} and {@code SLACK_CLIENT_SECRET} are set ({@link #oauth()}), never both.
 *
 * <p>{@link #toString()} never shows a token, a secret, a key or the database password, so a Settings value is safe
 * to log.
 *
 * @param databaseUser the PostgreSQL user ({@code DATABASE_USER}) when {@code DATABASE_URL} does not name one
 * @param databasePassword its password ({@code DATABASE_PASSWORD}), kept out of the URL and so out of the log
 */
public record Settings(
        Optional<String> botToken,
        Optional<String> signingSecret,
        Optional<String> appToken,
        String slackApiUrl,
        int port,
        String databaseUrl,
        Optional<Path> playbookFile,
        String logLevel,
        Optional<String> databaseUser,
        Optional<String> databasePassword,
        Optional<OAuth> oauth) {

    /**
     * Installing for many workspaces: the app's credentials, the secret that signs OAuth states, the key that
     * encrypts bot tokens at rest (base64 of 32 bytes) and, when the app has several redirect URLs, the one to use.
     * {@link #toString()} shows the client id only.
     */
    public record OAuth(
            String clientId, String clientSecret, String stateSecret, String tokenKey, Optional<String> redirectUri) {
        @Override
        public String toString() {
            return "OAuth[clientId=" + clientId + ", redirectUri=" + redirectUri.orElse(null) + "]";
        }
    }

    /** A state secret shorter than this is refused: it signs every install link. */
    static final int MIN_STATE_SECRET = 32;

    public static final String DEFAULT_SLACK_API_URL = "https://slack.com/api/";
    public static final String DEFAULT_DATABASE_URL = "jdbc:sqlite:partnerbot.db";
    public static final int DEFAULT_PORT = 3000;
    public static final String DEFAULT_LOG_LEVEL = "INFO";
    public static final List<String> LOG_LEVELS = List.of("DEBUG", "INFO", "WARN", "ERROR");

    private static final String BASIC_INFO = "Slack app settings > Basic Information";
    private static final String SQLITE = "jdbc:sqlite:";
    private static final String POSTGRESQL = "jdbc:postgresql:";

    /** Settings for one workspace and its bot token, whose database login, if any, is in the URL. */
    public Settings(
            String botToken,
            Optional<String> signingSecret,
            Optional<String> appToken,
            String slackApiUrl,
            int port,
            String databaseUrl,
            Optional<Path> playbookFile,
            String logLevel) {
        this(
                Optional.of(botToken),
                signingSecret,
                appToken,
                slackApiUrl,
                port,
                databaseUrl,
                playbookFile,
                logLevel,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** Settings for one workspace and its bot token, with the default log level. */
    public Settings(
            String botToken,
            Optional<String> signingSecret,
            Optional<String> appToken,
            String slackApiUrl,
            int port,
            String databaseUrl,
            Optional<Path> playbookFile) {
        this(botToken, signingSecret, appToken, slackApiUrl, port, databaseUrl, playbookFile, DEFAULT_LOG_LEVEL);
    }

    /** Reads and validates the variables; throws {@link ConfigException} on the first mistake. */
    public static Settings fromEnvironment(Map<String, String> env) {
        Optional<OAuth> oauth = oauth(env);
        Optional<String> botToken = oauth.isPresent() ? Optional.empty() : Optional.of(botToken(env));
        Optional<String> appToken = optional(env, "SLACK_APP_TOKEN");
        if (appToken.isPresent() && !appToken.get().startsWith("xapp-")) {
            throw new ConfigException("SLACK_APP_TOKEN must be an app-level token starting with xapp-: create one with"
                    + " the connections:write scope in " + BASIC_INFO + " > App-Level Tokens");
        }
        Optional<String> signingSecret = optional(env, "SLACK_SIGNING_SECRET");
        if (appToken.isEmpty() && signingSecret.isEmpty()) {
            throw new ConfigException("SLACK_SIGNING_SECRET is required in HTTP mode (no SLACK_APP_TOKEN set): copy the"
                    + " Signing Secret from " + BASIC_INFO + " > App Credentials");
        }
        if (signingSecret.isPresent() && !signingSecret.get().matches("[0-9a-fA-F]{16,128}")) {
            throw new ConfigException("SLACK_SIGNING_SECRET is not a signing secret (hexadecimal characters expected):"
                    + " copy the Signing Secret from " + BASIC_INFO + " > App Credentials");
        }
        if (oauth.isPresent() && appToken.isPresent()) {
            throw new ConfigException(
                    "SLACK_APP_TOKEN is set with SLACK_CLIENT_ID: installing for many workspaces needs"
                            + " HTTP mode (Slack sends each install to a public URL); unset SLACK_APP_TOKEN and set"
                            + " SLACK_SIGNING_SECRET");
        }
        return new Settings(
                botToken,
                signingSecret,
                appToken,
                slackApiUrl(optional(env, "SLACK_API_URL").orElse(DEFAULT_SLACK_API_URL)),
                port(optional(env, "PORT").orElse(String.valueOf(DEFAULT_PORT))),
                databaseUrl(optional(env, "DATABASE_URL").orElse(DEFAULT_DATABASE_URL)),
                optional(env, "PLAYBOOK_FILE").map(Path::of),
                logLevel(optional(env, "LOG_LEVEL").orElse(DEFAULT_LOG_LEVEL)),
                optional(env, "DATABASE_USER"),
                Optional.ofNullable(env.get("DATABASE_PASSWORD")).filter(p -> !p.isEmpty()),
                oauth);
    }

    private static String botToken(Map<String, String> env) {
        String botToken = required(
                env,
                "SLACK_BOT_TOKEN",
                "the Bot User OAuth Token (xoxb-...) from Slack app settings > OAuth & Permissions, after installing"
                        + " the app");
        if (!botToken.startsWith("xoxb-")) {
            throw new ConfigException("SLACK_BOT_TOKEN must be a bot token starting with xoxb-: copy the Bot User OAuth"
                    + " Token from Slack app settings > OAuth & Permissions");
        }
        return botToken;
    }

    /** The OAuth settings when {@code SLACK_CLIENT_ID} or {@code SLACK_CLIENT_SECRET} is set; each checked. */
    private static Optional<OAuth> oauth(Map<String, String> env) {
        Optional<String> clientId = optional(env, "SLACK_CLIENT_ID");
        Optional<String> clientSecret = optional(env, "SLACK_CLIENT_SECRET");
        if (clientId.isEmpty() && clientSecret.isEmpty()) {
            return Optional.empty();
        }
        String credentials = BASIC_INFO + " > App Credentials";
        if (clientId.isEmpty()) {
            throw new ConfigException("SLACK_CLIENT_ID is not set, but SLACK_CLIENT_SECRET is: copy the Client ID from "
                    + credentials + " (or unset SLACK_CLIENT_SECRET to run for one workspace)");
        }
        if (clientSecret.isEmpty()) {
            throw new ConfigException("SLACK_CLIENT_SECRET is not set, but SLACK_CLIENT_ID is: copy the Client Secret"
                    + " from " + credentials + " (or unset SLACK_CLIENT_ID to run for one workspace)");
        }
        if (optional(env, "SLACK_BOT_TOKEN").isPresent()) {
            throw new ConfigException(
                    "SLACK_BOT_TOKEN is set with SLACK_CLIENT_ID: choose one workspace (SLACK_BOT_TOKEN)"
                            + " or many installed through /slack/install (SLACK_CLIENT_ID and SLACK_CLIENT_SECRET); unset the"
                            + " other");
        }
        String stateSecret = required(
                env,
                "SLACK_STATE_SECRET",
                "a random secret of at least " + MIN_STATE_SECRET + " characters that signs install links, e.g. the"
                        + " output of `openssl rand -hex 32`; it is needed with SLACK_CLIENT_ID");
        if (stateSecret.length() < MIN_STATE_SECRET) {
            throw new ConfigException("SLACK_STATE_SECRET is too short: " + stateSecret.length() + " characters, at"
                    + " least " + MIN_STATE_SECRET + " needed (e.g. the output of `openssl rand -hex 32`)");
        }
        String tokenKey = required(
                env,
                "PARTNERBOT_TOKEN_KEY",
                "the key that encrypts each workspace's bot token in the database: 32 random bytes in base64, e.g. the"
                        + " output of `openssl rand -base64 32`; it is needed with SLACK_CLIENT_ID");
        try {
            TokenCipher.fromBase64(tokenKey);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("PARTNERBOT_TOKEN_KEY " + e.getMessage() + ": it must be 32 random bytes in"
                    + " base64, e.g. the output of `openssl rand -base64 32`");
        }
        return Optional.of(new OAuth(
                clientId.get(),
                clientSecret.get(),
                stateSecret,
                tokenKey,
                optional(env, "SLACK_REDIRECT_URI").map(Settings::redirectUri)));
    }

    /** An https URL (http for a local test) whose path is {@link HttpServer#OAUTH_REDIRECT_PATH}, where the bot serves it. */
    private static String redirectUri(String value) {
        if (!httpUrl(value)
                .map(URI::getPath)
                .filter(HttpServer.OAUTH_REDIRECT_PATH::equals)
                .isPresent()) {
            throw new ConfigException("SLACK_REDIRECT_URI must be the bot's public address followed by "
                    + HttpServer.OAUTH_REDIRECT_PATH + ", e.g. https://partnerbot.example.com"
                    + HttpServer.OAUTH_REDIRECT_PATH
                    + ", as listed under Redirect URLs in Slack app settings > OAuth & Permissions");
        }
        return value;
    }

    public boolean socketMode() {
        return appToken.isPresent();
    }

    /** True when workspaces install the app through {@code /slack/install} instead of one {@code SLACK_BOT_TOKEN}. */
    public boolean manyWorkspaces() {
        return oauth.isPresent();
    }

    /**
     * The SQLite file, absolute (a relative one is relative to the working folder); empty for an in-memory
     * database.
     */
    public Optional<Path> databaseFile() {
        return databaseUrl.startsWith(SQLITE) ? databaseFile(databaseUrl) : Optional.empty();
    }

    /**
     * The database as the log shows it: the SQLite file, absolute, or the PostgreSQL URL without its parameters (a
     * password may be among them).
     */
    public String databaseShown() {
        if (databaseUrl.startsWith(SQLITE)) {
            return databaseFile().map(Path::toString).orElse(databaseUrl);
        }
        int query = databaseUrl.indexOf('?');
        return query < 0 ? databaseUrl : databaseUrl.substring(0, query);
    }

    /** {@code text} with the database password, wherever it was given, replaced by {@code ***}. */
    public String withoutDatabasePassword(String text) {
        String shown = text;
        List<String> passwords = new java.util.ArrayList<>();
        databasePassword.ifPresent(passwords::add);
        urlPassword(databaseUrl).ifPresent(p -> {
            passwords.add(p);
            passwords.add(URLDecoder.decode(p, StandardCharsets.UTF_8));
        });
        for (String password : passwords) {
            if (!password.isEmpty()) {
                shown = shown.replace(password, "***");
            }
        }
        return shown;
    }

    /** The {@code password} parameter of a JDBC URL, as written in it. */
    private static Optional<String> urlPassword(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        for (String parameter : url.substring(query + 1).split("&")) {
            if (parameter.startsWith("password=")) {
                return Optional.of(parameter.substring("password=".length()));
            }
        }
        return Optional.empty();
    }

    private static String required(Map<String, String> env, String name, String where) {
        return optional(env, name).orElseThrow(() -> new ConfigException(name + " is not set: it is " + where + "."));
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** The URL when it is one, with a host, over http or https. */
    private static Optional<URI> httpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    ? Optional.of(uri)
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String slackApiUrl(String value) {
        if (httpUrl(value).isEmpty()) {
            throw new ConfigException("SLACK_API_URL must be an http(s) URL such as " + DEFAULT_SLACK_API_URL
                    + " (leave it unset for Slack; GovSlack workspaces use their own)");
        }
        return value.endsWith("/") ? value : value + "/";
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException("PORT must be a number from 0 to 65535, not \"" + value + "\"");
    }

    private static String databaseUrl(String value) {
        if (value.startsWith(POSTGRESQL)) {
            return value;
        }
        if (!value.startsWith(SQLITE)) {
            throw new ConfigException("DATABASE_URL must be a SQLite JDBC URL such as " + DEFAULT_DATABASE_URL
                    + " (a file path after jdbc:sqlite:) or a PostgreSQL one such as"
                    + " jdbc:postgresql://db.example.com:5432/partnerbot");
        }
        Optional<Path> file;
        try {
            file = databaseFile(value);
        } catch (InvalidPathException e) {
            throw new ConfigException("DATABASE_URL does not name a file: " + e.getMessage());
        }
        Path folder = file.map(Path::getParent).orElse(null);
        if (folder != null && !Files.isDirectory(folder)) {
            throw new ConfigException("DATABASE_URL points into the folder " + folder
                    + ", which does not exist: create it, or change DATABASE_URL");
        }
        return value;
    }

    /** The file of a {@code jdbc:sqlite:} URL, as the driver reads it: the path up to any {@code ?}. */
    private static Optional<Path> databaseFile(String url) {
        String rest = url.substring(SQLITE.length());
        int query = rest.indexOf('?');
        String path = query < 0 ? rest : rest.substring(0, query);
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        if (path.isEmpty() || path.startsWith(":memory:") || path.startsWith(":resource:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(path).toAbsolutePath().normalize());
    }

    /** Logback reads {@code LOG_LEVEL} itself; this says no to a value it would quietly replace with DEBUG. */
    private static String logLevel(String value) {
        String level = value.toUpperCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(level)) {
            throw new ConfigException("LOG_LEVEL must be one of " + String.join(", ", LOG_LEVELS) + ", not \"" + value
                    + "\" (leave it unset for INFO)");
        }
        return level;
    }

    @Override
    public String toString() {
        return "Settings[mode=" + (socketMode() ? "socket" : "http") + (manyWorkspaces() ? ", " + oauth.get() : "")
                + ", slackApiUrl=" + slackApiUrl + ", port=" + port
                + ", database=" + databaseShown()
                + databaseUser.map(u -> " as " + u).orElse("") + ", playbookFile=" + playbookFile.orElse(null)
                + ", logLevel="
                + logLevel
                + "]";
    }
}
