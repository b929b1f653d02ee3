package com.partnerbot.slack.charter;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.partnerbot.charter.CharterState;
import com.partnerbot.slack.render.Text;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Private answers to a click, through the action's response URL: only the person who clicked sees them, and nothing
 * needs to survive a restart, so they do not go through the outbox.
 */
final class Replies {
    private final CharterMessage message;

    Replies(CharterMessage message) {
        this.message = message;
    }

    void tell(ActionContext ctx, String mrkdwn) throws IOException {
        ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(mrkdwn));
    }

    /** {@code mrkdwn} followed by the charter as it stands now, with its current buttons. */
    void tellWithCurrent(ActionContext ctx, String mrkdwn, CharterState state) throws IOException {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(Text.clip(mrkdwn, 3000)))));
        blocks.addAll(message.blocks(state, true));
        ctx.respond(r -> r.responseType("ephemeral")
                .replaceOriginal(false)
                .text(mrkdwn)
                .blocks(blocks.size() <= 50 ? blocks : blocks.subList(0, 1)));
    }
}
