package com.partnerbot.slack.export;

import com.partnerbot.export.ExportFormat;
import com.partnerbot.export.PartnershipExport;
import com.partnerbot.slack.BackgroundWork;
import com.partnerbot.slack.commands.Subcommand;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /partner export [csv|json]}: answers at once how many partnerships are coming, then writes and uploads the
 * file in the background; what followed is told privately through the command's response URL.
 */
final class ExportSubcommand implements Subcommand {
    private static final Logger log = LoggerFactory.getLogger(ExportSubcommand.class);

    private final PartnershipExport export;
    private final Clock clock;
    private final BackgroundWork work;

    ExportSubcommand(PartnershipExport export, Clock clock, BackgroundWork work) {
        this.export = export;
        this.clock = clock;
        this.work = work;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export [csv|json]";
    }

    @Override
    public String purpose() {
        return "Every partnership with its verdict, tier, investment, owner, channel, charter, phase and next reminder,"
                + " as a CSV or JSON file in your direct messages.";
    }

    @Override
    public String example() {
        return "/partner export csv";
    }

    @Override
    public Response handle(String args, SlashCommandRequest req, SlashCommandContext ctx) {
        Optional<ExportFormat> format = args.isBlank() ? Optional.of(ExportFormat.CSV) : ExportFormat.of(args);
        if (format.isEmpty()) {
            return ephemeral(ctx, ExportMessages.unknownFormat(args));
        }
        int count = export.count(ctx.getTeamId());
        if (count == 0) {
            return ephemeral(ctx, ExportMessages.nothingToExport());
        }
        var request = new ExportJob.Request(
                ctx.getTeamId(), ctx.getRequestUserId(), format.get(), ctx.client(), text -> reply(ctx, text));
        work.run(new ExportJob(export, clock, request));
        return ephemeral(ctx, ExportMessages.preparing(count, format.get()));
    }

    private static Response ephemeral(SlashCommandContext ctx, String text) {
        return ctx.ack(r -> r.responseType("ephemeral").text(text));
    }

    private static void reply(SlashCommandContext ctx, String text) {
        try {
            ctx.respond(r -> r.responseType("ephemeral").text(text));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not tell the requester how their export went: {}", e.toString());
        }
    }
}
