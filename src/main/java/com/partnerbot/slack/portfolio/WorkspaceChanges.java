package com.partnerbot.slack.portfolio;

import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Notices, once its listener returned, a request that may have changed what a workspace's portfolio shows: a form
 * submitted, a button or menu used, other than those that only page or filter a list. (Commands, events and shortcuts
 * change nothing themselves: they answer or open a form.)
 */
final class WorkspaceChanges implements Consumer<Request<?>> {
    private final Set<String> readOnlyActions;
    private final Consumer<String> changed;

    WorkspaceChanges(Set<String> readOnlyActions, Consumer<String> changed) {
        this.readOnlyActions = Set.copyOf(readOnlyActions);
        this.changed = changed;
    }

    @Override
    public void accept(Request<?> req) {
        String teamId = req.getContext() == null ? null : req.getContext().getTeamId();
        if (teamId != null && mayChange(req)) {
            changed.accept(teamId);
        }
    }

    private boolean mayChange(Request<?> req) {
        if (req.getRequestType() == RequestType.ViewSubmission) {
            return true;
        }
        if (req.getRequestType() == RequestType.BlockAction) {
            var actions = ((BlockActionRequest) req).getPayload().getActions();
            return actions == null || actions.stream().anyMatch(a -> !readOnlyActions.contains(a.getActionId()));
        }
        return false;
    }
}
