package com.partnerbot.slack.export;

import com.partnerbot.export.ExportFormat;
import com.partnerbot.export.PartnershipExport;
import com.slack.api.methods.MethodsClient;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One export, off the request thread: the workspace's partnerships written to a temporary file (readable only by
 * the bot's user), sent to the requester's DM, and the requester told privately how it went. The file is deleted
 * whatever happens.
 */
final class ExportJob implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(ExportJob.class);

    private final PartnershipExport export;
    private final Clock clock;
    private final Request request;

    /** Who asked, for which workspace and format; how to reach Slack as the bot; how to answer them privately. */
    record Request(String teamId, String userId, ExportFormat format, MethodsClient client, Consumer<String> reply) {}

    ExportJob(PartnershipExport export, Clock clock, Request request) {
        this.export = export;
        this.clock = clock;
        this.request = request;
    }

    @Override
    public void run() {
        Path file = null;
        try {
            file = Files.createTempFile(
                    "partnerbot-export-", "." + request.format().id());
            Instant asOf = clock.instant();
            int count = write(file);
            String filename = filename(asOf);
            DirectUpload.send(
                    request.client(),
                    request.userId(),
                    new DirectUpload.Upload(
                            file,
                            filename,
                            request.format().mediaType(),
                            "Partnerships " + LocalDate.ofInstant(asOf, ZoneOffset.UTC),
                            ExportMessages.comment(count, asOf)));
            request.reply().accept(ExportMessages.sent(count, filename));
        } catch (DirectUpload.Failure e) {
            log.warn("Export for team {} not sent: {}", request.teamId(), e.getMessage());
            request.reply().accept(ExportMessages.notSent(e, request.format()));
        } catch (IOException | RuntimeException e) {
            log.error("Export for team {} not written", request.teamId(), e);
            request.reply().accept(ExportMessages.notWritten(request.format()));
        } finally {
            delete(file);
        }
    }

    private int write(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            return export.write(request.teamId(), request.format(), out);
        }
    }

    /** {@code partnerships-2026-08-31.csv}: the day it was taken, in UTC. */
    private String filename(Instant asOf) {
        return "partnerships-" + LocalDate.ofInstant(asOf, ZoneOffset.UTC) + "."
                + request.format().id();
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the export's temporary file {}: {}", file, e.toString());
        }
    }
}
