package com.partnerbot.slack.portfolio;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;

/** Someone opened the Home tab: acknowledged at once, published on Home's own executor. */
final class HomeOpenedListener implements BoltEventHandler<AppHomeOpenedEvent> {
    private final HomePublisher home;

    HomeOpenedListener(HomePublisher home) {
        this.home = home;
    }

    @Override
    public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent event = payload.getEvent();
        if ("home".equals(event.getTab()) && ctx.getTeamId() != null && event.getUser() != null) {
            home.opened(ctx.getTeamId(), event.getUser());
        }
        return ctx.ack();
    }
}
