package com.partnerbot.slack.workspaces;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.EventRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * The workspace a request comes from as its payload names it, read before Bolt's authorization replaces the team id
 * in the request's context with its token's (one bot token), and kept in that context for the listeners' guard.
 *
 * <p>Bolt parses it the way Slack means it: a slash command's {@code team_id}; an action's {@code team.id} (the
 * workspace that posted the message, also when a Slack Connect partner clicks it); a view's {@code
 * app_installed_team_id}; an event's installation ({@code authorizations}). An event of an org-wide install names no
 * team there; then it is the event's {@code team_id}.
 */
public record RequestWorkspace(String teamId, String enterpriseId) {
    static final String TEAM = "partnerbot.request_team_id";
    static final String ENTERPRISE = "partnerbot.request_enterprise_id";
    static final String PARTNER_TEAM = "partnerbot.partner_team_id";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** As Bolt parsed it from the payload; call before the authorization middleware runs. */
    static RequestWorkspace parsed(Request<?> request) {
        Context context = request.getContext();
        String team = context.getTeamId();
        if (team == null && request instanceof EventRequest event) {
            team = topLevelTeam(event.getRequestBodyAsString());
        }
        return new RequestWorkspace(team, context.getEnterpriseId());
    }

    /** Keeps it in the request's context, where {@link #kept} finds it after the authorization. */
    void keep(Context context) {
        context.getAdditionalValues().put(TEAM, teamId);
        context.getAdditionalValues().put(ENTERPRISE, enterpriseId);
    }

    static Optional<RequestWorkspace> kept(Context context) {
        if (!context.getAdditionalValues().containsKey(TEAM)) {
            return Optional.empty();
        }
        return Optional.of(new RequestWorkspace(
                context.getAdditionalValues().get(TEAM),
                context.getAdditionalValues().get(ENTERPRISE)));
    }

    /**
     * The partner's own workspace when the request is a click of a Slack Connect partner on the host's message, let
     * through for what a partner may do there; empty for the host's own people.
     */
    public static Optional<String> partnerTeam(Context context) {
        return Optional.ofNullable(context.getAdditionalValues().get(PARTNER_TEAM));
    }

    /** True when {@code userTeamId} is another workspace than this one (nor its organization). */
    boolean isOutside(String userTeamId) {
        return userTeamId != null
                && !userTeamId.isEmpty()
                && !userTeamId.equals(teamId)
                && !userTeamId.equals(enterpriseId);
    }

    private static String topLevelTeam(String body) {
        try {
            JsonNode team = JSON.readTree(body).path("team_id");
            return team.isTextual() ? team.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
