package com.partnerbot.slack.charter;

import com.partnerbot.charter.CharterService;
import com.partnerbot.charter.ChecklistState;
import com.partnerbot.charter.PartnerTicks;
import com.partnerbot.playbook.ChecklistItem;
import com.partnerbot.slack.render.Text;
import com.partnerbot.slack.workspaces.RequestWorkspace;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A checkbox of a checklist ticked or unticked, in the charter's message or in a private checklist. Slack sends
 * what is ticked in the group now; each item whose state changed is recorded with who and when, and the charter's
 * message is brought up to date. A private checklist is redrawn in place. A Slack Connect partner unticks only their
 * own ticks ({@link PartnerTicks}).
 */
final class TickActionListener implements BlockActionHandler {
    private final CharterService charters;
    private final CharterAnnouncer announcer;
    private final ChecklistMessage checklist;

    TickActionListener(CharterService charters, CharterAnnouncer announcer, ChecklistMessage checklist) {
        this.charters = charters;
        this.announcer = announcer;
        this.checklist = checklist;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) throws IOException {
        var p = req.getPayload();
        BlockActionPayload.Action action = p.getActions().get(0);
        var group = CharterIds.checklistGroup(action.getBlockId());
        if (group.isEmpty()) {
            return ctx.ack();
        }
        var before = charters.state(ctx.getTeamId(), group.get().partnershipId())
                .flatMap(s -> s.checklist(group.get().checklistId()));
        if (before.isEmpty()) {
            if (p.getResponseUrl() != null) {
                ctx.respond(r -> r.responseType("ephemeral")
                        .replaceOriginal(false)
                        .text("This checklist's partnership was not found, so nothing was ticked."));
            }
            return ctx.ack();
        }
        Set<String> selected = action.getSelectedOptions() == null
                ? Set.of()
                : action.getSelectedOptions().stream()
                        .map(BlockActionPayload.Action.SelectedOption::getValue)
                        .collect(Collectors.toSet());
        List<ChecklistState.Line> byHand = before.get().byHand();
        int from = group.get().group() * ChecklistBlocks.GROUP;
        Map<String, Boolean> wanted = new HashMap<>();
        for (int i = from; i < Math.min(byHand.size(), from + ChecklistBlocks.GROUP); i++) {
            String id = byHand.get(i).item().id();
            wanted.put(id, selected.contains(id));
        }
        Optional<String> partner = RequestWorkspace.partnerTeam(ctx);
        if (partner.isPresent()) {
            PartnerTicks.Split split =
                    PartnerTicks.of(byHand, wanted, p.getUser().getId());
            wanted = split.allowed();
            if (!split.refused().isEmpty()) {
                tellPartner(ctx, split.refused());
            }
        }
        var result = charters.tick(
                ctx.getTeamId(),
                group.get().partnershipId(),
                group.get().checklistId(),
                wanted,
                p.getUser().getId(),
                announcer);
        boolean ephemeral = p.getContainer() != null && p.getContainer().isEphemeral();
        if (ephemeral && p.getResponseUrl() != null) {
            var state = result instanceof CharterService.TickResult.Ticked t
                    ? t.state()
                    : result instanceof CharterService.TickResult.Unchanged u ? u.state() : null;
            if (state != null) {
                var list = state.checklist(group.get().checklistId()).orElseThrow();
                ctx.respond(r -> r.responseType("ephemeral")
                        .replaceOriginal(true)
                        .text(checklist.fallback(state, list))
                        .blocks(checklist.render(state, list)));
            }
        }
        return ctx.ack();
    }

    /** Told privately: the host's ticks stay, only the host's people untick them. */
    private static void tellPartner(ActionContext ctx, List<ChecklistItem> refused) throws IOException {
        String items =
                refused.stream().map(i -> "\"" + Text.escape(i.text()) + "\"").collect(Collectors.joining(", "));
        ctx.respond(r -> r.responseType("ephemeral")
                .replaceOriginal(false)
                .text("You can untick only what you ticked yourself: " + items
                        + " stays ticked, as the host's team ticked it."));
    }
}
