package com.partnerbot.slack.commands;

import com.partnerbot.slack.render.HelpRenderer;
import com.partnerbot.slack.render.Text;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code /partner}: finds the subcommand named by the first word and hands it the rest; answers help otherwise. */
public final class PartnerCommandListener implements SlashCommandHandler {
    private final Map<String, Subcommand> subcommands = new LinkedHashMap<>();
    private final HelpRenderer help;

    public PartnerCommandListener(List<Subcommand> subcommands, HelpRenderer help) {
        subcommands.forEach(s -> this.subcommands.put(s.name(), s));
        this.help = help;
    }

    @Override
    public Response apply(SlashCommandRequest req, SlashCommandContext ctx) throws IOException, SlackApiException {
        // Slack sends &, < and > in command text as &amp;, &lt; and &gt;; modals send them raw. Undone once here,
        // so "AT&amp;T" finds the partnership named "AT&T" in a modal.
        String text = req.getPayload().getText() == null
                ? ""
                : Text.unescape(req.getPayload().getText()).strip();
        String[] parts = text.split("\\s+", 2);
        String word = parts[0].toLowerCase(Locale.ROOT);
        String args = parts.length > 1 ? parts[1].strip() : "";
        if (word.isEmpty() || word.equals("help")) {
            return ctx.ack(r -> r.responseType("ephemeral")
                    .text(help.fallbackText())
                    .blocks(help.render(subcommands.values(), null)));
        }
        Subcommand subcommand = subcommands.get(word);
        if (subcommand == null) {
            return ctx.ack(r -> r.responseType("ephemeral")
                    .text("Unknown subcommand " + Text.escape(parts[0]) + ". " + help.fallbackText())
                    .blocks(help.render(subcommands.values(), parts[0])));
        }
        return subcommand.handle(args, req, ctx);
    }
}
