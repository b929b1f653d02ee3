package com.partnerbot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Response bodies in the shapes Slack's Web API returns them (field names as in Slack's documentation and in
 * Bolt's {@code com.slack.api.methods.response} classes), so the app's client parses them exactly as it would
 * parse Slack's.
 */
final class SlackResponses {
    private final ObjectMapper json;

    SlackResponses(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode ok() {
        return json.createObjectNode().put("ok", true);
    }

    ObjectNode error(String error) {
        return json.createObjectNode().put("ok", false).put("error", error);
    }

    ObjectNode authTest() {
        return ok().put("url", "https://" + SlackStub.TEAM_DOMAIN + ".slack.com/")
                .put("team", SlackStub.TEAM_NAME)
                .put("user", SlackStub.BOT_USER_NAME)
                .put("team_id", SlackStub.TEAM_ID)
                .put("user_id", SlackStub.BOT_USER_ID)
                .put("bot_id", SlackStub.BOT_ID)
                .put("app_id", SlackStub.APP_ID)
                .put("is_enterprise_install", false);
    }

    /** auth.test for an app-level token: the workspace and app, no bot user. */
    ObjectNode authTestApp() {
        return ok().put("url", "https://" + SlackStub.TEAM_DOMAIN + ".slack.com/")
                .put("team", SlackStub.TEAM_NAME)
                .put("team_id", SlackStub.TEAM_ID)
                .put("app_id", SlackStub.APP_ID)
                .put("is_enterprise_install", false);
    }

    /** A message as Slack stores it after a bot posted it: the posted text and blocks plus bot identity. */
    ObjectNode message(ObjectNode args, String ts) {
        ObjectNode message = json.createObjectNode()
                .put("type", "message")
                .put("user", SlackStub.BOT_USER_ID)
                .put("bot_id", SlackStub.BOT_ID)
                .put("app_id", SlackStub.APP_ID)
                .put("team", SlackStub.TEAM_ID)
                .put("text", args.path("text").asText(""))
                .put("ts", ts);
        copy(args, message, "blocks", "attachments", "thread_ts", "metadata");
        return message;
    }

    ObjectNode channel(SlackStub.Channel channel) {
        return json.createObjectNode()
                .put("id", channel.id())
                .put("name", channel.name())
                .put("name_normalized", channel.name())
                .put("is_channel", !channel.isPrivate())
                .put("is_group", channel.isPrivate())
                .put("is_im", false)
                .put("is_mpim", false)
                .put("is_private", channel.isPrivate())
                .put("is_archived", false)
                .put("is_general", false)
                .put("is_shared", false)
                .put("is_ext_shared", false)
                .put("is_org_shared", false)
                .put("is_member", channel.botIsMember())
                .put("created", 1_700_000_000L)
                .put("creator", "U0CREATOR")
                .put("context_team_id", SlackStub.TEAM_ID);
    }

    ObjectNode user(String id) {
        String name = "user-" + id.toLowerCase();
        ObjectNode user = json.createObjectNode()
                .put("id", id)
                .put("team_id", SlackStub.TEAM_ID)
                .put("name", name)
                .put("deleted", false)
                .put("real_name", "User " + id)
                .put("tz", "Europe/Berlin")
                .put("tz_label", "Central European Time")
                .put("tz_offset", 3600)
                .put("is_admin", false)
                .put("is_owner", false)
                .put("is_bot", false)
                .put("is_app_user", false);
        user.putObject("profile")
                .put("real_name", "User " + id)
                .put("display_name", name)
                .put("email", name + "@example.com")
                .put("team", SlackStub.TEAM_ID);
        return user;
    }

    /** A view as Slack echoes it: what was sent plus the fields Slack assigns (id, hash, state, app identity). */
    ObjectNode view(JsonNode sent, String id, String hash, String rootViewId, String previousViewId) {
        ObjectNode view = json.createObjectNode().put("id", id).put("team_id", SlackStub.TEAM_ID);
        view.put("type", sent.path("type").asText());
        copy(sent, view, "title", "submit", "close");
        view.set("blocks", sent.has("blocks") ? sent.get("blocks") : json.createArrayNode());
        view.put("private_metadata", sent.path("private_metadata").asText(""));
        view.put("callback_id", sent.path("callback_id").asText(""));
        view.putObject("state").putObject("values");
        view.put("hash", hash);
        view.put("clear_on_close", sent.path("clear_on_close").asBoolean(false));
        view.put("notify_on_close", sent.path("notify_on_close").asBoolean(false));
        view.put("submit_disabled", sent.path("submit_disabled").asBoolean(false));
        if (previousViewId == null) {
            view.putNull("previous_view_id");
        } else {
            view.put("previous_view_id", previousViewId);
        }
        view.put("root_view_id", rootViewId);
        view.put("app_id", SlackStub.APP_ID);
        view.put("external_id", sent.path("external_id").asText(""));
        view.put("app_installed_team_id", SlackStub.TEAM_ID);
        view.put("bot_id", SlackStub.BOT_ID);
        return view;
    }

    private static void copy(JsonNode from, ObjectNode to, String... fields) {
        for (String field : fields) {
            if (from.has(field)) {
                to.set(field, from.get(field));
            }
        }
    }
}
