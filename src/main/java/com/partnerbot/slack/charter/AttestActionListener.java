package com.partnerbot.slack.charter;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.partnerbot.charter.CharterService;
import com.partnerbot.charter.CharterState;
import com.partnerbot.charter.Signatory;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.render.Text;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.util.List;

/**
 * "Record their signature" under a charter whose partner signs outside Slack: for the partnership's owner, a form
 * to attest that they signed, with a note of the evidence. Anyone else is told who records it.
 */
final class AttestActionListener implements BlockActionHandler {
    private final CharterService charters;
    private final Replies replies;

    AttestActionListener(CharterService charters, Replies replies) {
        this.charters = charters;
        this.replies = replies;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) throws IOException, SlackApiException {
        var p = req.getPayload();
        var clicked = CharterIds.versioned(p.getActions().get(0).getValue());
        var state = clicked.flatMap(c -> charters.state(ctx.getTeamId(), c.partnershipId()));
        if (state.isEmpty() || state.get().current().isEmpty()) {
            replies.tell(ctx, "That charter no longer exists.");
            return ctx.ack();
        }
        CharterState s = state.get();
        if (!p.getUser().getId().equals(s.partnership().ownerUserId())) {
            replies.tell(
                    ctx,
                    "Only the partnership's owner, <@" + s.partnership().ownerUserId()
                            + ">, records a signature given outside Slack.");
            return ctx.ack();
        }
        if (clicked.get().version() != s.version()) {
            replies.tellWithCurrent(
                    ctx,
                    "This button is from version " + clicked.get().version() + "; the charter is now at version "
                            + s.version() + ".",
                    s);
            return ctx.ack();
        }
        var metadata = new CharterMetadata(s.partnership().id(), s.version(), p.getResponseUrl());
        var opened = ctx.client().viewsOpen(r -> r.triggerId(p.getTriggerId()).view(form(s, metadata)));
        if (!opened.isOk()) {
            ctx.logger.warn("views.open for the attestation failed: {}", opened.getError());
        }
        return ctx.ack();
    }

    static View form(CharterState state, CharterMetadata metadata) {
        Signatory partner = state.current().orElseThrow().partnerSigner();
        String who = partner.name() + " (" + partner.email() + ")";
        return view(v -> v.type("modal")
                .callbackId(CharterIds.ATTEST_VIEW)
                .title(viewTitle(t -> t.type("plain_text").text("Signed outside Slack")))
                .submit(viewSubmit(t -> t.type("plain_text").text("Record signature")))
                .close(viewClose(t -> t.type("plain_text").text("Cancel")))
                .privateMetadata(metadata.encode())
                .blocks(List.of(
                        section(s -> s.text(Text.literal(
                                "You attest that " + who + " signed version " + state.version() + " of the charter for "
                                        + state.partnership().name() + " outside Slack.",
                                3000))),
                        input(i -> i.blockId(CharterIds.EVIDENCE_BLOCK)
                                .label(plainText("What shows they signed"))
                                .hint(plainText("e.g. the signed PDF in an email to you on 31 August"))
                                .element(plainTextInput(t -> t.actionId(SlackIds.INPUT_ACTION)
                                        .multiline(true)
                                        .maxLength(CharterService.EVIDENCE_MAX)))))));
    }
}
