package com.partnerbot.store;

import java.util.Optional;

/**
 * One message the bot owes: where it goes, what it says (fallback text and Block Kit JSON), who is told if it
 * cannot be delivered, and where its delivery stands.
 *
 * @param about what the message is, in plain words, for the notice when it fails ("The verdict for Acme")
 * @param uncertainSince when an attempt whose outcome is unknown began (a claim taken over from a process that
 *     died, a timeout, an HTTP 5xx): the channel's history since then is searched before posting again
 * @param messageKey the living message the row keeps up to date, if any
 */
public record OutboxRow(
        String teamId,
        String id,
        String kind,
        String channelId,
        String text,
        Optional<String> blocksJson,
        Optional<String> requesterId,
        Optional<String> responseUrl,
        String about,
        String status,
        long createdAt,
        long notBefore,
        long giveUpAt,
        int attempts,
        Optional<Long> uncertainSince,
        Optional<String> lastError,
        Optional<String> ts,
        Optional<String> messageKey) {
    public static final String PENDING = "pending";
    public static final String SENDING = "sending";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";
    /** A living message's row replaced by a newer one of the same key before it was sent. */
    public static final String SUPERSEDED = "superseded";
}
