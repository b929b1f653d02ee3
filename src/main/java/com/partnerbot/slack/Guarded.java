package com.partnerbot.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewTitle;

import com.partnerbot.store.Database;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.handler.builtin.GlobalShortcutHandler;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.model.view.View;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps listeners so that a failure on our side reaches the person as a plain message in Slack, with HTTP 200,
 * instead of a 500 that Slack shows as a timeout. Nothing half-done is left: each action is one transaction. When the
 * failure is the database being out of reach (PostgreSQL stopped or cut off), the message says so: it is not the
 * person's doing, and trying again once it is back works.
 */
public final class Guarded {
    static final String SORRY = "Something went wrong on my side and nothing was saved. Please try again;"
            + " if it keeps failing, tell your Slack admin.";
    static final String DATABASE_DOWN = "Partnerbot can't reach its database right now; try again in a minute.";
    private static final Logger log = LoggerFactory.getLogger(Guarded.class);

    private Guarded() {}

    public static SlashCommandHandler command(SlashCommandHandler handler) {
        return (req, ctx) -> {
            try {
                return handler.apply(req, ctx);
            } catch (Exception e) {
                // The subcommand only: the rest is what the person typed, which stays out of the log.
                logFailure("/partner " + subcommand(req.getPayload().getText()), e);
                return ctx.ack(r -> r.responseType("ephemeral").text(message(e)));
            }
        };
    }

    public static ViewSubmissionHandler viewSubmission(ViewSubmissionHandler handler) {
        return (req, ctx) -> {
            try {
                return handler.apply(req, ctx);
            } catch (Exception e) {
                logFailure("Submission of " + req.getPayload().getView().getCallbackId(), e);
                return ctx.ack(r -> r.responseAction("update").view(sorryView(message(e))));
            }
        };
    }

    public static GlobalShortcutHandler shortcut(GlobalShortcutHandler handler) {
        return (req, ctx) -> {
            try {
                return handler.apply(req, ctx);
            } catch (Exception e) {
                logFailure("Shortcut " + req.getPayload().getCallbackId(), e);
                return ctx.ack();
            }
        };
    }

    public static BlockActionHandler action(BlockActionHandler handler) {
        return (req, ctx) -> {
            try {
                return handler.apply(req, ctx);
            } catch (Exception e) {
                logFailure("Action", e);
                // A button in a message can be answered there, privately; one in a modal has nowhere to say it.
                if (Database.unreachable(e) && req.getPayload().getResponseUrl() != null) {
                    try {
                        ctx.respond(r -> r.responseType("ephemeral")
                                .replaceOriginal(false)
                                .text(DATABASE_DOWN));
                    } catch (Exception notTold) {
                        log.warn("Could not tell the person the database is out of reach: {}", notTold.toString());
                    }
                }
                return ctx.ack();
            }
        };
    }

    /** What the person is told: that the database is out of reach, or that something failed on our side. */
    static String message(Exception e) {
        return Database.unreachable(e) ? DATABASE_DOWN : SORRY;
    }

    /** An unreachable database is one line (it is logged by the pool too); anything else with its stack trace. */
    private static void logFailure(String what, Exception e) {
        if (Database.unreachable(e)) {
            // The root cause only: a statement's message would carry its arguments, which may be what people typed.
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            log.warn("{} failed: the database cannot be reached ({})", what, root.toString());
        } else {
            log.error("{} failed", what, e);
        }
    }

    static String subcommand(String text) {
        String word = text == null ? "" : text.strip().split("\\s+", 2)[0];
        return word.length() <= 20 ? word : word.substring(0, 20) + "…";
    }

    /** The modal that replaces a form whose submission failed on our side. */
    static View sorryView(String text) {
        return view(v -> v.type("modal")
                .title(viewTitle(t -> t.type("plain_text").text("Partnerbot")))
                .close(viewClose(t -> t.type("plain_text").text("Close")))
                .blocks(List.of(section(s -> s.text(markdownText(text))))));
    }
}
