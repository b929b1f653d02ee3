package com.partnerbot.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the bot reads from its environment, read once at start and validated. A mistake stops the program
 * with one line naming the variable and where its value comes from.
 *
 * <p>{@link #toString()} never shows a token or the signing secret, so a Settings value is safe to log.
 */
public record Settings(
        String botToken,
        Optional<String> signingSecret,
        Optional<String> appToken,
        String slackApiUrl,
        int port,
        String databaseUrl,
        Optional<Path> playbookFile) {

    public static final String DEFAULT_SLACK_API_URL = "https://slack.com/api/";
    public static final String DEFAULT_DATABASE_URL = "jdbc:sqlite:partnerbot.db";
    public static final int DEFAULT_PORT = 3000;

    private static final String BASIC_INFO = "Slack app settings > Basic Information";

    /** Reads and validates the variables; throws {@link ConfigException} on the first mistake. */
    public static Settings fromEnvironment(Map<String, String> env) {
        String botToken = required(
                env,
                "SLACK_BOT_TOKEN",
                "the Bot User OAuth Token (xoxb-...) from Slack app settings > OAuth & Permissions, after installing"
                        + " the app");
        if (!botToken.startsWith("xoxb-")) {
            throw new ConfigException("SLACK_BOT_TOKEN must be a bot token starting with xoxb-: copy the Bot User OAuth"
                    + " Token from Slack app settings > OAuth & Permissions");
        }
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
        return new Settings(
                botToken,
                signingSecret,
                appToken,
                slackApiUrl(optional(env, "SLACK_API_URL").orElse(DEFAULT_SLACK_API_URL)),
                port(optional(env, "PORT").orElse(String.valueOf(DEFAULT_PORT))),
                databaseUrl(optional(env, "DATABASE_URL").orElse(DEFAULT_DATABASE_URL)),
                optional(env, "PLAYBOOK_FILE").map(Path::of));
    }

    public boolean socketMode() {
        return appToken.isPresent();
    }

    private static String required(Map<String, String> env, String name, String where) {
        return optional(env, name).orElseThrow(() -> new ConfigException(name + " is not set: it is " + where + "."));
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static String slackApiUrl(String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null
                || uri.getHost() == null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
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
        if (!value.startsWith("jdbc:sqlite:")) {
            throw new ConfigException("DATABASE_URL must be a SQLite JDBC URL such as " + DEFAULT_DATABASE_URL
                    + " (a file path after jdbc:sqlite:)");
        }
        return value;
    }

    @Override
    public String toString() {
        return "Settings[mode=" + (socketMode() ? "socket" : "http") + ", slackApiUrl=" + slackApiUrl + ", port=" + port
                + ", databaseUrl=" + databaseUrl + ", playbookFile=" + playbookFile.orElse(null) + "]";
    }
}
