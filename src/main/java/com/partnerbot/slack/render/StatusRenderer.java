package com.partnerbot.slack.render;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.partnerbot.partnerships.PartnershipStatus;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.store.Partnership;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/** {@code /partner status NAME}: the latest assessment, or what to do when there is none or the name is unknown. */
public final class StatusRenderer {
    private final AssessmentBlocks assessments;

    public StatusRenderer(AssessmentBlocks assessments) {
        this.assessments = assessments;
    }

    public static String usage() {
        return "Usage: `" + SlackIds.COMMAND + " status NAME`, e.g. `" + SlackIds.COMMAND + " status Acme Cloud`.";
    }

    public String fallbackText(PartnershipStatus status, String typed) {
        if (status instanceof PartnershipStatus.Found f) {
            return f.latest()
                    .map(a -> Text.escape(assessments.fallback(f.partnership(), a)))
                    .orElse(Text.escape(f.partnership().name()) + " is not assessed yet");
        }
        return "No partnership named " + Text.escape(Text.clip(typed, 100));
    }

    public List<LayoutBlock> render(PartnershipStatus status, String typed) {
        if (status instanceof PartnershipStatus.Found f) {
            if (f.latest().isEmpty()) {
                return notAssessed(f.partnership());
            }
            List<LayoutBlock> blocks = new ArrayList<>(
                    assessments.summary(f.partnership(), f.latest().get()));
            blocks.add(context(List.of(markdownText("<#" + f.partnership().channelId() + ">  ·  owner <@"
                    + f.partnership().ownerUserId() + ">"))));
            return blocks;
        }
        return unknownName("status", typed, ((PartnershipStatus.Unknown) status).suggestions());
    }

    private static List<LayoutBlock> notAssessed(Partnership p) {
        String name = Text.escape(p.name());
        return List.of(section(s -> s.text(markdownText("*" + name + "* is not assessed yet, so there is no verdict."
                + " Run `" + SlackIds.COMMAND + " qualify " + Text.code(p.name(), 80) + "` to answer the playbook's"
                + " questions.\nOwner <@" + p.ownerUserId() + ">  ·  <#" + p.channelId() + ">"))));
    }

    /** A name that matches no partnership, with the closest names as ready-to-run {@code subcommand} lines. */
    public static List<LayoutBlock> unknownName(String subcommand, String typed, List<String> suggestions) {
        StringBuilder text =
                new StringBuilder(":mag: No partnership here is named *" + Text.escape(Text.clip(typed, 100)) + "*.");
        if (suggestions.isEmpty()) {
            text.append(" `" + SlackIds.COMMAND + " list` shows them all.");
        } else {
            text.append(" Did you mean:");
            for (String s : suggestions) {
                text.append("\n• `" + SlackIds.COMMAND + " " + subcommand + " " + Text.code(s, 80) + "`");
            }
        }
        return List.of(section(s -> s.text(markdownText(text.toString()))));
    }
}
