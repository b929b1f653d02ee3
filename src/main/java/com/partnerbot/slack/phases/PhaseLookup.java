package com.partnerbot.slack.phases;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.partnerbot.partnerships.PartnershipStatus;
import com.partnerbot.partnerships.StatusService;
import com.partnerbot.phases.PhaseService;
import com.partnerbot.phases.PhaseState;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.render.StatusRenderer;
import com.partnerbot.slack.render.Text;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
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
            List<LayoutBlock> blocks =
                    new ArrayList<>(StatusRenderer.unknownName(subcommand, name, unknown.suggestions()));
            if (unknown.suggestions().isEmpty()) {
                blocks.add(context(List.of(markdownText("To start one: `" + SlackIds.COMMAND + " new NAME`"))));
            }
            return new Found(Optional.empty(), "No partnership named " + Text.escape(Text.clip(name, 100)), blocks);
        }
        var found = (PartnershipStatus.Found) status;
        return new Found(phases.state(teamId, found.partnership().id()), "", List.of());
    }
}
