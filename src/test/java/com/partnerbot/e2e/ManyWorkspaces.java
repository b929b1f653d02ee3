package com.partnerbot.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerbot.app.Settings;
import com.partnerbot.testing.SlackStub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many workspaces in end-to-end tests: the app's OAuth settings, requests that come from a workspace other than the
 * stub's own, and a browser that installs the app through the real install pages.
 */
final class ManyWorkspaces {
    static final String CLIENT_ID = "1111111111.2222222222";
    static final String CLIENT_SECRET = "c1i3nt5ecretc1i3nt5ecret0123abcd";
    static final String STATE_SECRET = "state-secret-state-secret-state-secret-0123";
    /** 32 bytes, base64. */
    static final String TOKEN_KEY = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STATE = Pattern.compile("[?&]state=([^&\"]+)");

    private ManyWorkspaces() {}

    static Settings settings(SlackStub slack, Path dir) {
        return new Settings(
                Optional.empty(),
                Optional.of(RunningApp.SIGNING_SECRET),
                Optional.empty(),
                slack.apiUrl(),
                0,
                "jdbc:sqlite:" + dir.resolve("partnerbot.db"),
                Optional.empty(),
                Settings.DEFAULT_LOG_LEVEL,
                Optional.empty(),
                Optional.empty(),
                Optional.of(new Settings.OAuth(CLIENT_ID, CLIENT_SECRET, STATE_SECRET, TOKEN_KEY, Optional.empty())));
    }

    /**
     * A workspace requests come from: its team, and for a workspace of an Enterprise Grid organization, the
     * organization, which {@code orgWide} installed for all its workspaces. Payloads built for the stub's own
     * workspace ({@code T0STUB}) are rewritten for it; any other team in them (a Slack Connect partner's) stays.
     */
    record Team(String teamId, Optional<String> enterpriseId, boolean orgWide) {
        static Team workspace(String teamId) {
            return new Team(teamId, Optional.empty(), false);
        }

        static Team ofOrganization(String teamId, String enterpriseId) {
            return new Team(teamId, Optional.of(enterpriseId), true);
        }

        Map<String, String> command(Map<String, String> form) {
            Map<String, String> rewritten = new LinkedHashMap<>(form);
            rewritten.put("team_id", teamId);
            enterpriseId.ifPresent(e -> rewritten.put("enterprise_id", e));
            rewritten.put("is_enterprise_install", Boolean.toString(orgWide));
            return rewritten;
        }

        String interaction(String payloadJson) {
            try {
                ObjectNode root = (ObjectNode) JSON.readTree(payloadJson);
                replace(root, "team_id");
                replace(root.path("team"), "id");
                replace(root.path("user"), "team_id");
                replace(root.path("view"), "team_id");
                replace(root.path("view"), "app_installed_team_id");
                if (enterpriseId.isPresent()) {
                    String e = enterpriseId.get();
                    if (root.has("team")) {
                        ((ObjectNode) root.get("team")).put("enterprise_id", e);
                        root.putObject("enterprise").put("id", e).put("name", "Organization " + e);
                    }
                    root.put("is_enterprise_install", orgWide);
                }
                if ("event_callback".equals(root.path("type").asText())) {
                    enterpriseId.ifPresent(e -> root.put("enterprise_id", e));
                    ArrayNode authorizations = root.putArray("authorizations");
                    ObjectNode authorization = authorizations.addObject();
                    enterpriseId.ifPresentOrElse(
                            e -> authorization.put("enterprise_id", e), () -> authorization.putNull("enterprise_id"));
                    if (orgWide) {
                        authorization.putNull("team_id");
                    } else {
                        authorization.put("team_id", teamId);
                    }
                    authorization.put("user_id", "U" + teamId + "BOT");
                    authorization.put("is_bot", true);
                    authorization.put("is_enterprise_install", orgWide);
                }
                return root.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The stub's own team in {@code field} becomes this one. */
        private void replace(JsonNode node, String field) {
            if (node instanceof ObjectNode object
                    && SlackStub.TEAM_ID.equals(object.path(field).asText())) {
                object.put(field, teamId);
            }
        }
    }

    /** {@code app_uninstalled} as Slack sends it (no {@code authorizations}: the installation is gone). */
    static String appUninstalled(String teamId, String enterpriseId) {
        return uninstallEvent(teamId, enterpriseId, JSON.createObjectNode().put("type", "app_uninstalled"));
    }

    /** {@code tokens_revoked} for the bot's token. */
    static String botTokenRevoked(String teamId, String botUserId) {
        ObjectNode event = JSON.createObjectNode().put("type", "tokens_revoked");
        event.putObject("tokens").putArray("bot").add(botUserId);
        return uninstallEvent(teamId, null, event);
    }

    private static String uninstallEvent(String teamId, String enterpriseId, ObjectNode event) {
        ObjectNode root = JSON.createObjectNode()
                .put("token", "legacy-verification-token")
                .put("team_id", teamId)
                .put("api_app_id", SlackStub.APP_ID)
                .put("type", "event_callback")
                .put("event_id", "Ev0" + event.path("type").asText().toUpperCase() + teamId)
                .put("event_time", 1_700_000_000L);
        if (enterpriseId != null) {
            root.put("enterprise_id", enterpriseId);
        }
        event.put("event_ts", "1700000000.000900");
        root.set("event", event);
        return root.toString();
    }

    /** A browser without JavaScript on the install pages: it keeps the state cookie between the two pages. */
    static final class Browser {
        private final RunningApp app;
        private final HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private String cookie;
        private String state;

        Browser(RunningApp app) {
            this.app = app;
        }

        /** Opens the install page; remembers its state and cookie. */
        HttpResponse<String> openInstallPage() throws Exception {
            HttpResponse<String> page = get("/slack/install", null);
            Matcher matcher = STATE.matcher(page.body().replace("&amp;", "&"));
            state = matcher.find() ? matcher.group(1) : null;
            cookie = page.headers()
                    .firstValue("Set-Cookie")
                    .map(c -> c.substring(0, c.indexOf(';')))
                    .orElse(null);
            return page;
        }

        String state() {
            return state;
        }

        String cookie() {
            return cookie;
        }

        /** Comes back from Slack with {@code code} for the state of the page opened last. */
        HttpResponse<String> returnWithCode(String code) throws Exception {
            return get("/slack/oauth_redirect?code=" + encode(code) + "&state=" + encode(state), cookie);
        }

        /** Comes back from Slack with exactly this query, and the cookie if any. */
        HttpResponse<String> returnWith(String query) throws Exception {
            return get("/slack/oauth_redirect?" + query, cookie);
        }

        /** Opens the install page and comes back with {@code code}: an install as a person makes it. */
        HttpResponse<String> install(String code) throws Exception {
            openInstallPage();
            return returnWithCode(code);
        }

        private HttpResponse<String> get(String path, String cookieHeader) throws Exception {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.wiring.port() + path));
            if (cookieHeader != null) {
                request.header("Cookie", cookieHeader);
            }
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String encode(String value) {
            return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
        }
    }
}
