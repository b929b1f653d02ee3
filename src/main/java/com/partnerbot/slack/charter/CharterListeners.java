package com.partnerbot.slack.charter;

import com.partnerbot.charter.CharterService;
import com.partnerbot.partnerships.StatusService;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.slack.Feature;
import com.partnerbot.slack.Interactions;
import com.partnerbot.slack.commands.Subcommand;
import com.slack.api.model.event.UserChangeEvent;
import java.util.List;
import java.util.Set;

/**
 * The charter feature's listeners: the {@code charter} and {@code checklist} subcommands, the
 * charter and attestation forms, and the buttons and checkboxes of the charter's message. Built from the services;
 * {@link #register} adds them to the app.
 */
public final class CharterListeners implements Feature {
    /**
     * What a Slack Connect partner may do on the charter's message in a channel shared with their workspace: sign as
     * the partner's signatory, and tick checklist items (unticking only their own ticks).
     */
    public static final Set<String> PARTNER_ACTIONS = Set.of(CharterIds.SIGN_ACTION, CharterIds.TICK_ACTION);

    private final List<Subcommand> subcommands;
    private final CharterSubmissionListener submission;
    private final AttestSubmissionListener attestSubmission;
    private final SignActionListener sign;
    private final EditActionListener edit;
    private final ChecklistActionListener checklistButton;
    private final AttestActionListener attest;
    private final TickActionListener tick;
    private final CharterStatus status;

    private final SignatoryLeftListener signatoryLeft;

    public CharterListeners(Playbook playbook, CharterService charters, StatusService statuses) {
        var message = new CharterMessage(playbook);
        var announcer = new CharterAnnouncer(message);
        var modal = new CharterModal(playbook);
        var opener = new CharterOpener(charters, modal);
        var replies = new Replies(message);
        var checklist = new ChecklistMessage();
        var lookup = new PartnershipLookup(
                statuses, charters, playbook.checklists().all().keySet());
        this.subcommands = List.of(new CharterSubcommand(lookup, opener), new ChecklistSubcommand(lookup, checklist));
        this.submission = new CharterSubmissionListener(playbook, charters, modal, announcer);
        this.attestSubmission = new AttestSubmissionListener(charters, announcer);
        this.sign = new SignActionListener(charters, announcer, message, replies);
        this.edit = new EditActionListener(charters, opener, replies);
        this.checklistButton = new ChecklistActionListener(charters, checklist, replies);
        this.attest = new AttestActionListener(charters, replies);
        this.tick = new TickActionListener(charters, announcer, checklist);
        this.status = new CharterStatus(charters);
        this.signatoryLeft = new SignatoryLeftListener(charters, announcer);
    }

    @Override
    public List<Subcommand> subcommands() {
        return subcommands;
    }

    /** What status shows of the charter. */
    public CharterStatus status() {
        return status;
    }

    @Override
    public void register(Interactions interactions) {
        interactions
                .viewSubmission(CharterIds.VIEW, submission)
                .viewSubmission(CharterIds.ATTEST_VIEW, attestSubmission)
                .blockAction(CharterIds.SIGN_ACTION, sign)
                .blockAction(CharterIds.EDIT_ACTION, edit)
                .blockAction(CharterIds.CHECKLIST_ACTION, checklistButton)
                .blockAction(CharterIds.ATTEST_ACTION, attest)
                .blockAction(CharterIds.TICK_ACTION, tick)
                .event(UserChangeEvent.class, signatoryLeft);
    }
}
