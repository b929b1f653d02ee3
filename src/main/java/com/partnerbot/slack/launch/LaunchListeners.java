package com.partnerbot.slack.launch;

import com.partnerbot.launch.LaunchService;
import com.partnerbot.partnerships.StatusService;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.slack.Feature;
import com.partnerbot.slack.Interactions;
import com.partnerbot.slack.commands.StatusSubcommand;
import com.partnerbot.slack.commands.Subcommand;
import com.partnerbot.slack.reminders.ReminderIds;
import java.time.Clock;
import java.util.List;

/**
 * The launch feature's listeners: {@code /partner launch}, its form, Log activity and its form. Built from the
 * services; {@link #register} adds them to the app.
 */
public final class LaunchListeners implements Feature {
    private final List<Subcommand> subcommands;
    private final LaunchSubmissionListener submission;
    private final LogActivityListener logActivity;
    private final ActivitySubmissionListener activitySubmission;
    private final LaunchStatus status;

    public LaunchListeners(Playbook playbook, LaunchService launches, StatusService statuses, Clock clock) {
        var modal = new LaunchModal();
        var messages = new LaunchMessages(playbook);
        this.subcommands = List.of(new LaunchSubcommand(statuses, launches, modal));
        this.submission = new LaunchSubmissionListener(launches, modal, messages);
        this.logActivity = new LogActivityListener(launches, new ActivityModal());
        this.activitySubmission = new ActivitySubmissionListener(launches, messages);
        this.status = new LaunchStatus(launches, clock);
    }

    @Override
    public List<Subcommand> subcommands() {
        return subcommands;
    }

    /** What status shows of the launch. */
    public StatusSubcommand.Addition status() {
        return status;
    }

    @Override
    public void register(Interactions interactions) {
        interactions
                .viewSubmission(LaunchIds.VIEW, submission)
                .viewSubmission(LaunchIds.ACTIVITY_VIEW, activitySubmission)
                .blockAction(ReminderIds.LOG_ACTIVITY_ACTION, logActivity);
    }
}
