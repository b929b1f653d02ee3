package com.partnerbot.slack.events;

import com.partnerbot.partnerships.AssessmentService;
import com.partnerbot.slack.BackgroundWork;
import com.partnerbot.slack.render.HomeRenderer;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;

/** Publishes the Home tab each time someone opens it, after acknowledging the event. */
public final class AppHomeOpenedListener implements BoltEventHandler<AppHomeOpenedEvent> {
    private final AssessmentService assessments;
    private final HomeRenderer renderer;
    private final BackgroundWork work;

    public AppHomeOpenedListener(AssessmentService assessments, HomeRenderer renderer, BackgroundWork work) {
        this.assessments = assessments;
        this.renderer = renderer;
        this.work = work;
    }

    @Override
    public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent event = payload.getEvent();
        if (!"home".equals(event.getTab())) {
            return ctx.ack();
        }
        String teamId = ctx.getTeamId();
        String userId = event.getUser();
        var client = ctx.client();
        work.run(() -> {
            var view = renderer.render(assessments.overview(teamId));
            try {
                var published = client.viewsPublish(r -> r.userId(userId).view(view));
                if (!published.isOk()) {
                    ctx.logger.warn("views.publish failed: {}", published.getError());
                }
            } catch (Exception e) {
                ctx.logger.warn("views.publish failed: {}", e.toString());
            }
        });
        return ctx.ack();
    }
}
