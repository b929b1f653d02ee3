package com.partnerbot.slack.workspaces;

import static com.slack.api.bolt.middleware.MiddlewareOps.isNoAuthRequiredRequest;
import static com.slack.api.bolt.middleware.MiddlewareOps.isNoTokenRequiredRequest;

import com.partnerbot.workspaces.Installation;
import com.partnerbot.workspaces.Installations;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first middleware, before Bolt's authorization: keeps the request's own workspace ({@link RequestWorkspace})
 * before the authorization replaces it. With many workspaces it also refuses, quietly (an empty 200, nothing stored,
 * no call to Slack), a request from a workspace where the app is not installed: Slack may still send a few after an
 * uninstall. A workspace of an org-wide install is recorded, so later posts for it find the organization's token.
 */
public final class WorkspaceOrigin implements Middleware {
    private static final Logger log = LoggerFactory.getLogger(WorkspaceOrigin.class);

    private final Optional<Installations> installations;

    /** One bot token: keeps the workspace only. */
    public static WorkspaceOrigin oneWorkspace() {
        return new WorkspaceOrigin(Optional.empty());
    }

    /** Many workspaces: keeps the workspace and refuses those not installed. */
    public static WorkspaceOrigin installedIn(Installations installations) {
        return new WorkspaceOrigin(Optional.of(installations));
    }

    private WorkspaceOrigin(Optional<Installations> installations) {
        this.installations = installations;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (isNoAuthRequiredRequest(req.getRequestType())) {
            return chain.next(req);
        }
        RequestWorkspace workspace = RequestWorkspace.parsed(req);
        workspace.keep(req.getContext());
        if (installations.isEmpty() || isNoTokenRequiredRequest(req)) {
            return chain.next(req);
        }
        Optional<Installation> installation = installations.get().find(workspace.enterpriseId(), workspace.teamId());
        if (installation.isEmpty()) {
            log.debug(
                    "Ignored a {} from workspace {}, where Partnerbot is not installed",
                    req.getRequestType(),
                    workspace.teamId());
            return Response.ok();
        }
        if (installation.get().enterpriseInstall()) {
            installations.get().seen(workspace.teamId(), workspace.enterpriseId());
        }
        return chain.next(req);
    }
}
