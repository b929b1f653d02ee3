package com.partnerbot.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Slack's side of several workspaces, for {@link SlackStub}: the OAuth code exchange ({@code oauth.v2.access}) that
 * installs the app in a workspace and grants its bot token, and which workspace each granted token belongs to ({@code
 * auth.test} answers with it). Answers have Slack's shapes ({@code oauth.v2.access.json} in Slack's samples) and
 * errors: a wrong client id or secret, a code that is unknown or already used.
 */
public final class StubWorkspaces {
    /**
     * A workspace, or for {@code orgWide} an Enterprise Grid organization installing for all its workspaces (then
     * {@code teamId} is empty and {@code enterpriseId} names it).
     */
    public record Workspace(
            Optional<String> teamId, String name, Optional<String> enterpriseId, boolean orgWide, String botUserId) {

        public static Workspace team(String teamId, String name) {
            return new Workspace(Optional.of(teamId), name, Optional.empty(), false, "U" + teamId + "BOT");
        }

        public static Workspace orgWide(String enterpriseId, String name) {
            return new Workspace(Optional.empty(), name, Optional.of(enterpriseId), true, "W" + enterpriseId + "BOT");
        }
    }

    private record Grant(String token, Workspace workspace, String installerUserId) {}

    private final ObjectMapper json;
    private final Map<String, Grant> codes = new HashMap<>();
    private final Set<String> usedCodes = new HashSet<>();
    private final Map<String, Workspace> tokens = new HashMap<>();
    private String clientId;
    private String clientSecret;

    StubWorkspaces(ObjectMapper json) {
        this.json = json;
    }

    /** The app's credentials, which {@code oauth.v2.access} expects in its Basic authorization. */
    public synchronized StubWorkspaces client(String clientId, String clientSecret) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        return this;
    }

    /** Slack will exchange {@code code} for an install of {@code workspace} by {@code installerUserId}, with token. */
    public synchronized StubWorkspaces code(String code, String token, Workspace workspace, String installerUserId) {
        codes.put(code, new Grant(token, workspace, installerUserId));
        return this;
    }

    /** The token stops working, as after an uninstall. */
    public synchronized void revoke(String token) {
        tokens.remove(token);
    }

    synchronized boolean knows(String token) {
        return tokens.containsKey(token);
    }

    /** {@code auth.test} for a granted token: its workspace (its organization's id for an org-wide install). */
    synchronized Optional<ObjectNode> authTest(String token) {
        Workspace w = tokens.get(token);
        if (w == null) {
            return Optional.empty();
        }
        String team = w.orgWide() ? w.enterpriseId().orElseThrow() : w.teamId().orElseThrow();
        ObjectNode answer = json.createObjectNode()
                .put("ok", true)
                .put("url", "https://" + team.toLowerCase() + ".slack.com/")
                .put("team", w.name())
                .put("user", SlackStub.BOT_USER_NAME)
                .put("team_id", team)
                .put("user_id", w.botUserId())
                .put("bot_id", "B" + team)
                .put("app_id", SlackStub.APP_ID)
                .put("is_enterprise_install", w.orgWide());
        w.enterpriseId().ifPresent(e -> answer.put("enterprise_id", e));
        return Optional.of(answer);
    }

    /** {@code oauth.v2.access}: the client's Basic credentials and a code issued once. */
    synchronized ObjectNode exchange(ObjectNode args, String authorization) {
        if (!(clientId + ":" + clientSecret).equals(basic(authorization))) {
            return error(
                    clientId != null && basic(authorization).startsWith(clientId + ":")
                            ? "bad_client_secret"
                            : "invalid_client_id");
        }
        String code = args.path("code").asText("");
        Grant grant = codes.get(code);
        if (grant == null || !usedCodes.add(code)) {
            return error("invalid_code");
        }
        tokens.put(grant.token(), grant.workspace());
        Workspace w = grant.workspace();
        ObjectNode answer = json.createObjectNode()
                .put("ok", true)
                .put("app_id", SlackStub.APP_ID)
                .put("scope", args.path("scope").asText("commands,chat:write"))
                .put("token_type", "bot")
                .put("access_token", grant.token())
                .put("bot_user_id", w.botUserId())
                .put("is_enterprise_install", w.orgWide());
        answer.putObject("authed_user").put("id", grant.installerUserId());
        if (w.teamId().isPresent()) {
            answer.putObject("team").put("id", w.teamId().get()).put("name", w.name());
        } else {
            answer.putNull("team");
        }
        if (w.enterpriseId().isPresent()) {
            answer.putObject("enterprise").put("id", w.enterpriseId().get()).put("name", w.name());
        } else {
            answer.putNull("enterprise");
        }
        return answer;
    }

    private ObjectNode error(String error) {
        return json.createObjectNode().put("ok", false).put("error", error);
    }

    private static String basic(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return "";
        }
        try {
            return new String(
                    Base64.getDecoder()
                            .decode(authorization.substring("Basic ".length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
