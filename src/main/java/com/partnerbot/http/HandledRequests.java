package com.partnerbot.http;

import com.slack.api.bolt.request.Request;

/**
 * The requests handled lately, so that Slack delivering one again (an Events API retry, a Socket Mode envelope sent
 * again) is acknowledged without doing the work twice. One instance keeps them in memory ({@link Redeliveries});
 * several instances on one database share them there ({@link StoredRedeliveries}), since a retry may reach another
 * instance than the first delivery did.
 */
public interface HandledRequests {

    /** Records {@code key} of workspace {@code teamId} as handled from now on; false when it already was, lately. */
    boolean claim(String teamId, String key);

    /** Forgets {@code key}: its handling failed, so a redelivery should do the work. */
    void forget(String teamId, String key);

    /** The workspace a request names, as Slack sent it (before any middleware replaced it); empty when none. */
    static String teamOf(Request<?> request) {
        String teamId =
                request.getContext() == null ? null : request.getContext().getTeamId();
        return teamId == null ? "" : teamId;
    }
}
