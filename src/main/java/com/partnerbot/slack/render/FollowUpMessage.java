package com.partnerbot.slack.render;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.partnerbot.outbox.Kind;
import com.partnerbot.outbox.OutboxMessage;
import com.partnerbot.reminders.FollowUpNotice;
import com.partnerbot.slack.Messenger;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.store.FollowUpRow;
import com.partnerbot.store.Partnership;
import java.util.List;
import java.util.Optional;

/**
 * A due follow-up as posted to the partnership's channel, with a Re-assess button to act on it; its owner is told
 * when it cannot be posted.
 */
public final class FollowUpMessage implements FollowUpNotice {

    @Override
    public OutboxMessage notice(Partnership p, FollowUpRow f) {
        return Messenger.outgoing(
                Kind.FOLLOW_UP,
                render(p, f),
                new Messenger.Requester(p.ownerUserId(), Optional.empty()),
                "the follow-up \"" + f.label() + "\" for " + p.name());
    }

    Messenger.Message render(Partnership p, FollowUpRow f) {
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
