package com.partnerbot.slack.commands;

import com.partnerbot.partnerships.QuestionnaireAnswers;
import com.partnerbot.slack.questionnaire.QuestionnaireOpener;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Optional;

/** {@code /partner new [NAME]}: opens the questionnaire at once, prefilled with the name, this channel and the caller. */
public final class NewSubcommand implements Subcommand {
    private final QuestionnaireOpener opener;

    public NewSubcommand(QuestionnaireOpener opener) {
        this.opener = opener;
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
        return "Start a partnership and answer the playbook's qualification questions; the verdict, with why, goes"
                + " to its channel.";
    }

    @Override
    public String example() {
        return "/partner new Acme Cloud";
    }

    @Override
    public Response handle(String args, SlashCommandRequest req, SlashCommandContext ctx)
            throws IOException, SlackApiException {
        var p = req.getPayload();
        var prefill = QuestionnaireAnswers.empty()
                .withBasics(args.isBlank() ? null : args, p.getChannelId(), p.getUserId(), null);
        Optional<String> error = opener.openNew(QuestionnaireOpener.Opening.of(ctx, p), prefill);
        return error.map(e -> cannotOpen(ctx, e)).orElseGet(ctx::ack);
    }

    static Response cannotOpen(SlashCommandContext ctx, String error) {
        ctx.logger.warn("views.open failed: {}", error);
        return ctx.ack(r -> r.responseType("ephemeral")
                .text("I couldn't open the form (Slack said `" + error + "`). Please run the command again."));
    }
}
