package com.partnerbot.slack.launch;

import com.partnerbot.launch.LaunchDraft;
import com.partnerbot.launch.LaunchService;
import com.partnerbot.slack.views.ViewValues;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The launch plan form submitted: mistakes stay in the form under their fields; a save another one overtook shows
 * the plan as it is now; otherwise the plan, its reminders and its post are stored in one transaction and the form
 * closes.
 */
final class LaunchSubmissionListener implements ViewSubmissionHandler {
    private final LaunchService launches;
    private final LaunchModal modal;
    private final LaunchMessages messages;

    LaunchSubmissionListener(LaunchService launches, LaunchModal modal, LaunchMessages messages) {
        this.launches = launches;
        this.modal = modal;
        this.messages = messages;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var payload = req.getPayload();
        Optional<LaunchMetadata> metadata =
                LaunchMetadata.decode(payload.getView().getPrivateMetadata());
        if (metadata.isEmpty()) {
            return ctx.ack(r -> r.responseAction("update")
                    .view(LaunchModal.notice(
                            LaunchModal.TITLE,
                            "This form is no longer valid. Run `/partner launch NAME` to open the plan again.")));
        }
        LaunchDraft draft = read(new ViewValues(payload.getView()));
        var result = launches.save(
                ctx.getTeamId(),
                payload.getUser().getId(),
                metadata.get().partnershipId(),
                metadata.get().baseVersion(),
                draft,
                messages);
        if (result instanceof LaunchService.SaveResult.Invalid invalid) {
            return ctx.ackWithErrors(blockErrors(invalid.problems()));
        }
        if (result instanceof LaunchService.SaveResult.Conflict conflict) {
            var current = conflict.current();
            var again = modal.render(
                    current,
                    launches.prefill(current, Optional.empty()),
                    new LaunchMetadata(current.partnership().id(), current.version(), null),
                    Optional.of(":warning: The plan changed since you opened it; this is the plan as it is now."
                            + " Make your change again and save."));
            return ctx.ack(r -> r.responseAction("update").view(again));
        }
        if (result instanceof LaunchService.SaveResult.NotFound) {
            return ctx.ack(r -> r.responseAction("update")
                    .view(LaunchModal.notice(
                            LaunchModal.TITLE, "That partnership no longer exists, so nothing was saved.")));
        }
        return ctx.ack(r -> r.responseAction("clear"));
    }

    static LaunchDraft read(ViewValues values) {
        return new LaunchDraft(
                values.date(LaunchIds.DATE_BLOCK),
                values.user(LaunchIds.OUR_OWNER_BLOCK),
                values.text(LaunchIds.PARTNER_OWNER_BLOCK),
                values.text(LaunchIds.PATHWAY_BLOCK),
                values.text(LaunchIds.TIME_ZONE_BLOCK),
                values.time(LaunchIds.REMIND_AT_BLOCK));
    }

    static Map<String, String> blockErrors(Map<String, String> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach((field, message) -> errors.put(
                switch (field) {
                    case LaunchDraft.LAUNCH_DATE -> LaunchIds.DATE_BLOCK;
                    case LaunchDraft.OUR_OWNER -> LaunchIds.OUR_OWNER_BLOCK;
                    case LaunchDraft.PARTNER_OWNER -> LaunchIds.PARTNER_OWNER_BLOCK;
                    case LaunchDraft.PATHWAY -> LaunchIds.PATHWAY_BLOCK;
                    case LaunchDraft.TIME_ZONE -> LaunchIds.TIME_ZONE_BLOCK;
                    default -> LaunchIds.REMIND_AT_BLOCK;
                },
                message));
        return errors;
    }
}
