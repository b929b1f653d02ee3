package com.partnerbot.slack.commands;

import com.partnerbot.partnerships.PartnershipStatus;
import com.partnerbot.partnerships.StatusService;
import com.partnerbot.slack.questionnaire.QuestionnaireOpener;
import com.partnerbot.slack.render.StatusRenderer;
import com.partnerbot.slack.render.Text;
import com.partnerbot.store.Partnership;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Optional;

/** {@code /partner qualify NAME}: the questionnaire again for an existing partnership, prefilled with its last answers. */
public final class QualifySubcommand implements Subcommand {
    private final StatusService partnerships;
    private final QuestionnaireOpener opener;

    public QualifySubcommand(StatusService partnerships, QuestionnaireOpener opener) {
        this.partnerships = partnerships;
        this.opener = opener;
    }

    @Override
    public String name() {
        return "qualify";
    }

    @Override
    public String usage() {
        return "qualify NAME";
    }

    @Override
    public String purpose() {
        return "Re-assess a partnership; every assessment is kept and the channel hears what changed.";
    }

    @Override
    public String example() {
        return "/partner qualify Acme Cloud";
    }

    @Override
    public Response handle(String args, SlashCommandRequest req, SlashCommandContext ctx)
            throws IOException, SlackApiException {
        if (args.isBlank()) {
            return ctx.ack(r -> r.responseType("ephemeral").text("Which partnership? Usage: `" + example() + "`"));
        }
        PartnershipStatus status = partnerships.status(ctx.getTeamId(), args);
        if (status instanceof PartnershipStatus.Unknown unknown) {
            return ctx.ack(r -> r.responseType("ephemeral")
                    .text("No partnership named " + Text.escape(args))
                    .blocks(StatusRenderer.unknownName(name(), args, unknown.suggestions())));
        }
        Partnership found = ((PartnershipStatus.Found) status).partnership();
        var p = req.getPayload();
        Optional<String> error = opener.openReassessment(QuestionnaireOpener.Opening.of(ctx, p), found);
        return error.map(e -> NewSubcommand.cannotOpen(ctx, e)).orElseGet(ctx::ack);
    }
}
