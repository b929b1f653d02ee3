package com.partnerbot.slack.render;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.partnerbot.partnerships.AssessmentSummary;
import com.partnerbot.partnerships.PartnershipOverview;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.store.Partnership;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /partner list}: a page of the workspace's partnerships, one section each, with Previous/Next buttons.
 * Ten a page keeps a message at 14 blocks, far inside Slack's 50.
 */
public final class PartnershipListRenderer {
    public static final int PAGE_SIZE = 10;
    private static final int SECTION_MAX = 3000;
    private static final int FIELD_MAX = 2000;

    public Page<PartnershipOverview> page(List<PartnershipOverview> all, int requested) {
        return Page.of(all, requested, PAGE_SIZE);
    }

    public String fallbackText(Page<PartnershipOverview> page) {
        return page.total() == 0
                ? "No partnerships yet. Start one with /partner new NAME."
                : "Partnerships " + page.first() + "-" + page.last() + " of " + page.total();
    }

    public List<LayoutBlock> render(Page<PartnershipOverview> page) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (page.total() == 0) {
            blocks.add(section(s -> s.text(markdownText("No partnerships in this workspace yet. Start one with `"
                    + SlackIds.COMMAND + " new NAME` in the channel where your team works the partner, e.g. `"
                    + SlackIds.COMMAND + " new Acme Cloud`."))));
            return blocks;
        }
        blocks.add(section(s ->
                s.text(markdownText("*Partnerships* " + page.first() + "–" + page.last() + " of " + page.total()))));
        for (PartnershipOverview o : page.items()) {
            blocks.add(entry(o));
        }
        blocks.add(context(List.of(markdownText("`" + SlackIds.COMMAND + " status NAME` shows one in full."))));
        if (page.count() > 1) {
            List<BlockElement> buttons = new ArrayList<>();
            if (page.hasPrevious()) {
                buttons.add(button(b -> b.actionId(SlackIds.LIST_PREVIOUS_ACTION)
                        .text(plainText("Previous"))
                        .value(Integer.toString(page.index() - 1))));
            }
            if (page.hasNext()) {
                buttons.add(button(b -> b.actionId(SlackIds.LIST_NEXT_ACTION)
                        .text(plainText("Next"))
                        .value(Integer.toString(page.index() + 1))));
            }
            blocks.add(actions(a -> a.blockId(SlackIds.LIST_PAGER_BLOCK).elements(buttons)));
            blocks.add(context(List.of(markdownText("Page " + (page.index() + 1) + " of " + page.count()))));
        }
        return blocks;
    }

    /**
     * One partnership: its name as typed (plain_text, so {@code *}, {@code _} and {@code <!channel>} are shown, not
     * applied), then verdict and tier, owner, channel and when it was last assessed (mrkdwn, for the mentions).
     */
    static LayoutBlock entry(PartnershipOverview o) {
        Partnership p = o.partnership();
        return section(s -> s.text(Text.literal(p.name(), SECTION_MAX)).fields(List.of(verdict(o), whoAndWhen(o))));
    }

    static TextObject verdict(PartnershipOverview o) {
        if (o.latest().isEmpty()) {
            return markdownText(":white_circle: no verdict yet");
        }
        AssessmentSummary s = o.latest().get().summary();
        return markdownText(Text.clip(
                AssessmentBlocks.icon(s) + " " + Text.escape(AssessmentBlocks.verdictLine(s)) + "\ntier: "
                        + (s.tier() == null ? "not chosen" : Text.escape(s.tier())),
                FIELD_MAX));
    }

    static TextObject whoAndWhen(PartnershipOverview o) {
        Partnership p = o.partnership();
        return markdownText("Owner <@" + p.ownerUserId() + ">  ·  <#" + p.channelId() + ">\n"
                + o.latest()
                        .map(a -> "last assessed "
                                + a.answeredAt().atZone(ZoneOffset.UTC).toLocalDate())
                        .orElse("not assessed yet"));
    }
}
