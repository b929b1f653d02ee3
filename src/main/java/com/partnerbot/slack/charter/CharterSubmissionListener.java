package com.partnerbot.slack.charter;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewTitle;

import com.partnerbot.charter.CharterDraft;
import com.partnerbot.charter.CharterFields;
import com.partnerbot.charter.CharterService;
import com.partnerbot.charter.Signatory;
import com.partnerbot.playbook.CharterField;
import com.partnerbot.playbook.CharterSection;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.slack.views.ViewValues;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The charter form submitted: mistakes stay in the form under their fields; a save another one overtook shows the
 * current text with the person's own kept; otherwise the version is stored with its message in the outbox (one
 * transaction) and the modal closes.
 */
final class CharterSubmissionListener implements ViewSubmissionHandler {
    private final Playbook playbook;
    private final CharterService charters;
    private final CharterModal modal;
    private final CharterAnnouncer announcer;

    CharterSubmissionListener(
            Playbook playbook, CharterService charters, CharterModal modal, CharterAnnouncer announcer) {
        this.playbook = playbook;
        this.charters = charters;
        this.modal = modal;
        this.announcer = announcer;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var payload = req.getPayload();
        Optional<CharterMetadata> metadata =
                CharterMetadata.decode(payload.getView().getPrivateMetadata());
        if (metadata.isEmpty()) {
            return ctx.ack(r -> r.responseAction("update")
                    .view(notice("This form is no longer valid. Run `/partner"
                            + " charter NAME` to open the charter again.")));
        }
        CharterDraft draft = read(new ViewValues(payload.getView()));
        String teamId = ctx.getTeamId();
        var result = charters.save(
                teamId,
                payload.getUser().getId(),
                metadata.get().partnershipId(),
                metadata.get().baseVersion(),
                draft,
                announcer);
        if (result instanceof CharterService.SaveResult.Invalid invalid) {
            return ctx.ackWithErrors(blockErrors(invalid.problems()));
        }
        if (result instanceof CharterService.SaveResult.Conflict conflict) {
            View again = modal.render(
                    conflict.current(),
                    draft,
                    metadata.get().at(conflict.current().version()),
                    conflict.current().current());
            return ctx.ack(r -> r.responseAction("update").view(again));
        }
        if (result instanceof CharterService.SaveResult.NotFound) {
            return ctx.ack(r -> r.responseAction("update")
                    .view(notice("That partnership no longer exists, so nothing was saved.")));
        }
        if (result instanceof CharterService.SaveResult.NotAssessed) {
            return ctx.ack(r -> r.responseAction("update")
                    .view(notice("This partnership has no assessment yet. Run `/partner new` first.")));
        }
        // Stored; the charter's message goes to the channel once this acknowledgement is on its way.
        return ctx.ack(r -> r.responseAction("clear"));
    }

    CharterDraft read(ViewValues values) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (CharterSection section : playbook.charter().sections()) {
            texts.put(section.id(), values.text(CharterIds.textBlock(section.id())));
            for (CharterField field : section.fields()) {
                String value = CharterField.DATE.equals(field.kind())
                        ? values.date(CharterIds.textBlock(field.id()))
                        : values.text(CharterIds.textBlock(field.id()));
                texts.put(field.id(), value);
            }
        }
        texts.values().removeIf(v -> v == null);
        String partnerUser = values.user(CharterIds.PARTNER_SIGNER_BLOCK);
        Signatory partner = partnerUser != null && !partnerUser.isBlank()
                ? new Signatory(
                        partnerUser,
                        values.text(CharterIds.PARTNER_NAME_BLOCK),
                        values.text(CharterIds.PARTNER_EMAIL_BLOCK))
                : Signatory.outside(
                        values.text(CharterIds.PARTNER_NAME_BLOCK), values.text(CharterIds.PARTNER_EMAIL_BLOCK));
        return new CharterDraft(texts, values.user(CharterIds.OUR_SIGNER_BLOCK), partner);
    }

    /** The service's problems by section, field or signatory, keyed by the form's block ids. */
    static Map<String, String> blockErrors(Map<String, String> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach((key, message) -> errors.put(
                switch (key) {
                    case CharterFields.OUR_SIGNER -> CharterIds.OUR_SIGNER_BLOCK;
                    case CharterFields.PARTNER_SIGNER -> CharterIds.PARTNER_SIGNER_BLOCK;
                    case CharterFields.PARTNER_NAME -> CharterIds.PARTNER_NAME_BLOCK;
                    case CharterFields.PARTNER_EMAIL -> CharterIds.PARTNER_EMAIL_BLOCK;
                    case CharterFields.EVIDENCE -> CharterIds.EVIDENCE_BLOCK;
                    default -> CharterIds.textBlock(key);
                },
                message));
        return errors;
    }

    static View notice(String mrkdwn) {
        return view(v -> v.type("modal")
                .title(viewTitle(t -> t.type("plain_text").text(CharterModal.TITLE)))
                .close(viewClose(t -> t.type("plain_text").text("Close")))
                .blocks(List.of(section(s -> s.text(markdownText(mrkdwn))))));
    }
}
