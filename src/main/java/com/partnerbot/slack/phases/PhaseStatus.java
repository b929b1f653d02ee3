package com.partnerbot.slack.phases;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.partnerbot.partnerships.PartnershipStatus;
import com.partnerbot.phases.PhaseService;
import com.partnerbot.slack.commands.StatusSubcommand;
import java.util.List;

/** What {@code /partner status} shows of crawl, walk, run: the phase, since when, and when its gate review is due. */
public final class PhaseStatus implements StatusSubcommand.Addition {
    private final PhaseService phases;
    private final PhaseBlocks blocks;

    PhaseStatus(PhaseService phases, PhaseBlocks blocks) {
        this.phases = phases;
        this.blocks = blocks;
    }

    @Override
    public PartnershipStatus refresh(String teamId, PartnershipStatus status) {
        return status;
    }

    @Override
    public List<com.slack.api.model.block.LayoutBlock> blocks(String teamId, PartnershipStatus status) {
        if (!(status instanceof PartnershipStatus.Found found)) {
            return List.of();
        }
        return phases.state(teamId, found.partnership().id())
                .map(state -> List.<com.slack.api.model.block.LayoutBlock>of(
                        section(s -> s.text(markdownText(blocks.summary(state))))))
                .orElse(List.of());
    }
}
