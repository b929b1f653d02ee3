package com.partnerbot.slack.portfolio;

import com.partnerbot.playbook.Playbook;
import com.partnerbot.portfolio.Portfolio;
import com.partnerbot.portfolio.PortfolioQuery;
import com.partnerbot.slack.BackgroundWork;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Previous/Next under {@code /partner list}: replaces the ephemeral list with the page asked for, with the filter and
 * order the button carries, through the action's response URL (an ephemeral message has no timestamp to update). The
 * page is read from the database at click time, so it is current; the post to Slack runs after the acknowledgement.
 */
final class ListPageActionListener implements BlockActionHandler {
    private static final Logger log = LoggerFactory.getLogger(ListPageActionListener.class);

    private final Portfolio portfolio;
    private final Playbook playbook;
    private final ListRenderer renderer;
    private final BackgroundWork work;

    ListPageActionListener(Portfolio portfolio, Playbook playbook, ListRenderer renderer, BackgroundWork work) {
        this.portfolio = portfolio;
        this.playbook = playbook;
        this.renderer = renderer;
        this.work = work;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var actions = req.getPayload().getActions();
        var wanted = PortfolioIds.PageValue.decode(
                actions == null || actions.isEmpty() ? null : actions.get(0).getValue(), playbook);
        var page = portfolio.page(new PortfolioQuery(
                ctx.getTeamId(),
                req.getPayload().getUser().getId(),
                wanted.filter(),
                wanted.sort(),
                wanted.page(),
                Portfolio.PAGE_SIZE));
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
}
