package com.partnerbot.http;

import com.slack.api.bolt.request.Request;

/**
 * The requests handled lately, so that Slack delivering one again (an Events API retry, a Socket Mode envelope sent
 * again) is acknowledged without doing the work twice. One instance keeps them in memory ({@link Redeliveries});
 * several instances on one database share them there ({@link StoredRedeliveries}), since a retry may reach another
 * instance than the first delivery did.
 */
public interface HandledRequests {

    /** What a request's key says about it. */
    enum Claim {
        /** Not handled lately: this instance handles it now. */
        NEW,
        /** Handled lately: a redelivery is acknowledged and nothing is done. */
        HANDLED,
        /**
         * Being handled by another instance right now: a redelivery is not acknowledged, so that Slack sends it again
         * later, when it is handled, or taken over if that instance stopped.
         */
        UNDER_WAY
    }

    /** Takes {@code key} of workspace {@code teamId} as being handled from now on, when it is new. */
    Claim claim(String teamId, String key);

    /** The request of {@code key} was answered. */
    void done(String teamId, String key);

    /** Forgets {@code key}: its handling failed, so a redelivery should do the work. */
    void forget(String teamId, String key);

    /** The workspace a request names, as Slack sent it (before any middleware replaced it); empty when none. */
    static String teamOf(Request<?> request) {
        String teamId =
                request.getContext() == null ? null : request.getContext().getTeamId();
        return teamId == null ? "" : teamId;
    }
}
