package com.partnerbot.slack.launch;

import com.partnerbot.launch.LaunchService;
import com.partnerbot.slack.views.ViewValues;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Map;
import java.util.Optional;

/** The activity form submitted: recorded, posted to the channel and, from a check-in, that check-in done. */
final class ActivitySubmissionListener implements ViewSubmissionHandler {
    private final LaunchService launches;
    private final LaunchMessages messages;

    ActivitySubmissionListener(LaunchService launches, LaunchMessages messages) {
        this.launches = launches;
        this.messages = messages;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var payload = req.getPayload();
        Optional<LaunchMetadata> metadata =
                LaunchMetadata.decode(payload.getView().getPrivateMetadata());
        if (metadata.isEmpty()) {
            return ctx.ack(r -> r.responseAction("update")
                    .view(LaunchModal.notice("Log activity", "This form is no longer valid; nothing was logged.")));
        }
        var result = launches.recordActivity(
                ctx.getTeamId(),
                payload.getUser().getId(),
                metadata.get().partnershipId(),
                new ViewValues(payload.getView()).text(LaunchIds.ACTIVITY_BLOCK),
                Optional.ofNullable(metadata.get().checkInId()),
                messages);
        if (result instanceof LaunchService.ActivityResult.Invalid invalid) {
            return ctx.ackWithErrors(Map.of(LaunchIds.ACTIVITY_BLOCK, invalid.problem()));
        }
        if (result instanceof LaunchService.ActivityResult.NotFound) {
            return ctx.ack(r -> r.responseAction("update")
                    .view(LaunchModal.notice(
                            "Log activity", "That partnership no longer exists; nothing was" + " logged.")));
        }
        return ctx.ack(r -> r.responseAction("clear"));
    }
}
