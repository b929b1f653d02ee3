package com.partnerbot.slack.portfolio;

import com.partnerbot.playbook.Playbook;
import com.partnerbot.portfolio.HomeState;
import com.partnerbot.portfolio.PortfolioFilter;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;

/**
 * The Home tab's list: a filter chosen in its menu (back to the first page) or Previous/Next (the filter the button
 * carries). Acknowledged at once; the choice is kept and Home published on Home's own executor.
 */
final class HomeListActionListener implements BlockActionHandler {
    private final HomePublisher home;
    private final Playbook playbook;

    HomeListActionListener(HomePublisher home, Playbook playbook) {
        this.home = home;
        this.playbook = playbook;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var actions = req.getPayload().getActions();
        if (actions != null && !actions.isEmpty() && req.getPayload().getUser() != null) {
            home.show(ctx.getTeamId(), req.getPayload().getUser().getId(), state(actions.get(0)));
        }
        return ctx.ack();
    }

    /** A filter the playbook no longer has, or a forged value, shows everything. */
    private HomeState state(BlockActionPayload.Action action) {
        if (PortfolioIds.HOME_FILTER_ACTION.equals(action.getActionId())) {
            String token = action.getSelectedOption() == null
                    ? null
                    : action.getSelectedOption().getValue();
            return new HomeState(PortfolioFilter.fromToken(token, playbook).orElse(PortfolioFilter.ALL), 0);
        }
        var page = PortfolioIds.PageValue.decode(action.getValue(), playbook);
        return new HomeState(page.filter(), page.page());
    }
}
