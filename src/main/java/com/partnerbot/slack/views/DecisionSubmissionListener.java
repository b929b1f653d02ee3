package com.partnerbot.slack.views;

import com.partnerbot.decisions.DecisionResult;
import com.partnerbot.decisions.DecisionService;
import com.partnerbot.outbox.Kind;
import com.partnerbot.playbook.DecisionTree;
import com.partnerbot.playbook.Node;
import com.partnerbot.slack.Messenger;
import com.partnerbot.slack.ModalMetadata;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.render.DecisionMessages;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.util.HashMap;
import java.util.Map;

/**
 * Submission of a program decision modal: the playbook's tree is walked with the answers given. When the path
 * reaches a question left blank, that question is marked in the form; otherwise the decision is stored, the modal
 * closes and the decision's post, added to the outbox with it, goes after the acknowledgement to the channel where
 * the command was run.
 */
public final class DecisionSubmissionListener implements ViewSubmissionHandler {
    private final DecisionService decisions;
    private final DecisionMessages messages;

    public DecisionSubmissionListener(DecisionService decisions, DecisionMessages messages) {
        this.decisions = decisions;
        this.messages = messages;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var payload = req.getPayload();
        DecisionTree tree = decisions.tree(SlackIds.treeKeyOf(payload.getView().getCallbackId()));
        var values = new ViewValues(payload.getView());
        Map<String, String> answers = new HashMap<>();
        for (Node node : tree.nodes()) {
            String answer = values.option(SlackIds.nodeBlock(node.id()));
            if (answer != null) {
                answers.put(node.id(), answer);
            }
        }
        var metadata = ModalMetadata.decode(payload.getView().getPrivateMetadata());
        String userId = payload.getUser().getId();
        // Without a readable origin (a forged or very old view) the decision goes to the person who made it.
        String channelId = metadata.originChannelId() != null ? metadata.originChannelId() : userId;
        var requester = new Messenger.Requester(userId, metadata.responseUrlIfAny());
        DecisionResult result = decisions.decide(
                ctx.getTeamId(),
                userId,
                channelId,
                tree.id(),
                answers,
                decided -> Messenger.outgoing(
                        Kind.DECISION,
                        messages.decided(tree, decided, channelId),
                        requester,
                        "the " + tree.title() + " decision"));
        if (result instanceof DecisionResult.Unanswered unanswered) {
            return ctx.ackWithErrors(Map.of(SlackIds.nodeBlock(unanswered.nodeId()), DecisionMessages.ANSWER_THIS_ONE));
        }
        return ctx.ack();
    }
}
