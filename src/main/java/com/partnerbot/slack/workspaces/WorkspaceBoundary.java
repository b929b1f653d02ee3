package com.partnerbot.slack.workspaces;

import static com.slack.api.bolt.middleware.MiddlewareOps.isNoAuthRequiredRequest;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last middleware before the listeners: the request's own workspace is the one every listener reads.
 *
 * <ul>
 *   <li>With one bot token, a request from any other workspace than the token's (another organization for an org-wide
 *       token) is refused and nothing is stored: a slash command is told so privately, anything else gets an empty
 *       acknowledgement. Bolt would otherwise have given it the token's workspace.
 *   <li>The context's team is set back to the request's own (Bolt sets the token's, or none for an event of an
 *       org-wide install), so every id that comes back from Slack is looked up in the request's workspace.
 *   <li>A Slack Connect partner, a person of another workspace clicking the host's message in a channel shared with
 *       theirs, may do there what a partner does ({@code partnerActions}: sign, tick): it acts on the host's data,
 *       and listeners see {@link RequestWorkspace#partnerTeam}. Any other button or form of theirs is refused
 *       plainly.
 * </ul>
 */
public final class WorkspaceBoundary implements Middleware {
    static final String ANOTHER_WORKSPACE = "This Partnerbot is installed for another workspace, so it can't work"
            + " here and nothing was done. Ask your Slack admin to install Partnerbot in this workspace.";
    static final String PARTNERS_MAY = "As the partner in this shared channel you can sign the charter and tick"
            + " checklist items; this button is for the people of the workspace that runs Partnerbot, so nothing"
            + " changed.";

    private static final Logger log = LoggerFactory.getLogger(WorkspaceBoundary.class);

    private final boolean oneToken;
    private final Set<String> partnerActions;

    private WorkspaceBoundary(boolean oneToken, Set<String> partnerActions) {
        this.oneToken = oneToken;
        this.partnerActions = Set.copyOf(partnerActions);
    }

    /** One bot token: requests of other workspaces are refused. */
    public static WorkspaceBoundary oneWorkspace(Set<String> partnerActions) {
        return new WorkspaceBoundary(true, partnerActions);
    }

    /** Many workspaces: Bolt's authorization has found the request's installation. */
    public static WorkspaceBoundary manyWorkspaces(Set<String> partnerActions) {
        return new WorkspaceBoundary(false, partnerActions);
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (isNoAuthRequiredRequest(req.getRequestType())) {
            return chain.next(req);
        }
        Context context = req.getContext();
        RequestWorkspace workspace = RequestWorkspace.kept(context)
                .orElseThrow(() -> new IllegalStateException("WorkspaceOrigin runs before Bolt's authorization"));
        AuthTestResponse token = context.getAuthTestResponse();
        if (oneToken && token != null && !covers(token, workspace)) {
            log.info(
                    "Refused a {} from workspace {}: the bot token is for {}",
                    req.getRequestType(),
                    workspace.teamId(),
                    token.isEnterpriseInstall() ? token.getEnterpriseId() : token.getTeamId());
            return req.getRequestType() == RequestType.Command
                    ? Response.json(200, Map.of("response_type", "ephemeral", "text", ANOTHER_WORKSPACE))
                    : Response.ok();
        }
        context.setTeamId(workspace.teamId());
        if (workspace.enterpriseId() != null) {
            context.setEnterpriseId(workspace.enterpriseId());
        }
        if (req instanceof BlockActionRequest action) {
            return partnerAction(action, workspace, chain);
        }
        if (req instanceof ViewSubmissionRequest submission
                && workspace.isOutside(submission.getPayload().getUser().getTeamId())) {
            log.info(
                    "Refused a form submitted from workspace {}",
                    submission.getPayload().getUser().getTeamId());
            ViewSubmissionContext ctx = submission.getContext();
            return ctx.ack(r -> r.responseAction("update").view(view(v -> v.type("modal")
                    .title(viewTitle(t -> t.type("plain_text").text("Partnerbot")))
                    .close(viewClose(t -> t.type("plain_text").text("Close")))
                    .blocks(List.of(section(s -> s.text(markdownText(PARTNERS_MAY))))))));
        }
        return chain.next(req);
    }

    /** The token serves this workspace: the same team, or for an org-wide token, the same organization. */
    static boolean covers(AuthTestResponse token, RequestWorkspace workspace) {
        if (token.isEnterpriseInstall()) {
            return token.getEnterpriseId() != null && token.getEnterpriseId().equals(workspace.enterpriseId());
        }
        return token.getTeamId() != null && token.getTeamId().equals(workspace.teamId());
    }

    private Response partnerAction(BlockActionRequest req, RequestWorkspace workspace, MiddlewareChain chain)
            throws Exception {
        BlockActionPayload payload = req.getPayload();
        String userTeam = payload.getUser() == null ? null : payload.getUser().getTeamId();
        if (!workspace.isOutside(userTeam)) {
            return chain.next(req);
        }
        String actionId = payload.getActions() == null || payload.getActions().isEmpty()
                ? null
                : payload.getActions().get(0).getActionId();
        if (partnerActions.contains(actionId) && onChannelMessage(payload)) {
            req.getContext().getAdditionalValues().put(RequestWorkspace.PARTNER_TEAM, userTeam);
            return chain.next(req);
        }
        log.info("Refused {} clicked by a person of workspace {} in {}", actionId, userTeam, workspace.teamId());
        ActionContext ctx = req.getContext();
        if (payload.getResponseUrl() != null) {
            try {
                ctx.respond(
                        r -> r.responseType("ephemeral").replaceOriginal(false).text(PARTNERS_MAY));
            } catch (IOException e) {
                log.info("Could not tell the partner why: {}", e.toString());
            }
        }
        return ctx.ack();
    }

    /** A message posted in a channel, not a modal, the Home tab or a private (ephemeral) answer. */
    private static boolean onChannelMessage(BlockActionPayload payload) {
        BlockActionPayload.Container container = payload.getContainer();
        return container != null
                && "message".equals(container.getType())
                && !container.isEphemeral()
                && Optional.ofNullable(payload.getChannel()).isPresent();
    }
}
