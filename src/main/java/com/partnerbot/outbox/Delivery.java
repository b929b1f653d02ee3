package com.partnerbot.outbox;

import com.partnerbot.store.OutboxRow;
import java.time.Duration;

/** Sends one outbox row to Slack, and looks for it there when an earlier try may have landed. */
public interface Delivery {

    /** Posts the row once, carrying its id where {@link #findPosted} can see it. */
    Outcome deliver(OutboxRow row);

    /**
     * Replaces the content of the message at {@code channel}/{@code ts} with the row's (a living message); answers
     * {@link Outcome.Gone} when that message no longer exists.
     */
    default Outcome update(OutboxRow row, String channel, String ts) {
        return new Outcome.Gone();
    }

    /** Looks in the destination's history, since the row became uncertain, for a message carrying its id. */
    Lookup findPosted(OutboxRow row);

    /** What to tell the requester when the row cannot be delivered ({@code error} is the last error seen). */
    OutboxMessage failureNotice(OutboxRow row, String error);

    sealed interface Outcome {
        /** Posted: where ({@code channel} may be a DM's id) and Slack's timestamp of the message. */
        record Delivered(String channel, String ts) implements Outcome {}

        /** Not posted: Slack asks to wait this long. */
        record RateLimited(Duration after) implements Outcome {}

        /** A passing failure; {@code maybePosted} when Slack may have posted all the same (timeouts, HTTP 5xx). */
        record Transient(String reason, boolean maybePosted) implements Outcome {}

        /** Will not work however often it is tried (archived channel, revoked token). */
        record Permanent(String reason) implements Outcome {}

        /** The message to update was deleted: post a new one instead. */
        record Gone() implements Outcome {}
    }

    sealed interface Lookup {
        record Found(String channel, String ts) implements Lookup {}

        record NotFound() implements Lookup {}

        /** The history could not be read this time; try again later rather than risk a second post. */
        record Unknown(String reason) implements Lookup {}
    }
}
