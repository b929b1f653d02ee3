package com.partnerbot.slack.render;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.partnerbot.slack.Messenger;
import com.partnerbot.store.Partnership;
import java.util.ArrayList;
import java.util.List;

/** Channel messages about a partnership's life. */
public final class PartnershipMessages {

    public Messenger.Message created(Partnership p, String createdBy) {
        String name = Text.escape(p.name());
        String text = "New partnership: " + p.name() + ", owned by <@" + p.ownerUserId() + ">";
        List<com.slack.api.model.block.LayoutBlock> blocks = new ArrayList<>();
        StringBuilder body =
                new StringBuilder(":handshake: *New partnership: " + name + "*\nOwner: <@" + p.ownerUserId() + ">");
        if (p.description() != null) {
            body.append("\n>").append(Text.escape(p.description()));
        }
        blocks.add(section(s -> s.text(markdownText(body.toString()))));
        blocks.add(context(List.of(markdownText("Added by <@" + createdBy + ">. This channel gets the partnership's"
                + " verdicts, checklists and reminders."))));
        return new Messenger.Message(p.channelId(), text, blocks);
    }
}
