package com.partnerbot.slack.history;

import com.partnerbot.history.History;
import com.partnerbot.partnerships.PartnershipService;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.io.IOException;

/** Newer and Older under a history page: the page asked for replaces the one on screen. */
final class HistoryPageListener implements BlockActionHandler {
    private final PartnershipService partnerships;
    private final History history;
    private final HistoryRenderer renderer;

    HistoryPageListener(PartnershipService partnerships, History history, HistoryRenderer renderer) {
        this.partnerships = partnerships;
        this.history = history;
        this.renderer = renderer;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) throws IOException {
        var clicked = HistoryIds.clicked(req.getPayload().getActions().get(0).getValue());
        var partnership = clicked.flatMap(c -> partnerships.findById(ctx.getTeamId(), c.partnershipId()));
        if (partnership.isEmpty()) {
            return ctx.ack();
        }
        var page = history.page(
                ctx.getTeamId(), partnership.get().id(), clicked.get().page(), HistoryRenderer.PAGE_SIZE);
        ctx.respond(r -> r.responseType("ephemeral")
                .replaceOriginal(true)
                .text(renderer.fallback(partnership.get(), page))
                .blocks(renderer.render(partnership.get(), page)));
        return ctx.ack();
    }
}
