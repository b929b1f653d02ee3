package com.partnerbot.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.slack.ModalMetadata;
import com.partnerbot.slack.SlackIds;
import java.util.List;

/** Interactivity and Events API payloads in the shapes Slack sends them. */
public final class Payloads {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Payloads() {}

    /** A view submission under construction: add values per block, then {@link #json()}. */
    public static final class ViewSubmission {
        private final ObjectNode root = JSON.createObjectNode();
        private final ObjectNode values;

        private ViewSubmission(String callbackId, String privateMetadata, String userId) {
            root.put("type", "view_submission");
            root.putObject("team").put("id", SlackStub.TEAM_ID).put("domain", SlackStub.TEAM_DOMAIN);
            root.putObject("user")
                    .put("id", userId)
                    .put("username", userId.toLowerCase())
                    .put("name", userId.toLowerCase())
                    .put("team_id", SlackStub.TEAM_ID);
            root.put("api_app_id", SlackStub.APP_ID);
            root.put("token", "legacy-verification-token");
            root.put("trigger_id", "1337.42.trigger");
            ObjectNode view = root.putObject("view");
            view.put("id", "V0SUBMIT");
            view.put("team_id", SlackStub.TEAM_ID);
            view.put("type", "modal");
            view.put("callback_id", callbackId);
            view.put("private_metadata", privateMetadata == null ? "" : privateMetadata);
            view.put("hash", "1700000000.abcdef");
            view.put("app_id", SlackStub.APP_ID);
            view.put("bot_id", SlackStub.BOT_ID);
            values = view.putObject("state").putObject("values");
            root.putArray("response_urls");
            root.put("is_enterprise_install", false);
        }

        private ObjectNode value(String blockId, String type) {
            ObjectNode v = values.putObject(blockId).putObject("value");
            v.put("type", type);
            return v;
        }

        public ViewSubmission text(String blockId, String text) {
            value(blockId, "plain_text_input").put("value", text);
            return this;
        }

        public ViewSubmission conversation(String blockId, String channelId) {
            value(blockId, "conversations_select").put("selected_conversation", channelId);
            return this;
        }

        public ViewSubmission user(String blockId, String userId) {
            value(blockId, "users_select").put("selected_user", userId);
            return this;
        }

        public ViewSubmission option(String blockId, String optionValue) {
            ObjectNode v = value(blockId, "radio_buttons");
            if (optionValue != null) {
                ObjectNode selected = v.putObject("selected_option");
                selected.put("value", optionValue);
                selected.putObject("text").put("type", "plain_text").put("text", optionValue);
            } else {
                v.putNull("selected_option");
            }
            return this;
        }

        public ViewSubmission date(String blockId, String isoDate) {
            value(blockId, "datepicker").put("selected_date", isoDate);
            return this;
        }

        public ViewSubmission time(String blockId, String hhmm) {
            value(blockId, "timepicker").put("selected_time", hhmm);
            return this;
        }

        public ViewSubmission raw(String field, String value) {
            root.with("view").put(field, value);
            return this;
        }

        public String json() {
            return root.toString();
        }
    }

    /**
     * A submitted build-or-partner decision (not core, building would delay: Partner) whose post goes to {@code
     * channel}.
     */
    public static ViewSubmission buildOrPartnerDecision(String channel) {
        return viewSubmission(
                        SlackIds.decisionView(Playbook.BUILD_OR_PARTNER_TREE),
                        new ModalMetadata(channel, null).encode(),
                        "U1")
                .option(SlackIds.nodeBlock("core"), "no")
                .option(SlackIds.nodeBlock("delay"), "yes");
    }

    public static ViewSubmission viewSubmission(String callbackId, String privateMetadata, String userId) {
        return new ViewSubmission(callbackId, privateMetadata, userId);
    }

