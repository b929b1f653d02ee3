package com.partnerbot.slack.charter;

import com.partnerbot.charter.CharterService;
import com.partnerbot.slack.views.ViewValues;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;

/** The owner's attestation submitted: the partner's signature is recorded with its evidence, and the message updated. */
final class AttestSubmissionListener implements ViewSubmissionHandler {
    private final CharterService charters;
    private final CharterAnnouncer announcer;

    AttestSubmissionListener(CharterService charters, CharterAnnouncer announcer) {
        this.charters = charters;
        this.announcer = announcer;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var payload = req.getPayload();
        var metadata = CharterMetadata.decode(payload.getView().getPrivateMetadata());
        if (metadata.isEmpty()) {
            return ctx.ack(r -> r.responseAction("update")
                    .view(CharterSubmissionListener.notice("This form is no longer valid; nothing was recorded.")));
        }
        var result = charters.attest(
                ctx.getTeamId(),
                metadata.get().partnershipId(),
                metadata.get().baseVersion(),
                payload.getUser().getId(),
                new ViewValues(payload.getView()).text(CharterIds.EVIDENCE_BLOCK),
                announcer);
        if (result instanceof CharterService.SignResult.Invalid invalid) {
            return ctx.ackWithErrors(CharterSubmissionListener.blockErrors(invalid.problems()));
        }
        if (result instanceof CharterService.SignResult.Signed) {
            return ctx.ack(r -> r.responseAction("clear"));
        }
        String why;
        if (result instanceof CharterService.SignResult.Stale stale) {
            why = "The charter changed since you opened this form: it is now at version "
                    + stale.state().version() + ", which they have not signed. Nothing was recorded.";
        } else if (result instanceof CharterService.SignResult.AlreadySigned already) {
            why = "Their signature on version " + already.signature().version() + " was already recorded on "
                    + CharterMessage.date(already.signature().signedAt()) + "; nothing changed.";
        } else if (result instanceof CharterService.SignResult.NotOwner not) {
            why = "Only the partnership's owner, <@" + not.state().partnership().ownerUserId()
                    + ">, records a signature given outside Slack.";
        } else if (result instanceof CharterService.SignResult.SignsInSlack) {
            why = "The partner's signatory is in Slack now and signs there with the Sign button.";
        } else {
            why = "That charter no longer exists; nothing was recorded.";
        }
        return ctx.ack(r -> r.responseAction("update").view(CharterSubmissionListener.notice(why)));
    }
}
