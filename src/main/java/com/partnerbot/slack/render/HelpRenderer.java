package com.partnerbot.slack.render;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.commands.Subcommand;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The help message: every working subcommand with its purpose and an example. */
public final class HelpRenderer {

    public String fallbackText() {
        return "Partnerbot commands: /partner help";
    }

    /** Renders help; {@code unknown}, when not null, is the word the user typed that matches no subcommand. */
    public List<LayoutBlock> render(Collection<Subcommand> subcommands, String unknown) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (unknown != null) {
            // What the person typed, shown as typed.
            blocks.add(section(s -> s.text(Text.literal(
                    "⚠️ Unknown subcommand “" + Text.clip(unknown, 60) + "”. Here is what " + SlackIds.COMMAND
                            + " can do:",
                    3000))));
        } else {
            blocks.add(section(s -> s.text(markdownText("*Partnerbot* runs your partnership playbook in Slack: it"
                    + " asks the qualification questions, says whether you have a real partnership or a handshake,"
                    + " and why."))));
        }
        blocks.add(divider());
        for (Subcommand c : subcommands) {
            blocks.add(section(s -> s.text(markdownText("`" + SlackIds.COMMAND + " " + c.usage() + "`\n" + c.purpose()
                    + "\n_Example:_ `" + c.example() + "`"))));
        }
        blocks.add(context(List.of(markdownText("`" + SlackIds.COMMAND + " help` shows this list again."))));
        return blocks;
    }
}
