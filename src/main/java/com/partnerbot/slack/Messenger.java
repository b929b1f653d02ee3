package com.partnerbot.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsJoinResponse;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the bot's messages to a channel off the request thread, within Slack's rules: waits out a 429 for the
 * {@code Retry-After} Slack gives, joins a public channel it is not in, and when a post finally fails tells the
 * person who asked, in a message only they see, what to do. What was stored stays stored either way.
 */
public final class Messenger {
    static final int MAX_ATTEMPTS = 4;
    private static final Duration NETWORK_RETRY = Duration.ofSeconds(2);
    /** Errors Slack documents as passing: worth another try after a pause. */
    private static final Set<String> TRANSIENT =
            Set.of("internal_error", "fatal_error", "service_unavailable", "request_timeout");

    private static final Logger log = LoggerFactory.getLogger(Messenger.class);

    private final BackgroundWork work;
    private final ObjectMapper json = new ObjectMapper();

    public Messenger(BackgroundWork work) {
        this.work = work;
    }

    /** Who asked, and how to reach them when the channel cannot be reached. */
    public record Requester(MethodsClient client, Slack slack, String userId, Optional<String> responseUrl) {}

    /** A message for a channel: the fallback text (notifications, screen readers) and its blocks. */
    public record Message(String channelId, String text, List<LayoutBlock> blocks) {}

    /** One try at a post: delivered, worth trying again after a pause, or failed for good with Slack's error. */
    public sealed interface Attempt {
        record Delivered() implements Attempt {}

        record TryAgain(Duration after, String reason) implements Attempt {}

        record Failed(String error) implements Attempt {}
    }

    /** Queues the post; returns at once. Retries and the final failure notice happen in the background. */
    public void post(Requester requester, Message message) {
        schedule(Duration.ZERO, requester, message, () -> attempt(requester, message, 1));
    }

    /**
     * Posts now, on the caller's thread, once (joining a public channel first if needed), for callers that keep
     * their own record of what was sent and try again later themselves, like the reminder sweep.
     */
    public Attempt postNow(Requester requester, Message message) {
        return once(requester, message);
    }

    private void attempt(Requester requester, Message message, int attempt) {
        Attempt outcome = once(requester, message);
        if (outcome instanceof Attempt.TryAgain again && attempt < MAX_ATTEMPTS) {
            log.info(
                    "Post to {} will be retried in {}s: {}",
                    message.channelId(),
                    again.after().toSeconds(),
                    again.reason());
            schedule(again.after(), requester, message, () -> attempt(requester, message, attempt + 1));
        } else if (outcome instanceof Attempt.TryAgain again) {
            fail(requester, message, again.reason());
        } else if (outcome instanceof Attempt.Failed failed) {
            fail(requester, message, failed.error());
        }
    }

    /** Queues a try; at shutdown, when nothing more is accepted, the requester is told instead. */
    private void schedule(Duration delay, Requester requester, Message message, Runnable task) {
        try {
            if (delay.isZero()) {
                work.run(task);
            } else {
                work.runAfter(delay, task);
            }
        } catch (RejectedExecutionException e) {
            fail(requester, message, "shutting_down");
        }
    }

    private Attempt once(Requester requester, Message message) {
        Attempt first = send(requester, message);
        if (first instanceof Attempt.Failed failed
                && "not_in_channel".equals(failed.error())
                && join(requester, message.channelId())) {
            return send(requester, message);
        }
        return first;
    }

    private Attempt send(Requester requester, Message message) {
        ChatPostMessageResponse response;
        try {
            response = requester.client().chatPostMessage(r -> r.channel(message.channelId())
                    .text(message.text())
                    .blocks(message.blocks())
                    .unfurlLinks(false));
        } catch (SlackApiException e) {
            return e.getResponse().code() == 429
                    ? new Attempt.TryAgain(retryAfter(e), "ratelimited")
                    : new Attempt.Failed("http_" + e.getResponse().code());
        } catch (IOException e) {
            return new Attempt.TryAgain(NETWORK_RETRY, "network_error");
        }
        if (response.isOk()) {
            return new Attempt.Delivered();
        }
        return TRANSIENT.contains(response.getError())
                ? new Attempt.TryAgain(NETWORK_RETRY, response.getError())
                : new Attempt.Failed(response.getError());
    }

    /** Joins a public channel; private channels answer an error, and the requester is told to invite the bot. */
    private boolean join(Requester requester, String channelId) {
        try {
            ConversationsJoinResponse joined = requester.client().conversationsJoin(r -> r.channel(channelId));
            if (!joined.isOk()) {
                log.info("conversations.join {} refused: {}", channelId, joined.getError());
            }
            return joined.isOk();
        } catch (IOException | SlackApiException e) {
            log.info("conversations.join {} failed: {}", channelId, e.toString());
            return false;
        }
    }

    private void fail(Requester requester, Message message, String error) {
        log.warn("Could not post to channel {}: Slack error {}", message.channelId(), error);
        notifyRequester(requester, explain(message.channelId(), error));
    }

    /** Says privately, on the caller's thread, what a failed post means for the person. */
    public void explainFailure(Requester requester, String channelId, String error, String what) {
        notifyRequester(requester, what + " " + explain(channelId, error));
    }

    static String explain(String channelId, String error) {
        String channel = "<#" + channelId + ">";
        return switch (error == null ? "" : error) {
            case "not_in_channel", "channel_not_found" ->
                "I couldn't post in " + channel
                        + " because I'm not a member. Invite me there with `/invite @Partnerbot`, then try again."
                        + " What you entered is saved.";
            case "is_archived" -> channel + " is archived, so I couldn't post there. What you entered is saved.";
            case "shutting_down" ->
                "Partnerbot was restarting, so I couldn't post in " + channel + ". What you entered is saved.";
            case "ratelimited" ->
                "Slack is rate limiting messages to " + channel
                        + " right now, so I couldn't post there. What you entered is saved; try again in a minute.";
            default -> "I couldn't post in " + channel + " (Slack said `" + error + "`). What you entered is saved.";
        };
    }

    private void notifyRequester(Requester requester, String text) {
        if (requester.responseUrl().isPresent() && sendEphemeral(requester, text)) {
            return;
        }
        // No response URL (shortcuts, buttons), or it expired (they last 30 minutes): a direct message instead.
        try {
            var dm = requester.client().chatPostMessage(r -> r.channel(requester.userId())
                    .text(text));
            if (!dm.isOk()) {
                log.warn(
                        "Could not tell user {} about a failed post: Slack error {}",
                        requester.userId(),
                        dm.getError());
            }
        } catch (IOException | SlackApiException e) {
            log.warn("Could not tell user {} about a failed post: {}", requester.userId(), e.toString());
        }
    }

    private boolean sendEphemeral(Requester requester, String text) {
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("response_type", "ephemeral");
            body.put("replace_original", false);
            body.put("text", text);
            var sent = requester.slack().send(requester.responseUrl().get(), json.writeValueAsString(body));
            if (sent.getCode() == 200) {
                return true;
            }
            log.info("response_url answered {}; telling user {} by direct message", sent.getCode(), requester.userId());
        } catch (IOException e) {
            log.info("response_url failed ({}); telling user {} by direct message", e.toString(), requester.userId());
        }
        return false;
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