    /**
     * A {@code block_actions} payload for a button: inside a modal when {@code viewJson} is given (Slack then sends
     * the view with its current state), else on a message in {@code channelId}.
     */
    public static String buttonAction(
            String actionId, String value, String userId, String viewJson, String channelId, String responseUrl) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "block_actions");
        root.putObject("team").put("id", SlackStub.TEAM_ID).put("domain", SlackStub.TEAM_DOMAIN);
        root.putObject("user")
                .put("id", userId)
                .put("username", userId.toLowerCase())
                .put("team_id", SlackStub.TEAM_ID);
        root.put("api_app_id", SlackStub.APP_ID);
        root.put("token", "legacy-verification-token");
        root.put("trigger_id", "4242.42.trigger-" + actionId);
        if (viewJson != null) {
            try {
                ObjectNode view = (ObjectNode) JSON.readTree(viewJson);
                view.put("id", view.path("id").asText("V0BACK"));
                view.put("hash", view.path("hash").asText("1700000000.back"));
                root.set("view", view);
                root.putObject("container")
                        .put("type", "view")
                        .put("view_id", view.path("id").asText());
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(e);
            }
        } else {
            root.putObject("channel").put("id", channelId).put("name", "partners");
            root.putObject("container")
                    .put("type", "message")
                    .put("channel_id", channelId)
                    .put("message_ts", "1700000000.000200");
            root.putObject("message")
                    .put("type", "message")
                    .put("ts", "1700000000.000200")
                    .put("text", "verdict");
            if (responseUrl != null) {
                root.put("response_url", responseUrl);
            }
        }
        ObjectNode action = root.putArray("actions").addObject();
        action.put("action_id", actionId);
        action.put("block_id", "b-" + actionId);
        action.put("type", "button");
        action.put("value", value);
        action.putObject("text").put("type", "plain_text").put("text", actionId);
        action.put("action_ts", "1700000000.000300");
        return root.toString();
    }

    /** A global shortcut invocation. */
    public static String globalShortcut(String callbackId, String userId) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "shortcut");
        root.put("token", "legacy-verification-token");
        root.put("action_ts", "1700000000.000400");
        root.putObject("team").put("id", SlackStub.TEAM_ID).put("domain", SlackStub.TEAM_DOMAIN);
        root.putObject("user")
                .put("id", userId)
                .put("username", userId.toLowerCase())
                .put("team_id", SlackStub.TEAM_ID);
        root.put("callback_id", callbackId);
        root.put("trigger_id", "5151.42.shortcut");
        return root.toString();
    }

    /** The Events API envelope Slack wraps an event in, for this stub's workspace. */
    private static ObjectNode eventCallback(String eventId) {
        ObjectNode root = JSON.createObjectNode();
        root.put("token", "legacy-verification-token");
        root.put("team_id", SlackStub.TEAM_ID);
        root.put("api_app_id", SlackStub.APP_ID);
        root.put("type", "event_callback");
        root.put("event_id", eventId);
        root.put("event_time", 1_700_000_000L);
        return root;
    }

    /** {@code user_change} for an account that was deactivated (the person left the workspace). */
    public static String userDeactivated(String userId) {
        ObjectNode root = eventCallback("Ev0GONE" + userId);
        ObjectNode event = root.putObject("event");
        event.put("type", "user_change");
        ObjectNode user = event.putObject("user");
        user.put("id", userId);
        user.put("team_id", SlackStub.TEAM_ID);
        user.put("name", userId.toLowerCase());
        user.put("deleted", true);
        event.put("event_ts", "1700000000.000200");
        return root.toString();
    }

    /** An {@code app_home_opened} event callback. */
    public static String appHomeOpened(String userId) {
        return appHomeOpened(userId, "Ev0HOME" + userId);
    }

    /** As Slack sends each opening of the Home tab: an event of its own, with its own {@code event_id}. */
    public static String appHomeOpened(String userId, String eventId) {
        ObjectNode root = eventCallback(eventId);
        ObjectNode event = root.putObject("event");
        event.put("type", "app_home_opened");
        event.put("user", userId);
        event.put("channel", "D0HOME");
        event.put("tab", "home");
        event.put("event_ts", "1700000000.000100");
        return root.toString();
    }

    /**
     * A button on a message in a channel clicked by {@code userId} of workspace {@code userTeamId}: in a Slack Connect
     * channel {@code team.id} stays the workspace that posted the message and {@code user.team_id} is the clicker's.
     */
    public static String buttonActionFrom(
            String actionId, String value, String userId, String userTeamId, String channelId, String responseUrl) {
        try {
            ObjectNode root =
                    (ObjectNode) JSON.readTree(buttonAction(actionId, value, userId, null, channelId, responseUrl));
            ((ObjectNode) root.get("user")).put("team_id", userTeamId);
            return root.toString();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * A checkboxes element of block {@code blockId} changed: Slack sends every option ticked in it now. On a private
     * (ephemeral) message when {@code ephemeral}, else on a message in the channel.
     */
    public static String checkboxes(
            String blockId,
            java.util.List<String> ticked,
            String userId,
            String channelId,
            String responseUrl,
            boolean ephemeral) {
        return checkboxes("checklist_tick", blockId, ticked, userId, channelId, responseUrl, ephemeral);
    }

    /** As {@link #checkboxes(String, java.util.List, String, String, String, boolean)}, for action {@code actionId}. */
    public static String checkboxes(
            String actionId,
            String blockId,
            java.util.List<String> ticked,
            String userId,
            String channelId,
            String responseUrl,
            boolean ephemeral) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "block_actions");
        root.putObject("team").put("id", SlackStub.TEAM_ID).put("domain", SlackStub.TEAM_DOMAIN);
        root.putObject("user")
                .put("id", userId)
                .put("username", userId.toLowerCase())
                .put("team_id", SlackStub.TEAM_ID);
        root.put("api_app_id", SlackStub.APP_ID);
        root.put("token", "legacy-verification-token");
        root.put("trigger_id", "4343.42.trigger-checkboxes");
        root.putObject("channel").put("id", channelId).put("name", "partners");
        ObjectNode container = root.putObject("container")
                .put("type", "message")
                .put("channel_id", channelId)
                .put("message_ts", "1700000000.000500")
                .put("is_ephemeral", ephemeral);
        if (!ephemeral) {
            root.putObject("message")
                    .put("type", "message")
                    .put("ts", "1700000000.000500")
                    .put("text", "charter");
        }
        if (responseUrl != null) {
            root.put("response_url", responseUrl);
        }
        ObjectNode action = root.putArray("actions").addObject();
        action.put("action_id", actionId);
        action.put("block_id", blockId);
        action.put("type", "checkboxes");
        var selected = action.putArray("selected_options");
        for (String value : ticked) {
            ObjectNode option = selected.addObject();
            option.put("value", value);
            option.putObject("text").put("type", "plain_text").put("text", value);
        }
        action.put("action_ts", "1700000000.000600");
        container.put("type", "message");
        return root.toString();
    }

    /**
     * An option chosen in an overflow menu of block {@code blockId} on the private (ephemeral) message a command
     * answered with: Slack sends the chosen option and the message's response URL, not the message.
     */
    public static String overflow(
            String actionId, String blockId, String value, String userId, String channelId, String responseUrl) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "block_actions");
        root.putObject("team").put("id", SlackStub.TEAM_ID).put("domain", SlackStub.TEAM_DOMAIN);
        root.putObject("user")
                .put("id", userId)
                .put("username", userId.toLowerCase())
                .put("team_id", SlackStub.TEAM_ID);
        root.put("api_app_id", SlackStub.APP_ID);
        root.put("token", "legacy-verification-token");
        root.put("trigger_id", "4444.42.trigger-overflow");
        root.putObject("channel").put("id", channelId).put("name", "partners");
        root.putObject("container")
                .put("type", "message")
                .put("channel_id", channelId)
                .put("message_ts", "1700000000.000700")
                .put("is_ephemeral", true);
        root.put("response_url", responseUrl);
        ObjectNode action = root.putArray("actions").addObject();
        action.put("action_id", actionId);
        action.put("block_id", blockId);
        action.put("type", "overflow");
        ObjectNode selected = action.putObject("selected_option");
        selected.put("value", value);
        selected.putObject("text").put("type", "plain_text").put("text", value);
        action.put("action_ts", "1700000000.000800");
        return root.toString();
    }

    /** {@code app_home_opened} of a person of workspace {@code teamId}. */
    public static String appHomeOpenedIn(String userId, String teamId) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(appHomeOpened(userId));
            root.put("team_id", teamId);
            root.put("event_id", "Ev0HOME" + teamId + userId);
            return root.toString();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * An element of the Home tab used by {@code userId}: a {@code static_select} (its chosen option's value) or a
     * {@code button} (its value), in block {@code blockId}. Slack sends the Home view it was on.
     */
    public static String onHome(String type, String actionId, String blockId, String value, String userId) {
        try {
            String home = JSON.createObjectNode()
                    .put("id", "V0HOME" + userId)
                    .put("team_id", SlackStub.TEAM_ID)
                    .put("type", "home")
                    .put("hash", "1700000000.home")
                    .toString();
            ObjectNode root = (ObjectNode) JSON.readTree(buttonAction(actionId, value, userId, home, null, null));
            ObjectNode action = (ObjectNode) root.path("actions").get(0);
            action.put("block_id", blockId);
            action.put("type", type);
            if (type.equals("static_select")) {
                action.remove(List.of("value", "text"));
                ObjectNode selected = action.putObject("selected_option");
                selected.put("value", value);
                selected.putObject("text").put("type", "plain_text").put("text", value);
            }
            return root.toString();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
