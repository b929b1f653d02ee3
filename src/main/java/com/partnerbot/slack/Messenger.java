package com.partnerbot.slack;

import com.google.gson.Gson;
import com.partnerbot.outbox.Kind;
import com.partnerbot.outbox.OutboxMessage;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.List;
import java.util.Optional;

/**
 * What the bot says, on its way to the outbox: a rendered message becomes an {@link OutboxMessage} whose blocks
 * are serialised exactly as the Slack client would send them, so the sender posts them unchanged.
 */
public final class Messenger {
    private static final Gson GSON = GsonFactory.createSnakeCase();

    private Messenger() {}

    /** A message for a channel: the fallback text (notifications, screen readers) and its blocks. */
    public record Message(String channelId, String text, List<LayoutBlock> blocks) {}

    /** Who is told when the message cannot be delivered, and how to reach them privately. */
    public record Requester(String userId, Optional<String> responseUrl) {}

    public static OutboxMessage outgoing(Kind kind, Message message, Requester requester, String about) {
        return new OutboxMessage(
                kind,
                message.channelId(),
                message.text(),
                message.blocks() == null || message.blocks().isEmpty()
                        ? Optional.empty()
                        : Optional.of(GSON.toJson(message.blocks())),
                Optional.of(requester.userId()),
                requester.responseUrl(),
                about);
    }
}
