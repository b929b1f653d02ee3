package com.partnerbot.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewTitle;

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
 * instead of a 500 that Slack shows as a timeout. Nothing half-done is left: each action is one transaction.
 */
public final class Guarded {
    static final String SORRY = "Something went wrong on my side and nothing was saved. Please try again;"
            + " if it keeps failing, tell your Slack admin.";
    private static final Logger log = LoggerFactory.getLogger(Guarded.class);

    private Guarded() {}

    public static SlashCommandHandler command(SlashCommandHandler handler) {
        return (req, ctx) -> {
            try {
                return handler.apply(req, ctx);
            } catch (Exception e) {
                // The subcommand only: the rest is what the person typed, which stays out of the log.
                log.error("/partner {} failed", subcommand(req.getPayload().getText()), e);
                return ctx.ack(r -> r.responseType("ephemeral").text(SORRY));
            }
        };
    }

    public static ViewSubmissionHandler viewSubmission(ViewSubmissionHandler handler) {
        return (req, ctx) -> {
            try {
                return handler.apply(req, ctx);
            } catch (Exception e) {
                log.error("Submission of {} failed", req.getPayload().getView().getCallbackId(), e);
                return ctx.ack(r -> r.responseAction("update").view(sorryView()));
            }
        };
    }

    public static GlobalShortcutHandler shortcut(GlobalShortcutHandler handler) {
        return (req, ctx) -> {
            try {
                return handler.apply(req, ctx);
            } catch (Exception e) {
                log.error("Shortcut {} failed", req.getPayload().getCallbackId(), e);
                return ctx.ack();
            }
        };
    }

    public static BlockActionHandler action(BlockActionHandler handler) {
        return (req, ctx) -> {
            try {
                return handler.apply(req, ctx);
            } catch (Exception e) {
                log.error("Action failed", e);
                return ctx.ack();
            }
        };
    }

    static String subcommand(String text) {
        String word = text == null ? "" : text.strip().split("\\s+", 2)[0];
        return word.length() <= 20 ? word : word.substring(0, 20) + "…";
    }

    /** The modal that replaces a form whose submission failed on our side. */
    static View sorryView() {
        return view(v -> v.type("modal")
                .title(viewTitle(t -> t.type("plain_text").text("Partnerbot")))
                .close(viewClose(t -> t.type("plain_text").text("Close")))
                .blocks(List.of(section(s -> s.text(markdownText(SORRY))))));
    }
}
