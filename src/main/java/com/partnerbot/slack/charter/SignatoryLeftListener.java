package com.partnerbot.slack.charter;

import com.partnerbot.charter.CharterService;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.UserChangeEvent;

/**
 * {@code user_change} with a deactivated account: the charters still waiting for that person's signature tell
 * their owner, who can name someone else. A few indexed reads, done before the acknowledgement.
 */
final class SignatoryLeftListener implements BoltEventHandler<UserChangeEvent> {
    private final CharterService charters;
    private final CharterService.Announcer announcer;

    SignatoryLeftListener(CharterService charters, CharterService.Announcer announcer) {
        this.charters = charters;
        this.announcer = announcer;
    }

    @Override
    public Response apply(EventsApiPayload<UserChangeEvent> payload, EventContext ctx) {
        var user = payload.getEvent().getUser();
        if (user != null && user.isDeleted()) {
            charters.signatoryLeft(ctx.getTeamId(), user.getId(), announcer);
        }
        return ctx.ack();
    }
}
