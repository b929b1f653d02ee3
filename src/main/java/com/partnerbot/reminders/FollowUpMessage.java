package com.partnerbot.reminders;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.partnerbot.slack.Messenger;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.render.Text;
import com.partnerbot.store.FollowUpRow;
import com.partnerbot.store.Partnership;
import java.util.List;

/** A due follow-up as posted to the partnership's channel, with a Re-assess button to act on it. */
public final class FollowUpMessage {

    public Messenger.Message render(Partnership p, FollowUpRow f) {
        return new Messenger.Message(
                p.channelId(),
                Text.escape("Follow-up for " + p.name() + ": " + f.label()),
                List.of(
                        // The name as typed (plain_text); the owner's mention needs mrkdwn, so it follows apart.
                        section(s -> s.text(Text.literal(
                                "⏰ Follow-up for " + p.name() + ": " + f.label() + " (due " + f.due() + ")", 3000))),
                        section(s -> s.text(markdownText("Owner: <@" + p.ownerUserId()
                                + ">. Re-assess to record where the partnership stands now."))),
                        actions(a -> a.blockId("follow_up_actions")
                                .elements(List.of(button(b -> b.actionId(SlackIds.REASSESS_ACTION)
                                        .text(plainText("Re-assess"))
                                        .value(p.id()))))),
                        context(List.of(
                                markdownText("Scheduled by the playbook when this partnership was last assessed.")))));
    }
}
