package com.partnerbot.slack.charter;

import com.partnerbot.charter.CharterService;
import com.partnerbot.charter.CharterState;
import com.partnerbot.charter.Signatory;
import com.partnerbot.charter.Signature;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Sign under the charter. The data belongs to the workspace that posted the message ({@code team.id}); the clicker
 * may be the partner's person in a Slack Connect channel, whose own workspace ({@code user.team_id}) is recorded with
 * the signature. Only a named signatory signs; a second click changes nothing; a button of an older version answers
 * with the current one.
 */
final class SignActionListener implements BlockActionHandler {
    private final CharterService charters;
    private final CharterAnnouncer announcer;
    private final CharterMessage message;
    private final Replies replies;

    SignActionListener(CharterService charters, CharterAnnouncer announcer, CharterMessage message, Replies replies) {
        this.charters = charters;
        this.announcer = announcer;
        this.message = message;
        this.replies = replies;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) throws IOException {
        var p = req.getPayload();
        Optional<CharterIds.Versioned> clicked =
                CharterIds.versioned(p.getActions().get(0).getValue());
        if (clicked.isEmpty()) {
            return ctx.ack();
        }
        String userTeam =
                p.getUser().getTeamId() == null ? ctx.getTeamId() : p.getUser().getTeamId();
        var result = charters.sign(
                ctx.getTeamId(),
                clicked.get().partnershipId(),
                clicked.get().version(),
                p.getUser().getId(),
                userTeam,
                announcer);
        if (result instanceof CharterService.SignResult.Signed) {
            // The channel's message changes in place through the outbox.
            return ctx.ack();
        }
        if (result instanceof CharterService.SignResult.AlreadySigned already) {
            replies.tell(
                    ctx,
                    "You signed version " + already.signature().version() + " on "
                            + CharterMessage.date(already.signature().signedAt()) + "; nothing changed.");
        } else if (result instanceof CharterService.SignResult.NotSignatory not) {
            replies.tell(ctx, onlySignatories(not.state()));
        } else if (result instanceof CharterService.SignResult.Stale stale) {
            replies.tellWithCurrent(
                    ctx,
                    "This button is from version " + stale.clicked() + " of the charter, which is now at version "
                            + stale.state().version() + ". Nothing was signed. Here it is as it stands:",
                    stale.state());
        } else {
            replies.tell(ctx, "This partnership has no charter any more.");
        }
        return ctx.ack();
    }

    /** "Only <@U9>, Northwind can sign this.", naming the signatories still awaited. */
    String onlySignatories(CharterState state) {
        List<Signature.Side> waiting = state.waitingFor();
        List<Signature.Side> sides = waiting.isEmpty() ? List.of(Signature.Side.values()) : waiting;
        List<String> names =
                sides.stream().map(side -> message.signatory(state, side)).toList();
        Signatory partner = state.current().orElseThrow().partnerSigner();
        String outside = partner.inSlack()
                ? ""
                : " The partner's signatory signs outside Slack; <@"
                        + state.partnership().ownerUserId() + "> records it.";
        return "Only " + String.join(" or ", names) + " can sign this." + outside;
    }
}
