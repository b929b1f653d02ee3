package com.partnerbot.slack.render;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.view.Views.view;

import com.partnerbot.partnerships.PartnershipOverview;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.store.Partnership;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;

/** The App Home tab: what Partnerbot does and this workspace's partnerships. */
public final class HomeRenderer {
    /** Slack shows at most 100 blocks on Home; the list stops well before, leaving room for the rest. */
    static final int MAX_LISTED = 80;

    public View render(List<PartnershipOverview> partnerships) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Partnerbot"))));
        blocks.add(section(s -> s.text(markdownText("Real partnerships carry commitments on both sides. Partnerbot asks"
                + " the playbook's questions, tells a partnership from a handshake, and keeps each one moving in its"
                + " channel. Start with `/partner new NAME`; `/partner help` lists every command."))));
        blocks.add(actions(
                a -> a.blockId("home_actions").elements(List.of(button(b -> b.actionId(SlackIds.HOME_ASSESS_ACTION)
                        .style("primary")
                        .text(plainText("Assess a partnership")))))));
        blocks.add(divider());
        if (partnerships.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("No partnerships yet. Run `/partner new Acme` in the channel"
                    + " where your team works the partner."))));
        } else {
            blocks.add(section(s -> s.text(markdownText("*Partnerships* (" + partnerships.size() + ")"))));
            partnerships.stream().limit(MAX_LISTED).forEach(o -> blocks.add(entry(o)));
            if (partnerships.size() > MAX_LISTED) {
                blocks.add(context(List.of(markdownText(
                        "…and " + (partnerships.size() - MAX_LISTED) + " more. `/partner list` shows them all."))));
            }
        }
        return view(v -> v.type("home").blocks(blocks));
    }

    /**
     * One partnership: its name as typed (plain_text), then verdict and tier when assessed, channel and owner (mrkdwn,
     * for the mentions).
     */
    static LayoutBlock entry(PartnershipOverview o) {
        Partnership p = o.partnership();
        String assessed = o.latest()
                .map(a -> AssessmentBlocks.icon(a.summary()) + " "
                        + Text.escape(AssessmentBlocks.verdictLine(a.summary()))
                        + (a.summary().tier() == null
                                ? ""
                                : "  ·  " + Text.escape(a.summary().tier())))
                .orElse(":white_circle: not assessed yet");
        return section(s -> s.text(Text.literal(p.name(), 3000))
                .fields(List.of(
                        markdownText(Text.clip(assessed, 2000)),
                        markdownText("<#" + p.channelId() + ">  ·  owner <@" + p.ownerUserId() + ">"))));
    }
}
