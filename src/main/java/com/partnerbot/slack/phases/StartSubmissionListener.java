package com.partnerbot.slack.phases;

import com.partnerbot.phases.PhaseFields;
import com.partnerbot.phases.PhaseService;
import com.partnerbot.slack.render.Text;
import com.partnerbot.slack.views.ViewValues;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The start form submitted: mistakes stay in the form under their fields; otherwise the phase, its reminders and its
 * post to the channel are stored in one transaction and the form closes. A phase started meanwhile by someone else
 * shows where things stand instead.
 */
final class StartSubmissionListener implements ViewSubmissionHandler {
    private final PhaseService phases;
    private final PhaseModals modals;
    private final PhaseService.Announcer announcer;

    StartSubmissionListener(PhaseService phases, PhaseModals modals, PhaseService.Announcer announcer) {
        this.phases = phases;
        this.modals = modals;
        this.announcer = announcer;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var payload = req.getPayload();
        Optional<PhaseMetadata> metadata =
                PhaseMetadata.decode(payload.getView().getPrivateMetadata());
        if (metadata.isEmpty()) {
            return ctx.ack(r -> r.responseAction("update")
                    .view(modals.notice("This form is no longer valid. Run `/partner phase NAME` again.", null)));
        }
        var values = new ViewValues(payload.getView());
        var result = phases.start(
                ctx.getTeamId(),
                payload.getUser().getId(),
                metadata.get().partnershipId(),
                values.date(PhaseIds.START_DATE_BLOCK),
                values.text(PhaseIds.CRITERIA_BLOCK),
                announcer);
        if (result instanceof PhaseService.StartResult.Invalid invalid) {
            return ctx.ackWithErrors(blockErrors(invalid.problems()));
        }
        if (result instanceof PhaseService.StartResult.AlreadyStarted already) {
            String label = already.state().current().orElseThrow().phase().label();
            return ctx.ack(r -> r.responseAction("update")
                    .view(modals.notice(
                            Text.escape(label) + " was started meanwhile; nothing was started twice.",
                            already.state())));
        }
        if (result instanceof PhaseService.StartResult.NotFound) {
            return ctx.ack(r -> r.responseAction("update")
                    .view(modals.notice("That partnership no longer exists, so nothing was started.", null)));
        }
        return ctx.ack(r -> r.responseAction("clear"));
    }

    static Map<String, String> blockErrors(Map<String, String> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach((field, message) -> errors.put(
                PhaseFields.START_DATE.equals(field) ? PhaseIds.START_DATE_BLOCK : PhaseIds.CRITERIA_BLOCK, message));
        return errors;
    }
}
