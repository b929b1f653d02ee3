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

/**
 * {@code /partner status NAME}: the latest assessment, or what to do when there is none or the name is unknown. Names,
 * and what the person typed, are shown in plain_text, exactly as typed.
 */
public final class StatusRenderer {
    private static final int TYPED_MAX = 100;
    private static final int SECTION_MAX = 3000;

    private final AssessmentBlocks assessments;

    public StatusRenderer(AssessmentBlocks assessments) {
        this.assessments = assessments;
    }

    public static String usage() {
        return "Usage: `" + SlackIds.COMMAND + " status NAME`, e.g. `" + SlackIds.COMMAND + " status Acme Cloud`.";
    }

    /** The notification text (mrkdwn to Slack): names escaped once. */
    public String fallbackText(PartnershipStatus status, String typed) {
        if (status instanceof PartnershipStatus.Found f) {
            return f.latest()
                    .map(a -> assessments.fallback(f.partnership(), a))
                    .orElse(Text.escape(f.partnership().name()) + " is not assessed yet");
        }
        return unknownNameText(typed);
    }

    /** The notification text for a name that matches no partnership. */
    public static String unknownNameText(String typed) {
        return "No partnership named " + Text.escape(Text.clip(typed, TYPED_MAX));
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
        return List.of(
                section(s ->
                        s.text(Text.literal(p.name() + " is not assessed yet, so there is no verdict.", SECTION_MAX))),
                section(s -> s.text(Text.literal(
                        "To answer the playbook's questions: " + SlackIds.COMMAND + " qualify " + p.name(),
                        SECTION_MAX))),
                context(List.of(markdownText("Owner <@" + p.ownerUserId() + ">  ·  <#" + p.channelId() + ">"))));
    }

    /** A name that matches no partnership, with the closest names as ready-to-run {@code subcommand} lines. */
    public static List<LayoutBlock> unknownName(String subcommand, String typed, List<String> suggestions) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(
                Text.literal("No partnership here is named “" + Text.clip(typed, TYPED_MAX) + "”.", SECTION_MAX))));
        if (suggestions.isEmpty()) {
            blocks.add(context(List.of(markdownText("`" + SlackIds.COMMAND + " list` shows them all."))));
        } else {
            StringBuilder text = new StringBuilder("Did you mean:");
            for (String s : suggestions) {
                text.append("\n• ").append(SlackIds.COMMAND + " " + subcommand + " " + s);
            }
            blocks.add(section(s -> s.text(Text.literal(text.toString(), SECTION_MAX))));
        }
        return blocks;
    }

    /**
     * As {@link #unknownName}, for a command that works on one partnership: when no name is close, how to start one.
     */
    public static List<LayoutBlock> unknownNameToStart(String subcommand, String typed, List<String> suggestions) {
        List<LayoutBlock> blocks = new ArrayList<>(unknownName(subcommand, typed, suggestions));
        if (suggestions.isEmpty()) {
            blocks.add(context(List.of(markdownText("To start one: `" + SlackIds.COMMAND + " new NAME`"))));
        }
        return blocks;
    }
}
