package com.partnerbot.slack.questionnaire;

import com.partnerbot.partnerships.DraftService;
import com.partnerbot.partnerships.QuestionnaireAnswers;
import com.partnerbot.slack.BackgroundWork;
import com.partnerbot.slack.views.ViewValues;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.List;
import java.util.Optional;

/**
 * The Back button: keeps what was typed on the current step (unchecked: it is not being submitted), then shows the
 * previous step with its earlier answers. The view is updated after the acknowledgement, guarded by its hash so a
 * newer version of the modal is never overwritten.
 */
public final class QuestionnaireBackListener implements BlockActionHandler {
    private final QuestionnaireModal modal;
    private final StepReader reader;
    private final DraftService drafts;
    private final BackgroundWork work;

    public QuestionnaireBackListener(
            QuestionnaireModal modal, StepReader reader, DraftService drafts, BackgroundWork work) {
        this.modal = modal;
        this.reader = reader;
        this.drafts = drafts;
        this.work = work;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        var view = payload.getView();
        Optional<QuestionnaireMetadata> decoded =
                view == null ? Optional.empty() : QuestionnaireMetadata.decode(view.getPrivateMetadata());
        if (decoded.isEmpty()) {
            return ctx.ack();
        }
        QuestionnaireMetadata metadata = decoded.get();
        String teamId = ctx.getTeamId();
        String userId = payload.getUser().getId();
        List<Step> steps = Step.sequence(metadata.newPartnership());
        int index = steps.indexOf(metadata.step());
        if (index <= 0) {
            return ctx.ack();
        }
        var client = ctx.client();
        String viewId = view.getId();
        String hash = view.getHash();
        work.run(() -> {
            Optional<QuestionnaireAnswers> draft = drafts.load(teamId, metadata.draftId(), userId);
            if (draft.isEmpty()) {
                return;
            }
            QuestionnaireAnswers kept = reader.read(metadata.step(), new ViewValues(view), draft.get());
            drafts.save(teamId, metadata.draftId(), userId, kept);
            var previous = modal.render(metadata.at(steps.get(index - 1)), kept);
            try {
                var updated =
                        client.viewsUpdate(r -> r.viewId(viewId).hash(hash).view(previous));
                if (!updated.isOk()) {
                    ctx.logger.info("views.update for Back refused: {}", updated.getError());
                }
            } catch (Exception e) {
                ctx.logger.warn("views.update for Back failed: {}", e.toString());
            }
        });
        return ctx.ack();
    }
}
