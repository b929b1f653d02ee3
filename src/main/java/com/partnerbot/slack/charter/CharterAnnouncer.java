package com.partnerbot.slack.charter;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.partnerbot.charter.CharterChange;
import com.partnerbot.charter.CharterService;
import com.partnerbot.charter.CharterState;
import com.partnerbot.charter.Signature;
import com.partnerbot.outbox.Kind;
import com.partnerbot.outbox.OutboxMessage;
import com.partnerbot.slack.Messenger;
import com.partnerbot.slack.render.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the channel is told when the charter changes: the living message, brought up to date in place, and when a
 * signed charter was edited, a message of its own saying that both sides must sign again. Failures are told to the
 * partnership's owner, by direct message.
 */
final class CharterAnnouncer implements CharterService.Announcer {
    private final CharterMessage message;

    CharterAnnouncer(CharterMessage message) {
        this.message = message;
    }

    @Override
    public List<OutboxMessage> announce(CharterState state, CharterChange change) {
        if (state.current().isEmpty()) {
            return List.of();
        }
        var owner = new Messenger.Requester(state.partnership().ownerUserId(), Optional.empty());
        String about = "the charter for " + state.partnership().name();
        if (change instanceof CharterChange.SignatoryLeft left) {
            // Only the owner can name someone else: told privately, the channel's message stays as it is.
            String text = ":warning: <@" + left.userId() + "> left the workspace before signing the charter for "
                    + Text.escape(state.partnership().name()) + " ("
                    + (left.side() == Signature.Side.US ? "our side" : "the partner's side")
                    + "). Use *Edit* on the charter to name another signatory; both sides then sign the new version.";
            return List.of(new OutboxMessage(
                    Kind.NOTICE,
                    state.partnership().ownerUserId(),
                    text,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    "the notice that a signatory of " + about + " left"));
        }
        List<OutboxMessage> out = new ArrayList<>();
        out.add(Messenger.outgoing(Kind.CHARTER, message.render(state), owner, about)
                .keyed(CharterIds.messageKey(state.partnership().id())));
        if (change instanceof CharterChange.Written written && written.signaturesCleared()) {
            String text = ":pencil2: The charter for "
                    + Text.escape(state.partnership().name())
                    + " changed after it was signed. Version " + written.version()
                    + " must be signed again by both sides: "
                    + message.signatures(state).replace("\n", " ");
            out.add(Messenger.outgoing(
                    Kind.CHARTER,
                    new Messenger.Message(
                            state.partnership().channelId(),
                            Text.clip(text, 3000),
                            List.of(section(s -> s.text(markdownText(Text.clip(text, 3000)))))),
                    owner,
                    "the notice that " + about + " must be signed again"));
        }
        return out;
    }
}
