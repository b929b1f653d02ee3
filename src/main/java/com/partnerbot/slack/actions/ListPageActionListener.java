package com.partnerbot.slack.actions;

import com.partnerbot.partnerships.AssessmentService;
import com.partnerbot.slack.BackgroundWork;
import com.partnerbot.slack.render.PartnershipListRenderer;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Previous/Next under {@code /partner list}: replaces the ephemeral list with the page asked for, through the
 * action's response URL (an ephemeral message has no timestamp to update). The page is read from the database at
 * click time, so it is current; the post to Slack runs after the acknowledgement.
 */
public final class ListPageActionListener implements BlockActionHandler {
    private static final Logger log = LoggerFactory.getLogger(ListPageActionListener.class);

    private final AssessmentService assessments;
    private final PartnershipListRenderer renderer;
    private final BackgroundWork work;

    public ListPageActionListener(
            AssessmentService assessments, PartnershipListRenderer renderer, BackgroundWork work) {
        this.assessments = assessments;
        this.renderer = renderer;
        this.work = work;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var actions = req.getPayload().getActions();
        int requested =
                actions == null || actions.isEmpty() ? 0 : pageOf(actions.get(0).getValue());
        var page = renderer.page(assessments.overview(ctx.getTeamId()), requested);
        var blocks = renderer.render(page);
        String text = renderer.fallbackText(page);
        work.run(() -> {
            try {
                ctx.respond(r -> r.responseType("ephemeral")
                        .replaceOriginal(true)
                        .text(text)
                        .blocks(blocks));
            } catch (IOException | RuntimeException e) {
                log.warn("Could not replace the list with page {}: {}", page.index() + 1, e.toString());
            }
        });
        return ctx.ack();
    }

    /** A button's value is the page index; anything else (a forged payload) shows the first page. */
    static int pageOf(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
