package com.partnerbot.app;

import java.util.List;

/**
 * What {@code java -jar partnerbot.jar --help} prints: the commands, every environment variable (the same table as
 * the README's Configuration section) and the exit codes.
 */
final class Usage {
    /** One environment variable: its name, whether it is required, its default and what it is. */
    record Variable(String name, String required, String defaultValue, String meaning) {}

    static final List<Variable> VARIABLES = List.of(
            new Variable(
                    "SLACK_BOT_TOKEN",
                    "for one workspace",
                    "",
                    "Bot User OAuth Token, xoxb-... (Slack app settings > OAuth & Permissions)"),
            new Variable(
                    "SLACK_APP_TOKEN",
                    "for Socket Mode",
                    "",
                    "app-level token with connections:write, xapp-... (Basic Information > App-Level Tokens)."
                            + " Set: Socket Mode. Unset: HTTP mode"),
            new Variable(
                    "SLACK_SIGNING_SECRET", "in HTTP mode", "", "Basic Information > App Credentials > Signing Secret"),
            new Variable(
                    "SLACK_CLIENT_ID",
                    "for many workspaces",
                    "",
                    "Basic Information > App Credentials > Client ID. Set (with SLACK_CLIENT_SECRET, instead of"
                            + " SLACK_BOT_TOKEN): workspaces install the app at /slack/install"),
            new Variable(
                    "SLACK_CLIENT_SECRET",
                    "for many workspaces",
                    "",
                    "Basic Information > App Credentials > Client Secret"),
            new Variable(
                    "SLACK_STATE_SECRET",
                    "for many workspaces",
                    "",
                    "at least 32 random characters that sign install links (openssl rand -hex 32)"),
            new Variable(
                    "PARTNERBOT_TOKEN_KEY",
                    "for many workspaces",
                    "",
                    "32 random bytes in base64 that encrypt the bot tokens in the database (openssl rand -base64 32);"
                            + " keep it: tokens stored under another key do not open"),
            new Variable(
                    "SLACK_REDIRECT_URI",
                    "no",
                    "",
                    "https://YOUR-HOST/slack/oauth_redirect, when the app lists several Redirect URLs"),
            new Variable(
                    "SLACK_API_URL",
                    "no",
                    Settings.DEFAULT_SLACK_API_URL,
                    "Web API base URL; GovSlack workspaces use their own"),
            new Variable(
                    "PORT",
                    "no",
                    String.valueOf(Settings.DEFAULT_PORT),
                    "HTTP port: /health in both modes, /slack/events in HTTP mode"),
            new Variable(
                    "DATABASE_URL",
                    "no",
                    Settings.DEFAULT_DATABASE_URL,
                    "SQLite file, relative to the working folder; its folder must exist. Or PostgreSQL:"
                            + " jdbc:postgresql://HOST:5432/DATABASE"),
            new Variable(
                    "DATABASE_USER", "no", "", "PostgreSQL: the user, when DATABASE_URL does not name one (user=...)"),
            new Variable(
                    "DATABASE_PASSWORD",
                    "no",
                    "",
                    "PostgreSQL: the user's password, kept out of DATABASE_URL and never logged"),
            new Variable(
                    "PLAYBOOK_FILE",
                    "no",
                    "the built-in playbook",
                    "your team's playbook; an invalid file stops the bot with every problem listed"),
            new Variable(
                    "LOG_LEVEL",
                    "no",
                    Settings.DEFAULT_LOG_LEVEL,
                    String.join(", ", Settings.LOG_LEVELS) + " (any case)"));

    private Usage() {}

    static String text() {
        StringBuilder text = new StringBuilder();
        line(text, "Partnerbot: a partnership playbook inside Slack.");
        line(text, "");
        line(text, "Usage:");
        line(text, "  java -jar partnerbot.jar                       start the bot, set up by the variables below");
        line(text, "  java -jar partnerbot.jar playbook export       print the built-in playbook as YAML");
        line(text, "  java -jar partnerbot.jar playbook check FILE   check a playbook file; exit 0 if valid, 1 if not");
        line(text, "  java -jar partnerbot.jar --help                this help (also -h, help)");
        line(text, "");
        line(text, "Environment variables:");
        line(text, String.format("  %-21s %-19s %-26s %s", "name", "required", "default", "what it is"));
        for (Variable variable : VARIABLES) {
            line(
                    text,
                    String.format(
                            "  %-21s %-19s %-26s %s",
                            variable.name(),
                            variable.required(),
                            variable.defaultValue().isEmpty() ? "-" : variable.defaultValue(),
                            variable.meaning()));
        }
        line(text, "");
        line(text, "Start: the variables are checked, then the playbook; then PORT is opened, the database opened");
        line(text, "and migrated, SLACK_BOT_TOKEN checked with Slack (auth.test; while Slack cannot be reached it");
        line(text, "is tried again after 1, 2, 4 ... up to 60 seconds), and only then the reminders and Socket Mode");
        line(text, "start. \"Partnerbot is up\" is logged when all of it is done. With SLACK_CLIENT_ID there is no");
        line(text, "token to check: each workspace's comes with its install.");
        line(text, "");
        line(text, "Exit codes: 0 done (help, export, a valid playbook); 1 a playbook check found problems, or an");
        line(text, "unexpected failure; 2 a configuration mistake, told in one line starting \"partnerbot:\" (an");
        line(text, "invalid playbook lists every problem).");
        return text.toString();
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append(System.lineSeparator());
    }
}
