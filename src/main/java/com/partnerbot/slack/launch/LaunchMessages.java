package com.partnerbot.slack.launch;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.partnerbot.frameworks.ReminderKind;
import com.partnerbot.frameworks.StageWindow;
import com.partnerbot.launch.LaunchAnnouncer;
import com.partnerbot.launch.LaunchService;
import com.partnerbot.launch.LaunchState;
import com.partnerbot.outbox.Kind;
import com.partnerbot.outbox.OutboxMessage;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.slack.Messenger;
import com.partnerbot.slack.reminders.ReminderMessages;
import com.partnerbot.slack.render.Text;
import com.partnerbot.store.LaunchPlanRow;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.ReminderRow;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The launch plan as posted to the partnership's channel: the date, each side's launch owner, the integration
 * pathway, every stage with its dates and items, and the reminders that will come (and those a late plan marked
 * missed); and a line in the channel for each activity someone logs.
 */
final class LaunchMessages implements LaunchAnnouncer {
    private static final int SECTION_MAX = 3000;

    private final Playbook playbook;

    LaunchMessages(Playbook playbook) {
        this.playbook = playbook;
    }

    @Override
    public OutboxMessage plan(LaunchState state, Optional<LaunchPlanRow> before, String savedBy) {
        Partnership p = state.partnership();
        LaunchPlanRow plan = state.plan().orElseThrow();
        String headline = before.map(b -> b.launchDate().equals(plan.launchDate())
                        ? "Launch plan for " + p.name() + " updated: launch on " + plan.launchDate()
                        : "Launch plan for " + p.name() + " changed: launch moved from " + b.launchDate() + " to "
                                + plan.launchDate())
                .orElse("Launch plan for " + p.name() + ": launch on " + plan.launchDate());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(Text.literal("🗓 " + headline, SECTION_MAX))));
        String partner = plan.partnerOwner().isBlank() ? "_not named yet_" : Text.escape(plan.partnerOwner());
        String pathway = plan.integrationPathway().isBlank()
                ? "_none recorded: customers need a documented way to use both products together on launch day_"
                : Text.escape(plan.integrationPathway());
        blocks.add(section(s -> s.text(markdownText(Text.clip(
                "*Launch owners:* <@" + plan.ourOwnerUserId() + "> (us) · " + partner + " (partner)\n"
                        + "*Integration pathway:* " + pathway + "\n"
                        + "*Reminders:* in this channel at " + plan.remindAt() + " " + plan.timeZone()
                        + ". Saved by <@" + savedBy + ">.",
                SECTION_MAX)))));
        for (StageWindow w : state.stages()) {
            StringBuilder text = new StringBuilder(
                    "*" + Text.escape(w.stage().label()) + "* (" + w.start() + " to " + w.end() + ")");
            for (String item : w.stage().items()) {
                text.append("\n• ").append(Text.escape(item));
            }
            blocks.add(section(s -> s.text(markdownText(Text.clip(text.toString(), SECTION_MAX)))));
        }
        blocks.add(section(s -> s.text(markdownText(Text.clip(reminders(state), SECTION_MAX)))));
        blocks.add(context(
                List.of(markdownText(Text.clip(Text.escape(playbook.launch().warning()), 3000)))));
        return Messenger.outgoing(
                Kind.REMINDER,
                new Messenger.Message(p.channelId(), Text.escape(headline), blocks),
                new Messenger.Requester(savedBy, Optional.empty()),
                "the launch plan for " + p.name());
    }

    /** The launch reminders in date order: when each comes, or that it was missed or is being posted now. */
    static String reminders(LaunchState state) {
        StringBuilder text = new StringBuilder("*Reminders in this channel:*");
        java.time.Instant saved = state.plan().map(LaunchPlanRow::updatedAt).orElse(java.time.Instant.EPOCH);
        int listed = 0;
        for (ReminderRow r : state.reminders()) {
            if (!LaunchService.SOURCE.equals(r.source())) {
                continue;
            }
            String label = Text.escape(r.label());
            String line =
                    switch (r.status()) {
                        case ReminderRow.SCHEDULED ->
                            saved.isBefore(r.dueAt())
                                    ? ReminderMessages.when(
                                                    r.dueAt(), r.dueDate().toString()) + ": " + label
                                    : r.dueDate() + ": " + label + ": posting now, the current stage";
                        case ReminderRow.MISSED -> "~" + r.dueDate() + "~ " + label + ": missed, its time had passed";
                        case ReminderRow.SENT -> r.dueDate() + ": " + label + ": posted";
                        default ->
                            r.dueDate() + ": " + label + ": " + r.status().replace('_', ' ');
                    };
            text.append("\n• ").append(line);
            listed++;
        }
        if (listed == 0) {
            text.append("\nnone: no stage of the playbook's launch plan asks for reminders.");
        }
        boolean watched = state.reminders().stream()
                .anyMatch(r -> ReminderKind.GHOSTING.id().equals(r.kind()));
        if (watched) {
            text.append("\nFrom launch day, a stretch without logged activity brings a ghosting warning.");
        }
        return text.toString();
    }

    @Override
    public OutboxMessage activity(Partnership p, String userId, String note) {
        List<LayoutBlock> blocks = List.of(
                section(s -> s.text(Text.literal("📝 " + p.name() + ": " + note, SECTION_MAX))),
                context(List.of(markdownText("What moved, logged by <@" + userId + ">."))));
        return Messenger.outgoing(
                Kind.REMINDER,
                new Messenger.Message(p.channelId(), Text.escape(p.name() + ": " + note), blocks),
                new Messenger.Requester(userId, Optional.empty()),
                "the activity you logged for " + p.name());
    }
}
