package com.partnerbot.slack.phases;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.partnerbot.slack.render.Text;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.util.List;

/**
 * Private answers to a click, through the action's response URL: only the person who clicked sees them, and nothing
 * needs to survive a restart, so they do not go through the outbox. A click without a response URL gets none.
 */
final class Replies {
    private static final int MAX_BLOCKS = 50;

    private Replies() {}

    static void tell(ActionContext ctx, BlockActionPayload payload, String mrkdwn) throws IOException {
        tell(ctx, payload, List.of(section(s -> s.text(markdownText(Text.clip(mrkdwn, 3000))))));
    }

    static void tell(ActionContext ctx, BlockActionPayload payload, List<LayoutBlock> blocks) throws IOException {
        if (payload.getResponseUrl() == null) {
            return;
        }
        ctx.respond(r -> r.responseType("ephemeral")
                .replaceOriginal(false)
                .text("Crawl, walk, run")
                .blocks(blocks.size() <= MAX_BLOCKS ? blocks : blocks.subList(0, MAX_BLOCKS)));
    }
}
