package com.partnerbot.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerbot.outbox.Delivery;
import com.partnerbot.outbox.Kind;
import com.partnerbot.outbox.OutboxMessage;
import com.partnerbot.slack.render.Text;
import com.partnerbot.store.OutboxRow;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.model.Message;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox rows with the Web API. Each post carries its row's id in the message metadata, which is how
 * {@link #findPosted} recognises it in the channel's history after a crash or a timeout. Slack's errors are sorted
 * into rate limits, passing failures and permanent ones; the notice for a failure says what happened in plain
 * words, not Slack's error codes.
 */
public final class SlackDelivery implements Delivery {
    /** The metadata event type of every post the outbox makes. */
    public static final String EVENT_TYPE = "partnerbot_outbox";

    public static final String PAYLOAD_ID = "outbox_id";

    /** History searched from this long before the uncertain try began (clocks differ a little). */
    static final Duration HISTORY_MARGIN = Duration.ofMinutes(1);

    static final int HISTORY_PAGES = 10;

    /** A response URL lasts 30 minutes; past this age a notice goes by direct message. */
    static final Duration RESPONSE_URL_LIFE = Duration.ofMinutes(29);

    /** Errors Slack documents as passing. */
    private static final Set<String> TRANSIENT =
            Set.of("internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited");

    /** Update errors that mean the message is no longer there to edit. */
    private static final Set<String> GONE = Set.of("message_not_found", "cant_update_message");

    /** History errors that mean the bot could not have posted there, or cannot look: nothing to find. */
    private static final Set<String> HISTORY_NOTHING =
            Set.of("channel_not_found", "not_in_channel", "is_archived", "missing_scope");

    private static final Logger log = LoggerFactory.getLogger(SlackDelivery.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a row of a workspace without an installation fails with: its token is gone, as Slack would say. */
    static final String NO_TOKEN = "token_revoked";

    private final Function<String, Optional<MethodsClient>> clientForTeam;
    private final Slack slack;
    private final Clock clock;

    /** Posts every workspace's rows with the client {@code clientForTeam} gives (one bot token). */
    public SlackDelivery(Function<String, MethodsClient> clientForTeam, Slack slack, Clock clock) {
        this(slack, clock, clientForTeam.andThen(Optional::of));
    }

    private SlackDelivery(Slack slack, Clock clock, Function<String, Optional<MethodsClient>> clientForTeam) {
        this.clientForTeam = clientForTeam;
        this.slack = slack;
        this.clock = clock;
    }

    /**
     * Posts each row with its own workspace's client; a workspace with none (the app was uninstalled) fails its rows
     * at once and plainly, without calling Slack.
     */
    public static SlackDelivery perWorkspace(
            Function<String, Optional<MethodsClient>> clientForTeam, Slack slack, Clock clock) {
        return new SlackDelivery(slack, clock, clientForTeam);
    }

    @Override
    public Outcome deliver(OutboxRow row) {
        if (Kind.NOTICE.id().equals(row.kind()) && row.responseUrl().isPresent() && ephemeral(row)) {
            return new Outcome.Delivered(null, null);
        }
        Optional<MethodsClient> installed = clientForTeam.apply(row.teamId());
        if (installed.isEmpty()) {
            return new Outcome.Permanent(NO_TOKEN);
        }
        MethodsClient client = installed.get();
        Outcome first = post(client, row);
        if (first instanceof Outcome.Permanent refused
                && "not_in_channel".equals(refused.reason())
                && join(client, row.channelId())) {
            return post(client, row);
        }
        return first;
    }

    /**
     * Edits a living message in place, keeping the row's id in its metadata so a later search recognises it. A
     * deleted message is {@link Outcome.Gone}, and the sender posts a new one.
     */
    @Override
    public Outcome update(OutboxRow row, String channel, String ts) {
        Optional<MethodsClient> installed = clientForTeam.apply(row.teamId());
        if (installed.isEmpty()) {
            return new Outcome.Permanent(NO_TOKEN);
        }
        MethodsClient client = installed.get();
        ChatUpdateResponse response;
        try {
            response = client.chatUpdate(r -> {
                r.channel(channel)
                        .ts(ts)
                        .text(row.text())
                        .metadata(new Message.Metadata(EVENT_TYPE, Map.of(PAYLOAD_ID, row.id())));
                row.blocksJson().ifPresent(r::blocksAsString);
                return r;
            });
        } catch (SlackApiException e) {
            return httpFailure(e);
        } catch (IOException e) {
            // Updating again is harmless, so an unknown outcome is simply retried.
            return new Outcome.Transient("network: " + e.getClass().getSimpleName(), false);
        }
        if (response.isOk()) {
            return new Outcome.Delivered(response.getChannel() == null ? channel : response.getChannel(), ts);
        }
        String error = response.getError();
        if (GONE.contains(error)) {
            return new Outcome.Gone();
        }
        if (TRANSIENT.contains(error)) {
            return new Outcome.Transient(error, false);
        }
        return new Outcome.Permanent(error);
    }

    private Outcome post(MethodsClient client, OutboxRow row) {
        ChatPostMessageResponse response;
        try {
            response = client.chatPostMessage(r -> {
                r.channel(row.channelId())
                        .text(row.text())
                        .unfurlLinks(false)
                        .metadata(new Message.Metadata(EVENT_TYPE, Map.of(PAYLOAD_ID, row.id())));
                // With blocks, the text is the notification only: shown as typed, names and all, never formatted.
                row.blocksJson().ifPresent(blocks -> r.blocksAsString(blocks).mrkdwn(false));
                return r;
            });
        } catch (SlackApiException e) {
            return httpFailure(e);
        } catch (IOException e) {
            // A timeout or a cut connection: Slack may have posted before the answer was lost.
            return new Outcome.Transient("network: " + e.getClass().getSimpleName(), true);
        }
        if (response.isOk()) {
            return new Outcome.Delivered(response.getChannel(), response.getTs());
        }
        String error = response.getError();
        if (TRANSIENT.contains(error)) {
            return new Outcome.Transient(error, !"service_unavailable".equals(error) && !"ratelimited".equals(error));
        }
        return new Outcome.Permanent(error);
    }

    private static Outcome httpFailure(SlackApiException e) {
        int code = e.getResponse().code();
        if (code == 429) {
            return new Outcome.RateLimited(retryAfter(e));
        }
        if (code >= 500) {
            return new Outcome.Transient("http_" + code, true);
        }
        return new Outcome.Permanent("http_" + code);
    }

    /** Joins a public channel; private channels answer an error, and the requester is told to invite the bot. */
    private static boolean join(MethodsClient client, String channelId) {
        try {
            var joined = client.conversationsJoin(r -> r.channel(channelId));
            if (!joined.isOk()) {
                log.info("conversations.join {} refused: {}", channelId, joined.getError());
            }
            return joined.isOk();
        } catch (IOException | SlackApiException e) {
            log.info("conversations.join {} failed: {}", channelId, e.toString());
            return false;
        }
    }

    @Override
    public Lookup findPosted(OutboxRow row) {
        Optional<MethodsClient> installed = clientForTeam.apply(row.teamId());
        if (installed.isEmpty()) {
            return new Lookup.NotFound();
        }
        MethodsClient client = installed.get();
        long since = row.uncertainSince().orElse(row.createdAt()) - HISTORY_MARGIN.toMillis();
        String oldest = String.format("%d.%06d", since / 1000, (since % 1000) * 1000);
        try {
            Optional<String> channel = historyChannel(client, row.channelId());
            if (channel.isEmpty()) {
                return new Lookup.NotFound();
            }
            String cursor = null;
            for (int page = 0; page < HISTORY_PAGES; page++) {
                String from = cursor;
                ConversationsHistoryResponse history = client.conversationsHistory(r -> r.channel(channel.get())
                        .oldest(oldest)
                        .includeAllMetadata(true)
                        .limit(200)
                        .cursor(from));
                if (!history.isOk()) {
                    if (HISTORY_NOTHING.contains(history.getError())) {
                        log.info("History of {} not readable ({}): posting again", channel.get(), history.getError());
                        return new Lookup.NotFound();
                    }
                    return new Lookup.Unknown("history: " + history.getError());
                }
                for (Message message : history.getMessages() == null ? List.<Message>of() : history.getMessages()) {
                    if (carries(message, row.id())) {
                        return new Lookup.Found(channel.get(), message.getTs());
                    }
                }
                cursor = history.getResponseMetadata() == null
                        ? null
                        : history.getResponseMetadata().getNextCursor();
                if (cursor == null || cursor.isEmpty()) {
                    return new Lookup.NotFound();
                }
            }
            return new Lookup.NotFound();
        } catch (SlackApiException e) {
            return new Lookup.Unknown("history: http_" + e.getResponse().code());
        } catch (IOException e) {
            return new Lookup.Unknown("history: network: " + e.getClass().getSimpleName());
        }
    }

    private static boolean carries(Message message, String outboxId) {
        var metadata = message.getMetadata();
        return metadata != null
                && EVENT_TYPE.equals(metadata.getEventType())
                && metadata.getEventPayload() != null
                && outboxId.equals(String.valueOf(metadata.getEventPayload().get(PAYLOAD_ID)));
    }

    /** A channel's id as given; a user's direct-message channel opened to read it. */
    private static Optional<String> historyChannel(MethodsClient client, String channelId)
            throws IOException, SlackApiException {
        if (!channelId.startsWith("U") && !channelId.startsWith("W")) {
            return Optional.of(channelId);
        }
        var opened = client.conversationsOpen(r -> r.users(List.of(channelId)));
        return opened.isOk() && opened.getChannel() != null
                ? Optional.of(opened.getChannel().getId())
                : Optional.empty();
    }

    /** Answers the requester privately through the response URL; false when that did not work. */
    private boolean ephemeral(OutboxRow row) {
        if (clock.millis() - row.createdAt() > RESPONSE_URL_LIFE.toMillis()) {
            return false;
        }
        try {
            String body = JSON.writeValueAsString(
                    Map.of("response_type", "ephemeral", "replace_original", false, "text", row.text()));
            var sent = slack.send(row.responseUrl().get(), body);
            if (sent.getCode() == 200) {
                return true;
            }
            log.info("response_url answered {}; telling the user by direct message", sent.getCode());
        } catch (IOException e) {
            log.info("response_url failed ({}); telling the user by direct message", e.toString());
        }
        return false;
    }

    @Override
    public OutboxMessage failureNotice(OutboxRow row, String error) {
        boolean urlAlive = clock.millis() - row.createdAt() < RESPONSE_URL_LIFE.toMillis();
        return new OutboxMessage(
                Kind.NOTICE,
                row.requesterId().orElseThrow(),
                explain(row.channelId(), error, Text.escape(row.about())),
                Optional.empty(),
                Optional.empty(),
                urlAlive ? row.responseUrl() : Optional.empty(),
                "a notice that " + row.about() + " could not be posted");
    }

    /** Plain words for a failed post; {@code about} is already escaped. */
    static String explain(String channelId, String error, String about) {
        String channel = "<#" + channelId + ">";
        String saved = " What you entered is saved.";
        String code = error == null ? "" : error;
        if (code.startsWith("http_") || code.startsWith("network") || TRANSIENT.contains(code)) {
            return "Slack was unavailable for too long, so I couldn't post " + about + " in " + channel + "." + saved
                    + " Try again in a while.";
        }
        return switch (code) {
            case "not_in_channel", "channel_not_found" ->
                "I couldn't post " + about + " in " + channel
                        + " because I'm not a member. Invite me there with `/invite @Partnerbot`, then try again."
                        + saved;
            case "is_archived" -> channel + " is archived, so I couldn't post " + about + " there." + saved;
            case "invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired" ->
                "Partnerbot's access to this workspace is no longer valid, so I couldn't post " + about + " in "
                        + channel + "." + saved + " Ask a Slack admin to reinstall the app.";
            case "msg_too_long", "invalid_blocks", "invalid_blocks_format", "too_many_attachments" ->
                "Slack refused " + about + " as too long or malformed, so it was not posted in " + channel + "."
                        + saved;
            case "restricted_action", "not_allowed_token_type", "missing_scope" ->
                "This workspace does not let me post in " + channel + ", so " + about + " was not posted." + saved
                        + " Ask a Slack admin to check the channel's posting permissions.";
            default -> "Slack refused to post " + about + " in " + channel + "." + saved;
        };
    }

    private static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(header == null ? "1" : header.trim())));
        } catch (NumberFormatException nfe) {
            return Duration.ofSeconds(1);
        }
    }
}
