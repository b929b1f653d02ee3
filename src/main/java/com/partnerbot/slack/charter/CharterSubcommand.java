package com.partnerbot.slack.charter;

import com.partnerbot.slack.commands.Subcommand;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Optional;

/** {@code /partner charter NAME}: opens the charter form, prefilled from what the partnership recorded. */
final class CharterSubcommand implements Subcommand {
    private final PartnershipLookup lookup;
    private final CharterOpener opener;

    CharterSubcommand(PartnershipLookup lookup, CharterOpener opener) {
        this.lookup = lookup;
        this.opener = opener;
    }

    @Override
    public String name() {
        return "charter";
    }

    @Override
    public String usage() {
        return "charter NAME";
    }

    @Override
    public String purpose() {
        return "Write or edit the partnership's charter; it is posted to its channel for both sides to sign.";
    }

    @Override
    public String example() {
        return "/partner charter Acme Cloud";
    }

    @Override
    public Response handle(String args, SlashCommandRequest req, SlashCommandContext ctx)
            throws IOException, SlackApiException {
        PartnershipLookup.Found found = lookup.find(ctx.getTeamId(), name(), example(), args);
        if (found.state().isEmpty()) {
            return found.answer(ctx);
        }
        var p = req.getPayload();
        Optional<String> error = opener.open(
                ctx.client(), p.getTriggerId(), found.state().get(), Optional.ofNullable(p.getResponseUrl()));
        if (error.isPresent()) {
            ctx.logger.warn("views.open for the charter failed: {}", error.get());
            return ctx.ack(r -> r.responseType("ephemeral")
                    .text("I couldn't open the charter (Slack said `" + error.get() + "`). Please run the command"
                            + " again."));
        }
        return ctx.ack();
    }
}
