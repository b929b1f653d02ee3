package com.partnerbot.slack.export;

import com.partnerbot.export.ExportFormat;
import com.partnerbot.slack.render.Text;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/** What {@code /partner export} tells the person who asked, and the comment its file is shared with. */
final class ExportMessages {
    private static final DateTimeFormatter AS_OF =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** Errors that mean the app's token or scopes do not allow the call. */
    private static final Set<String> ACCESS = Set.of(
            "missing_scope",
            "not_allowed_token_type",
            "invalid_auth",
            "not_authed",
            "token_revoked",
            "token_expired",
            "account_inactive",
            "no_permission");

    /** Errors Slack documents as passing. */
    private static final Set<String> PASSING = Set.of(
            "internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited", "network_error");

    private ExportMessages() {}

    static String unknownFormat(String asked) {
        return "I can't export as `" + Text.escape(Text.clip(asked, 40)) + "`. Formats: " + ExportFormat.ids()
                + ". Try `/partner export csv` (the default) or `/partner export json`.";
    }

    static String nothingToExport() {
        return "There is nothing to export: this workspace has no partnerships yet. Start one with `/partner new`.";
    }

    static String preparing(int count, ExportFormat format) {
        return "Preparing your export of " + partnerships(count) + " ("
                + format.id().toUpperCase(Locale.ROOT) + ")… It will arrive in your direct messages with me.";
    }

    static String comment(int count, Instant asOf) {
        return "Your export of " + partnerships(count) + ", as of " + AS_OF.format(asOf) + ".";
    }

    static String sent(int count, String filename) {
        return "Your export of " + partnerships(count) + " (" + filename + ") is in your direct messages with me.";
    }

    /** The export could not be written: nothing reached Slack. */
    static String notWritten(ExportFormat format) {
        return "I couldn't write your export: reading the partnerships failed, so nothing was sent. Try `"
                + command(format) + "` again in a moment; if it keeps failing, tell your Slack admin.";
    }

    /** A step of the upload failed: which one, Slack's answer, and what to do. */
    static String notSent(DirectUpload.Failure failure, ExportFormat format) {
        String what =
                switch (failure.step()) {
                    case OPEN_DM -> "Slack would not open a direct message between us";
                    case UPLOAD_URL -> "Slack would not start the upload";
                    case UPLOAD -> "Slack's file service did not take the file";
                    case COMPLETE -> "Slack would not share the uploaded file with you";
                };
        return "I couldn't send your export: " + what + " (" + failure.step().call() + " answered `"
                + answer(failure.error()) + "`)." + advice(failure.error(), format);
    }

    private static String advice(String error, ExportFormat format) {
        if (ACCESS.contains(error)) {
            return " Partnerbot's bot token needs the `files:write` and `im:write` scopes: ask a Slack admin to"
                    + " reinstall the app from its manifest.";
        }
        if (PASSING.contains(error) || error.startsWith("http_5") || error.equals("http_429")) {
            return " Slack seems to be having trouble: try `" + command(format) + "` again in a few minutes.";
        }
        return " Nothing was shared. Try `" + command(format) + "` again; if it keeps failing, tell your Slack admin.";
    }

    private static String answer(String error) {
        return error.startsWith("http_") ? "HTTP " + error.substring("http_".length()) : error;
    }

    private static String command(ExportFormat format) {
        return "/partner export " + format.id();
    }

    private static String partnerships(int count) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? "partnership" : "partnerships");
    }
}
