package com.partnerbot.slack.workspaces;

import com.partnerbot.slack.charter.CharterListeners;
import com.partnerbot.workspaces.Installations;
import com.partnerbot.workspaces.OAuthStates;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.MultiTeamsAuthorization;
import com.slack.api.bolt.middleware.builtin.SingleTeamAuthorization;
import java.time.Clock;
import java.util.List;

/**
 * Bolt's app for one workspace or many, with {@link WorkspaceOrigin} placed just before its authorization middleware
 * (which replaces the request's team with its token's) and {@link WorkspaceBoundary} after Bolt's own, before the
 * listeners. The list is built when Bolt builds it, at the first request (or the first {@code app.use}), as before:
 * a bot token Slack refuses then is still answered plainly, and tried again with the next request.
 */
public final class WorkspaceApp extends App {
    private final WorkspaceOrigin origin;
    private final WorkspaceBoundary boundary;

    private WorkspaceApp(AppConfig config, WorkspaceOrigin origin, WorkspaceBoundary boundary) {
        super(config);
        this.origin = origin;
        this.boundary = boundary;
    }

    /** One workspace and its bot token: requests of any other are refused. */
    public static App oneWorkspace(AppConfig.AppConfigBuilder config, String botToken) {
        return new WorkspaceApp(
                OAuthInstall.oneToken(config, botToken).build(),
                WorkspaceOrigin.oneWorkspace(),
                WorkspaceBoundary.oneWorkspace(CharterListeners.PARTNER_ACTIONS));
    }

    /**
     * Many workspaces installed through Bolt's OAuth flow: each request is served with its own workspace's token, a
     * workspace not installed is refused quietly.
     */
    public static App manyWorkspaces(
            AppConfig.AppConfigBuilder config,
            OAuthInstall.Credentials credentials,
            Installations installations,
            OAuthStates states,
            Clock clock) {
        App app = new WorkspaceApp(
                OAuthInstall.manyWorkspaces(config, credentials).build(),
                WorkspaceOrigin.installedIn(installations),
                WorkspaceBoundary.manyWorkspaces(CharterListeners.PARTNER_ACTIONS));
        OAuthInstall.enable(app, installations, states, clock);
        return app;
    }

    @Override
    protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
        List<Middleware> middleware = super.buildDefaultMiddlewareList(config);
        int authorization = middleware.size();
        for (int i = 0; i < middleware.size(); i++) {
            if (middleware.get(i) instanceof SingleTeamAuthorization
                    || middleware.get(i) instanceof MultiTeamsAuthorization) {
                authorization = i;
                break;
            }
        }
        middleware.add(authorization, origin);
        middleware.add(boundary);
        return middleware;
    }
}
