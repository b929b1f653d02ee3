package com.partnerbot.slack.workspaces;

import com.partnerbot.workspaces.Installations;
import com.partnerbot.workspaces.OAuthStates;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.builtin.OAuthCallbackRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.builtin.oauth.OAuthV2AccessErrorHandler;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's OAuth flow, configured: the install path ({@code GET /slack/install}) shows the "Add to Slack" page with a
 * fresh state (also in a cookie of that browser), the redirect path ({@code GET /slack/oauth_redirect}) checks the
 * state, exchanges Slack's code with {@code oauth.v2.access} and stores the installation. Bolt runs the flow; this class gives it our store, our state check
 * and plain pages, and keeps codes and tokens out of the log.
 */
public final class OAuthInstall {
    /**
     * The bot scopes an install asks for: those of {@code manifest.yml} (a test keeps the two the same), so that a
     * workspace installed here can do all that one set up from the manifest can.
     */
    public static final List<String> BOT_SCOPES = List.of(
            "commands",
            "chat:write",
            "chat:write.public",
            "channels:join",
            "channels:history",
            "groups:history",
            "im:history",
            "im:write",
            "users:read",
            "files:write");

    private static final Logger log = LoggerFactory.getLogger(OAuthInstall.class);

    private OAuthInstall() {}

    /**
     * One bot token, and no OAuth whatever {@code SLACK_CLIENT_ID} the environment holds ({@link AppConfig} would
     * otherwise read it and switch to many workspaces).
     */
    static AppConfig.AppConfigBuilder oneToken(AppConfig.AppConfigBuilder config, String botToken) {
        return config.singleTeamBotToken(botToken)
                .clientId(null)
                .clientSecret(null)
                .redirectUri(null)
                .scope(null)
                .userScope(null);
    }

    /** The paths the HTTP server serves the flow at. */
    public record Paths(String install, String redirect) {}

    /**
     * The app's OAuth credentials, the redirect URL when the app has several, and where the flow is served. {@link
     * #toString()} leaves the secret out.
     */
    public record Credentials(String clientId, String clientSecret, Optional<String> redirectUri, Paths paths) {
        @Override
        public String toString() {
            return "Credentials[clientId=" + clientId + ", redirectUri=" + redirectUri.orElse(null) + "]";
        }
    }

    /** Many workspaces: the app's credentials, the bot scopes, our paths and pages; no single token. */
    static AppConfig.AppConfigBuilder manyWorkspaces(AppConfig.AppConfigBuilder config, Credentials credentials) {
        Paths paths = credentials.paths();
        InstallPages pages = new InstallPages(paths.install());
        return config.singleTeamBotToken(null)
                .clientId(credentials.clientId())
                .clientSecret(credentials.clientSecret())
                .redirectUri(credentials.redirectUri().orElse(null))
                .scope(String.join(",", BOT_SCOPES))
                .userScope(null)
                .oauthInstallPath(paths.install())
                .oauthRedirectUriPath(paths.redirect())
                .oauthCompletionUrl(null)
                .oauthCancellationUrl(null)
                .stateValidationEnabled(true)
                .oAuthInstallPageRenderingEnabled(true)
                .oAuthInstallPageRenderer(pages)
                .oAuthRedirectUriPageRenderer(pages);
    }

    /** Turns the flow on for {@code app}, with our installation store, state check and failure pages. */
    static void enable(App app, Installations installations, OAuthStates states, Clock clock) {
        String installPath = app.config().getOauthInstallPath();
        InstallPages pages = new InstallPages(installPath);
        app.asOAuthApp(true);
        app.service(new DatabaseOAuthStateService(states));
        // Also makes Bolt's own success handler save into this store.
        app.service(new JdbiInstallationService(installations, clock));
        app.oauthCallbackStateError((request, response) -> {
            log.info("Refused an install: its state is unknown, already used or expired");
            return page(response, 400, pages.renderFailurePage(installPath, InstallPages.INVALID_STATE));
        });
        app.oauthCallbackError((request, response) -> {
            String error = code(request.getPayload().getError());
            log.info("An install was not completed in Slack: {}", error);
            return page(response, 200, pages.renderFailurePage(installPath, error));
        });
        app.oauthCallbackAccessError((OAuthV2AccessErrorHandler) (request, response, answer) -> {
            String error = code(answer.getError());
            log.warn("Slack refused the install's code exchange (oauth.v2.access): {}", error);
            return page(response, 502, pages.renderFailurePage(installPath, error));
        });
        app.oauthCallbackException((OAuthCallbackRequest request, Response response, Exception e) -> {
            boolean slack = e instanceof IOException || e instanceof SlackApiException;
            log.warn("An install failed: {}", e.getClass().getSimpleName());
            return page(response, slack ? 502 : 503, pages.renderFailurePage(installPath, InstallPages.OUR_SIDE));
        });
        app.oauthPersistenceErrorCallback(args -> {
            log.error("An install could not be stored", args.getError());
            page(args.getResponse(), 503, pages.renderFailurePage(installPath, InstallPages.OUR_SIDE));
        });
    }

    /** Slack's error code, or a stand-in when it is none of Slack's shape (it comes from the browser's URL). */
    private static String code(String error) {
        return error != null && error.matches("[a-z_]{1,50}") ? error : "unknown_error";
    }

    private static Response page(Response response, int status, String html) {
        response.setStatusCode(status);
        response.setContentType("text/html; charset=utf-8");
        response.setBody(html);
        return response;
    }
}
