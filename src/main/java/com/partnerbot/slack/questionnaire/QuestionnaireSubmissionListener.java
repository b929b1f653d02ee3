package com.partnerbot.slack.questionnaire;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewTitle;

import com.partnerbot.outbox.Kind;
import com.partnerbot.partnerships.AssessmentService;
import com.partnerbot.partnerships.DraftService;
import com.partnerbot.partnerships.QuestionnaireAnswers;
import com.partnerbot.slack.Messenger;
import com.partnerbot.slack.views.ViewValues;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A step of the questionnaire submitted: field errors stay in the form; otherwise the step is saved and the next one
 * replaces it ({@code response_action: update}, so the modal never stacks). The last step stores everything in one
 * transaction with the verdict's post in the outbox, closes the modal, and the post goes to the partnership's channel
 * after the acknowledgement.
 */
public final class QuestionnaireSubmissionListener implements ViewSubmissionHandler {
    static final String STALE = "This questionnaire is no longer open: it was already submitted, or it expired."
            + " Run `/partner new` or `/partner qualify NAME` to start again.";

    private final QuestionnaireModal modal;
    private final StepReader reader;
    private final DraftService drafts;
    private final AssessmentService assessments;
    private final AssessmentPost post;

    public QuestionnaireSubmissionListener(
            QuestionnaireModal modal,
            StepReader reader,
            DraftService drafts,
            AssessmentService assessments,
            AssessmentPost post) {
        this.modal = modal;
        this.reader = reader;
        this.drafts = drafts;
        this.assessments = assessments;
        this.post = post;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var payload = req.getPayload();
        String teamId = ctx.getTeamId();
        String userId = payload.getUser().getId();
        Optional<QuestionnaireMetadata> decoded =
                QuestionnaireMetadata.decode(payload.getView().getPrivateMetadata());
        if (decoded.isEmpty()) {
            return ctx.ack(r -> r.responseAction("update").view(notice(STALE)));
        }
        QuestionnaireMetadata metadata = decoded.get();
        Optional<QuestionnaireAnswers> draft = drafts.load(teamId, metadata.draftId(), userId);
        if (draft.isEmpty()) {
            return ctx.ack(r -> r.responseAction("update").view(notice(STALE)));
        }
        QuestionnaireAnswers answers = reader.read(metadata.step(), new ViewValues(payload.getView()), draft.get());
        Map<String, String> problems = reader.problems(metadata.step(), teamId, answers);
        if (!problems.isEmpty()) {
            return ctx.ackWithErrors(problems);
        }
        List<Step> steps = Step.sequence(metadata.newPartnership());
        int index = steps.indexOf(metadata.step());
        if (index < steps.size() - 1) {
            drafts.save(teamId, metadata.draftId(), userId, answers);
            View next = modal.render(metadata.at(steps.get(index + 1)), answers);
            return ctx.ack(r -> r.responseAction("update").view(next));
        }
        Optional<String> draftId = Optional.of(metadata.draftId());
        var requester = new Messenger.Requester(userId, metadata.responseUrlIfAny());
        AssessmentService.Announcement verdict = recorded -> Messenger.outgoing(
                Kind.VERDICT,
                post.render(recorded),
                requester,
                "the verdict for " + recorded.partnership().name());
        AssessmentService.Result result = metadata.newPartnership()
                ? assessments.assessNew(teamId, userId, answers, draftId, verdict)
                : assessments.reassess(teamId, userId, metadata.partnershipId(), answers, draftId, verdict);
        if (result instanceof AssessmentService.Result.Invalid) {
            // Someone took the name while this form was open: back to the basics, where the field error shows.
            drafts.save(teamId, metadata.draftId(), userId, answers);
            View basics = modal.render(metadata.at(Step.BASICS), answers);
            return ctx.ack(r -> r.responseAction("update").view(basics));
        }
        if (result instanceof AssessmentService.Result.Stale) {
            return ctx.ack(r -> r.responseAction("update").view(notice(STALE)));
        }
        if (result instanceof AssessmentService.Result.NotFound) {
            return ctx.ack(r -> r.responseAction("update")
                    .view(notice("That partnership no longer exists, so nothing was saved.")));
        }
        // Stored, and the verdict is in the outbox: it is posted once this acknowledgement is on its way.
        return ctx.ack(r -> r.responseAction("clear"));
    }

    static View notice(String mrkdwn) {
        return view(v -> v.type("modal")
                .title(viewTitle(t -> t.type("plain_text").text(QuestionnaireModal.TITLE)))
                .close(viewClose(t -> t.type("plain_text").text("Close")))
                .blocks(List.of(section(s -> s.text(markdownText(mrkdwn))))));
    }
}
