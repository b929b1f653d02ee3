package com.partnerbot.slack.commands;

import com.partnerbot.slack.ModalMetadata;
import com.partnerbot.slack.render.NewPartnershipModal;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import java.io.IOException;

/** {@code /partner new [NAME]}: opens the new-partnership modal at once, while the trigger id is fresh. */
public final class NewSubcommand implements Subcommand {
    private final NewPartnershipModal modal;

    public NewSubcommand(NewPartnershipModal modal) {
        this.modal = modal;
    }

    @Override
    public String name() {
        return "new";
    }

    @Override
    public String usage() {
        return "new [NAME]";
    }

    @Override
    public String purpose() {
        return "Start tracking a partnership: its name, channel, owner and a one-line description.";
    }

    @Override
    public String example() {
        return "/partner new Acme Cloud";
    }

    @Override
    public Response handle(String args, SlashCommandRequest req, SlashCommandContext ctx)
            throws IOException, SlackApiException {
        var payload = req.getPayload();
        var metadata = new ModalMetadata(payload.getChannelId(), payload.getResponseUrl());
        var view = modal.render(
                new NewPartnershipModal.Prefill(args, payload.getChannelId(), payload.getUserId(), null),
                metadata.encode());
        ViewsOpenResponse opened =
                ctx.client().viewsOpen(r -> r.triggerId(payload.getTriggerId()).view(view));
        if (!opened.isOk()) {
            ctx.logger.warn("views.open failed: {}", opened.getError());
            return ctx.ack(r -> r.responseType("ephemeral")
                    .text("I couldn't open the form (Slack said `" + opened.getError() + "`). Please run `/partner new`"
                            + " again."));
        }
        return ctx.ack();
    }
}
