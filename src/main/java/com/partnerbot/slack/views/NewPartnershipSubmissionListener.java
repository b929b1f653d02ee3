package com.partnerbot.slack.views;

import com.partnerbot.partnerships.CreateResult;
import com.partnerbot.partnerships.PartnershipDraft;
import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.slack.Messenger;
import com.partnerbot.slack.ModalMetadata;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.render.PartnershipMessages;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Submission of the new-partnership modal: field errors go back into the form; a valid partnership is stored in
 * one transaction, the modal closes, and the confirmation is posted to its channel after the acknowledgement.
 */
public final class NewPartnershipSubmissionListener implements ViewSubmissionHandler {
    /** Field names of the core mapped to the modal's block ids. */
    private static final Map<String, String> BLOCKS = Map.of(
            PartnershipDraft.NAME, SlackIds.NAME_BLOCK,
            PartnershipDraft.CHANNEL, SlackIds.CHANNEL_BLOCK,
            PartnershipDraft.OWNER, SlackIds.OWNER_BLOCK,
            PartnershipDraft.DESCRIPTION, SlackIds.DESCRIPTION_BLOCK);

    private final PartnershipService partnerships;
    private final Messenger messenger;
    private final PartnershipMessages messages;

    public NewPartnershipSubmissionListener(
            PartnershipService partnerships, Messenger messenger, PartnershipMessages messages) {
        this.partnerships = partnerships;
        this.messenger = messenger;
        this.messages = messages;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var payload = req.getPayload();
        var values = new ViewValues(payload.getView());
        var draft = new PartnershipDraft(
                values.text(SlackIds.NAME_BLOCK),
                values.conversation(SlackIds.CHANNEL_BLOCK),
                values.user(SlackIds.OWNER_BLOCK),
                values.text(SlackIds.DESCRIPTION_BLOCK));
        String userId = payload.getUser().getId();
        CreateResult result = partnerships.create(ctx.getTeamId(), userId, draft);
        if (result instanceof CreateResult.Invalid invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.problems().forEach((field, message) -> errors.put(BLOCKS.get(field), message));
            return ctx.ackWithErrors(errors);
        }
        var partnership = ((CreateResult.Created) result).partnership();
        var metadata = ModalMetadata.decode(payload.getView().getPrivateMetadata());
        var requester = new Messenger.Requester(ctx.client(), ctx.getSlack(), userId, metadata.responseUrlIfAny());
        messenger.post(requester, messages.created(partnership, userId));
        return ctx.ack();
    }
}
