package com.partnerbot.slack.workspaces;

import com.partnerbot.workspaces.OAuthStates;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.builtin.oauth.view.OAuthInstallPageRenderer;
import com.slack.api.bolt.service.builtin.oauth.view.OAuthRedirectUriPageRenderer;

/**
 * The plain pages of the install: the "Add to Slack" page, the page after Slack sends the browser back, and what went
 * wrong in plain words (an expired or used link, an install cancelled in Slack, Slack refusing the exchange, a failure
 * on our side). Nothing on them comes from the request unescaped.
 */
public final class InstallPages implements OAuthInstallPageRenderer, OAuthRedirectUriPageRenderer {
    /** Why an install failed, as {@link #renderFailurePage} takes it: the state was unknown, used or too old. */
    public static final String INVALID_STATE = "invalid_state";

    /** Slack's answer when the person chose Cancel instead of Allow. */
    public static final String ACCESS_DENIED = "access_denied";

    /** Something failed on our side (the database, reaching Slack); said without details. */
    public static final String OUR_SIDE = "partnerbot_failed";

    private final String installPath;

    public InstallPages(String installPath) {
        this.installPath = installPath;
    }

    @Override
    public String render(String authorizeUrl) {
        return page(
                "Add Partnerbot to Slack",
                "<p>Partnerbot puts your partnership playbook inside Slack: <code>/partner new</code> qualifies a"
                        + " partnership, and its verdicts, charter and reminders go to the partnership's channel. Each"
                        + " workspace that installs it sees only its own partnerships.</p>"
                        + "<p><a class=\"button\" href=\"" + escape(authorizeUrl) + "\">Add to Slack</a></p>"
                        + "<p class=\"small\">This link works once, in this browser, for the next "
                        + OAuthStates.LIFETIME.toMinutes() + " minutes.</p>");
    }

    @Override
    public String renderSuccessPage(Installer installer, String completionUrl) {
        String where = "your workspace";
        if (installer instanceof DefaultInstaller named) {
            where = named.getTeamName() != null
                    ? named.getTeamName()
                    : named.getEnterpriseName() != null ? named.getEnterpriseName() : where;
        }
        String open = installer == null || installer.getTeamId() == null
                ? "https://slack.com/"
                : "https://app.slack.com/client/" + installer.getTeamId();
        return page(
                "Partnerbot is installed",
                "<p>Partnerbot is installed in " + escape(where) + ". Type <code>/partner help</code> in any channel"
                        + " to begin; invite it to private channels with <code>/invite @Partnerbot</code>.</p>"
                        + "<p><a href=\"" + escape(open) + "\">Open Slack</a></p>");
    }

    @Override
    public String renderFailurePage(String installPath, String reason) {
        String again = "<p><a href=\"" + escape(this.installPath) + "\">Start again</a></p>";
        String code = reason == null ? "" : reason;
        if (INVALID_STATE.equals(code)) {
            return page(
                    "This install link has expired or was already used",
                    "<p>Nothing was installed. Each install link works once, in the browser that opened the install"
                            + " page, for " + OAuthStates.LIFETIME.toMinutes() + " minutes.</p>" + again);
        }
        if (ACCESS_DENIED.equals(code)) {
            return page(
                    "The install was cancelled",
                    "<p>Nothing was installed: Slack says the permissions were not granted. You can start again"
                            + " whenever you like.</p>" + again);
        }
        if (code.matches("[a-z_]{1,50}") && !OUR_SIDE.equals(code)) {
            return page(
                    "Slack did not complete the install",
                    "<p>Nothing was installed: Slack answered <code>" + escape(code) + "</code>. Try again; if it"
                            + " keeps failing, ask whoever runs Partnerbot to check the app's Client ID, Client"
                            + " Secret and Redirect URL.</p>" + again);
        }
        return page(
                "The install could not be completed",
                "<p>Something went wrong on our side and nothing was installed. Try again in a moment; if it keeps"
                        + " failing, the bot's log says why.</p>" + again);
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
                + "</title>\n<style>body{font-family:system-ui,sans-serif;max-width:36em;margin:3em auto;"
                + "padding:0 1em;line-height:1.5;color:#1d1c1d}.button{display:inline-block;padding:.6em 1.2em;"
                + "background:#1d4e89;color:#fff;border-radius:4px;text-decoration:none}.small{color:#616061;"
                + "font-size:.9em}</style>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n" + body
                + "\n</body>\n</html>\n";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
