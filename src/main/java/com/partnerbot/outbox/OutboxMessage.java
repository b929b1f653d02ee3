package com.partnerbot.outbox;

import java.util.Optional;

/**
 * A message to deliver, as a feature hands it to the outbox: already rendered (fallback text and Block Kit JSON)
 * by the Slack side, so the outbox only stores and sends it.
 *
 * @param channelId a channel id, or a user id for a direct message
 * @param requesterId who is told when it cannot be delivered; empty for nobody
 * @param responseUrl where that person can be answered privately while the URL lasts
 * @param about what it is, in plain words, for that notice ("the verdict for Acme")
 * @param messageKey the living message this keeps up to date (e.g. a partnership's charter): the first row of a key
 *     posts, later ones edit that message in place; empty for a message of its own
 */
public record OutboxMessage(
        Kind kind,
        String channelId,
        String text,
        Optional<String> blocksJson,
        Optional<String> requesterId,
        Optional<String> responseUrl,
        String about,
        Optional<String> messageKey) {

    public OutboxMessage {
        messageKey = messageKey == null ? Optional.empty() : messageKey;
    }

    /** A message of its own, posted once. */
    public OutboxMessage(
            Kind kind,
            String channelId,
            String text,
            Optional<String> blocksJson,
            Optional<String> requesterId,
            Optional<String> responseUrl,
            String about) {
        this(kind, channelId, text, blocksJson, requesterId, responseUrl, about, Optional.empty());
    }

    /** This content as the living message {@code key}: it replaces what that message showed. */
    public OutboxMessage keyed(String key) {
        return new OutboxMessage(kind, channelId, text, blocksJson, requesterId, responseUrl, about, Optional.of(key));
    }
}
