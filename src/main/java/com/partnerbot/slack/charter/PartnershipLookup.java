package com.partnerbot.slack.charter;

import com.partnerbot.charter.CharterService;
import com.partnerbot.charter.CharterState;
import com.partnerbot.partnerships.PartnershipStatus;
import com.partnerbot.partnerships.StatusService;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.render.StatusRenderer;
import com.partnerbot.slack.render.Text;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Optional;

/**
 * Finds the partnership a charter or checklist command names, with its charter. When there is none to work
 * on (no name given, an unknown name, not assessed yet) {@link #answer} is the private reply that says why and what
 * to run.
 */
final class PartnershipLookup {
    private final StatusService partnerships;
    private final CharterService charters;
    private final java.util.Set<String> checklistKeys;

    PartnershipLookup(StatusService partnerships, CharterService charters, java.util.Set<String> checklistKeys) {
        this.partnerships = partnerships;
        this.charters = charters;
        this.checklistKeys = java.util.Set.copyOf(checklistKeys);
    }

    /** True when {@code key} names one of the playbook's checklists. */
    boolean isChecklist(String key) {
        return checklistKeys.contains(key);
    }

    record Found(Optional<CharterState> state, String text, List<LayoutBlock> blocks) {
        Response answer(SlashCommandContext ctx) {
            return ctx.ack(r -> r.responseType("ephemeral").text(text).blocks(blocks.isEmpty() ? null : blocks));
        }
    }

    Found find(String teamId, String subcommand, String example, String name) {
        if (name.isBlank()) {
            return new Found(Optional.empty(), "Which partnership? Usage: `" + example + "`", List.of());
        }
        PartnershipStatus status = partnerships.status(teamId, name);
        if (status instanceof PartnershipStatus.Unknown unknown) {
            return new Found(
                    Optional.empty(),
                    StatusRenderer.unknownNameText(name),
                    StatusRenderer.unknownNameToStart(subcommand, name, unknown.suggestions()));
        }
        var found = (PartnershipStatus.Found) status;
        if (found.latest().isEmpty()) {
            return new Found(
                    Optional.empty(),
                    Text.escape(found.partnership().name()) + " has no assessment yet, so there is nothing to work on."
                            + " Run `" + SlackIds.COMMAND + " new` first, or `" + SlackIds.COMMAND + " qualify "
                            + Text.escape(found.partnership().name()) + "`.",
                    List.of());
        }
        return new Found(charters.state(teamId, found.partnership().id()), "", List.of());
    }
}
