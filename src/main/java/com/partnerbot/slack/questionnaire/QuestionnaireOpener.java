package com.partnerbot.slack.questionnaire;

import com.partnerbot.partnerships.AssessmentService;
import com.partnerbot.partnerships.DraftService;
import com.partnerbot.partnerships.QuestionnaireAnswers;
import com.partnerbot.partnerships.StoredAssessment;
import com.partnerbot.store.Partnership;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens the questionnaire: records the draft (one insert; abandoned drafts are removed elsewhere, away from the
 * request), renders the first step and calls views.open while the trigger id is fresh; a modal that does not open
 * leaves no draft behind. Used by {@code /partner new}, {@code /partner qualify}, the shortcut and the Re-assess button.
 */
public final class QuestionnaireOpener {
    private final QuestionnaireModal modal;
    private final DraftService drafts;
    private final AssessmentService assessments;

    public QuestionnaireOpener(QuestionnaireModal modal, DraftService drafts, AssessmentService assessments) {
        this.modal = modal;
        this.drafts = drafts;
        this.assessments = assessments;
    }

    /** Who opens it and from where; {@code responseUrl} is empty where Slack gives none (shortcuts, buttons). */
    public record Opening(
            MethodsClient client,
            String triggerId,
            String teamId,
            String userId,
            String originChannelId,
            Optional<String> responseUrl) {

        /** From a slash command: its channel is the origin, its response URL answers privately. */
        public static Opening of(SlashCommandContext ctx, SlashCommandPayload p) {
            return new Opening(
                    ctx.client(),
                    p.getTriggerId(),
                    ctx.getTeamId(),
                    p.getUserId(),
                    p.getChannelId(),
                    Optional.ofNullable(p.getResponseUrl()));
        }

        /** From a shortcut or a Home button: no channel and no response URL. */
        public static Opening of(MethodsClient client, String triggerId, String teamId, String userId) {
            return new Opening(client, triggerId, teamId, userId, null, Optional.empty());
        }
    }

    /** A new partnership owned by whoever opened the questionnaire, with nothing else filled in. */
    public Optional<String> openBlank(Opening o) throws IOException, SlackApiException {
        return openNew(o, QuestionnaireAnswers.empty().withBasics(null, null, o.userId(), null));
    }

    /** Opens the questionnaire for a new partnership; returns Slack's error when the modal could not open. */
    public Optional<String> openNew(Opening o, QuestionnaireAnswers prefill) throws IOException, SlackApiException {
        return open(o, null, prefill, Step.BASICS);
    }

    /** Opens a re-assessment, prefilled with the last answers. */
    public Optional<String> openReassessment(Opening o, Partnership p) throws IOException, SlackApiException {
        QuestionnaireAnswers last = assessments
                .latest(p.teamId(), p.id())
                .map(StoredAssessment::answers)
                .orElse(QuestionnaireAnswers.empty());
        QuestionnaireAnswers prefill = last.withBasics(p.name(), p.channelId(), p.ownerUserId(), p.description());
        return open(o, p.id(), prefill, Step.QUALIFICATION);
    }

    private Optional<String> open(Opening o, String partnershipId, QuestionnaireAnswers prefill, Step first)
            throws IOException, SlackApiException {
        String draftId = UUID.randomUUID().toString();
        QuestionnaireMetadata metadata = new QuestionnaireMetadata(
                draftId,
                first,
                partnershipId,
                o.originChannelId(),
                o.responseUrl().orElse(null));
        var view = modal.render(metadata, prefill);
        // The draft is written first: a modal must never be on screen without the draft its steps save into.
        drafts.open(o.teamId(), draftId, o.userId(), partnershipId, prefill);
        ViewsOpenResponse opened;
        try {
            opened = o.client().viewsOpen(r -> r.triggerId(o.triggerId()).view(view));
        } catch (SlackApiException e) {
            // Slack answered with an HTTP error (a 429, say): no modal exists.
            drafts.discard(o.teamId(), draftId);
            throw e;
        }
        // On a network error the modal may exist, so its draft is kept; unused drafts go after a week.
        if (!opened.isOk()) {
            drafts.discard(o.teamId(), draftId);
            return Optional.of(opened.getError());
        }
        return Optional.empty();
    }
}
