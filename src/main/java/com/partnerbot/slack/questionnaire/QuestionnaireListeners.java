package com.partnerbot.slack.questionnaire;

import com.partnerbot.partnerships.AssessmentService;
import com.partnerbot.partnerships.DraftService;
import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.partnerships.StatusService;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.slack.BackgroundWork;
import com.partnerbot.slack.Feature;
import com.partnerbot.slack.Interactions;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.actions.HomeAssessActionListener;
import com.partnerbot.slack.actions.ReassessActionListener;
import com.partnerbot.slack.commands.NewSubcommand;
import com.partnerbot.slack.commands.QualifySubcommand;
import com.partnerbot.slack.commands.Subcommand;
import com.partnerbot.slack.render.AssessmentBlocks;
import com.partnerbot.slack.shortcuts.AssessShortcutListener;
import java.util.List;

/**
 * The qualification questionnaire: {@code /partner new} and {@code qualify}, the global shortcut, the Home tab's and
 * the verdict's buttons that open it, its steps and its submission.
 */
public final class QuestionnaireListeners implements Feature {
    private final List<Subcommand> subcommands;
    private final QuestionnaireOpener opener;
    private final QuestionnaireSubmissionListener submission;
    private final QuestionnaireBackListener back;
    private final ReassessActionListener reassess;

    public QuestionnaireListeners(
            Playbook playbook,
            PartnershipService partnerships,
            AssessmentService assessments,
            DraftService drafts,
            StatusService status,
            BackgroundWork work) {
        var modal = new QuestionnaireModal(playbook);
        var reader = new StepReader(playbook, partnerships);
        this.opener = new QuestionnaireOpener(modal, drafts, assessments);
        var post = new AssessmentPost(new AssessmentBlocks(), new AssessmentChanges(playbook));
        this.subcommands = List.of(new NewSubcommand(opener), new QualifySubcommand(status, opener));
        this.submission = new QuestionnaireSubmissionListener(modal, reader, drafts, assessments, post);
        this.back = new QuestionnaireBackListener(modal, reader, drafts, work);
        this.reassess = new ReassessActionListener(partnerships, opener);
    }

    @Override
    public List<Subcommand> subcommands() {
        return subcommands;
    }

    @Override
    public void register(Interactions interactions) {
        interactions
                .globalShortcut(SlackIds.ASSESS_SHORTCUT, new AssessShortcutListener(opener))
                .viewSubmission(SlackIds.QUESTIONNAIRE_VIEW, submission)
                .blockAction(SlackIds.BACK_ACTION, back)
                .blockAction(SlackIds.REASSESS_ACTION, reassess)
                .blockAction(SlackIds.HOME_ASSESS_ACTION, new HomeAssessActionListener(opener));
    }
}
