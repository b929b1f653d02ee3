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
 */
public record OutboxMessage(
        Kind kind,
        String channelId,
        String text,
        Optional<String> blocksJson,
        Optional<String> requesterId,
        Optional<String> responseUrl,
        String about) {}
