package com.partnerbot.slack.phases;

import com.partnerbot.partnerships.PartnershipStatus;
import com.partnerbot.partnerships.StatusService;
import com.partnerbot.phases.PhaseService;
import com.partnerbot.phases.PhaseState;
import com.partnerbot.slack.render.StatusRenderer;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Optional;

/**
 * Finds the partnership a phase command names, with its phases. When there is none (no name, an unknown name)
 * {@link Found#answer} is the private reply that says so, with the closest names. Phases need no assessment.
 */
final class PhaseLookup {
    private final StatusService partnerships;
    private final PhaseService phases;

    PhaseLookup(StatusService partnerships, PhaseService phases) {
        this.partnerships = partnerships;
        this.phases = phases;
    }

    record Found(Optional<PhaseState> state, String text, List<LayoutBlock> blocks) {
        Response answer(SlashCommandContext ctx) {
            return ctx.ack(r -> r.responseType("ephemeral").text(text).blocks(blocks.isEmpty() ? null : blocks));
        }
    }

    Found find(String teamId, String subcommand, String usage, String name) {
        if (name == null || name.isBlank()) {
            return new Found(Optional.empty(), "Which partnership? Usage: `" + usage + "`", List.of());
        }
        PartnershipStatus status = partnerships.status(teamId, name);
        if (status instanceof PartnershipStatus.Unknown unknown) {
            return new Found(
                    Optional.empty(),
                    StatusRenderer.unknownNameText(name),
                    StatusRenderer.unknownNameToStart(subcommand, name, unknown.suggestions()));
        }
        var found = (PartnershipStatus.Found) status;
        return new Found(phases.state(teamId, found.partnership().id()), "", List.of());
    }
}
