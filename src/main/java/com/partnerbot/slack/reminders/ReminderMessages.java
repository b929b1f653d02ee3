package com.partnerbot.slack.reminders;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.checkboxes;

import com.partnerbot.frameworks.LaunchSchedule;
import com.partnerbot.frameworks.PhaseWindow;
import com.partnerbot.frameworks.ReminderKind;
import com.partnerbot.outbox.Kind;
import com.partnerbot.outbox.OutboxMessage;
import com.partnerbot.playbook.AntiPattern;
import com.partnerbot.playbook.LaunchStage;
import com.partnerbot.playbook.Phase;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.reminders.ReminderNotice;
import com.partnerbot.slack.Messenger;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.render.Text;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.ReminderDao.ItemState;
import com.partnerbot.store.ReminderRow;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How each kind of reminder looks in the partnership's channel: a tier follow-up with Re-assess; a launch stage with
 * its items to tick, and Done, Snooze and Not applicable; a weekly check-in asking what moved; a gate review with
 * Run the gate; an overdue phase and a ghosting warning, which also go to the owner by direct message. The owner is
 * who is told when a reminder cannot be posted.
 */
public final class ReminderMessages implements ReminderNotice {
    /** Slack takes at most ten options in a checkbox group. */
    static final int ITEMS_PER_GROUP = 10;

    public static final String RUN_GATE_ACTION = "phase_gate_run";

    private final Playbook playbook;

    public ReminderMessages(Playbook playbook) {
        this.playbook = playbook;
    }

    @Override
    public List<OutboxMessage> due(Partnership p, ReminderRow r) {
        List<OutboxMessage> posts = new ArrayList<>();
        posts.add(post(p, r, render(p, r, List.of())).keyed(r.messageKey()));
        ReminderKind kind = ReminderKind.of(r.kind());
        if (kind == ReminderKind.GHOSTING || kind == ReminderKind.PHASE_OVERDUE) {
            posts.add(post(p, r, directMessage(p, r)));
        }
        return posts;
    }

    @Override
    public OutboxMessage current(Partnership p, ReminderRow r, List<ItemState> items) {
        return post(p, r, render(p, r, items));
    }

    private OutboxMessage post(Partnership p, ReminderRow r, Messenger.Message message) {
        return Messenger.outgoing(
                ReminderKind.of(r.kind()) == ReminderKind.FOLLOW_UP ? Kind.FOLLOW_UP : Kind.REMINDER,
                message,
                new Messenger.Requester(p.ownerUserId(), Optional.empty()),
                (ReminderKind.of(r.kind()) == ReminderKind.FOLLOW_UP ? "the follow-up \"" : "the reminder \"")
                        + r.label() + "\" for " + p.name());
    }

    public Messenger.Message render(Partnership p, ReminderRow r, List<ItemState> items) {
        return switch (ReminderKind.of(r.kind())) {
            case FOLLOW_UP -> followUp(p, r);
            case LAUNCH_STAGE -> stage(p, r, items);
            case CHECK_IN -> checkIn(p, r);
            case GATE_REVIEW -> gateReview(p, r);
            case PHASE_OVERDUE -> overdue(p, r, p.channelId());
            case GHOSTING -> ghosting(p, r, p.channelId());
        };
    }

    private Messenger.Message directMessage(Partnership p, ReminderRow r) {
        return ReminderKind.of(r.kind()) == ReminderKind.GHOSTING
                ? ghosting(p, r, p.ownerUserId())
                : overdue(p, r, p.ownerUserId());
    }

    private Messenger.Message followUp(Partnership p, ReminderRow r) {
        List<LayoutBlock> blocks = new ArrayList<>();
        // The name as typed (plain_text); the owner's mention needs mrkdwn, so it follows apart.
        blocks.add(section(s -> s.text(
                Text.literal("⏰ Follow-up for " + p.name() + ": " + r.label() + " (due " + r.dueDate() + ")", 3000))));
        blocks.add(section(s -> s.text(markdownText(
                "Owner: <@" + p.ownerUserId() + ">. Re-assess to record where the partnership stands now."))));
        List<BlockElement> buttons = new ArrayList<>();
        if (open(r)) {
            buttons.add(button(b -> b.actionId(SlackIds.REASSESS_ACTION)
                    .text(plainText("Re-assess"))
                    .value(p.id())));
            buttons.addAll(snoozeButtons(r));
        }
        addActions(blocks, buttons);
        blocks.add(context(List.of(
                markdownText(state(r, "Scheduled by the playbook when this partnership was last" + " assessed.")))));
        return new Messenger.Message(
                p.channelId(), Text.escape("Follow-up for " + p.name() + ": " + r.label()), blocks);
    }

    private Messenger.Message stage(Partnership p, ReminderRow r, List<ItemState> ticked) {
        Optional<LaunchStage> stage = LaunchSchedule.stageOf(r.key()).flatMap(this::stage);
        List<String> items = stage.map(LaunchStage::items).orElse(List.of());
        Set<Integer> done = ticked.stream()
                .filter(i -> ReminderRow.DONE.equals(i.state()))
                .map(ItemState::item)
                .collect(Collectors.toSet());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s ->
                s.text(Text.literal("🚀 " + p.name() + ": " + r.label() + " starts (" + r.dueDate() + ")", 3000))));
        int doneCount = ReminderRow.DONE.equals(r.status()) ? items.size() : done.size();
        blocks.add(section(s -> s.text(markdownText("Launch owner: <@" + p.ownerUserId() + ">. " + doneCount + " of "
                + items.size() + " done." + (open(r) ? " Tick each item as it is done." : "")))));
        for (int from = 0; from < items.size(); from += ITEMS_PER_GROUP) {
            int start = from;
            List<OptionObject> options = new ArrayList<>();
            List<OptionObject> selected = new ArrayList<>();
            for (int i = from; i < Math.min(items.size(), from + ITEMS_PER_GROUP); i++) {
                OptionObject o = option(plainText(Text.clip(items.get(i), 75)), Integer.toString(i));
                options.add(o);
                if (done.contains(i)) {
                    selected.add(o);
                }
            }
            if (open(r)) {
                blocks.add(actions(a -> a.blockId(ReminderIds.itemsBlock(r.id(), start))
                        .elements(List.of(checkboxes(c -> c.actionId(ReminderIds.TICK_ACTION)
                                .options(options)
                                .initialOptions(selected.isEmpty() ? null : selected))))));
            } else {
                StringBuilder list = new StringBuilder();
                for (int i = start; i < Math.min(items.size(), start + ITEMS_PER_GROUP); i++) {
                    list.append(done.contains(i) || ReminderRow.DONE.equals(r.status()) ? "☑ " : "☐ ")
                            .append(items.get(i))
                            .append('\n');
                }
                blocks.add(section(s -> s.text(Text.literal(list.toString().strip(), 3000))));
            }
        }
        List<BlockElement> buttons = new ArrayList<>();
        if (open(r)) {
            buttons.add(button(b -> b.actionId(ReminderIds.DONE_ACTION)
                    .text(plainText("All done"))
                    .style("primary")
                    .value(r.id())));
            buttons.addAll(snoozeButtons(r));
            buttons.add(button(b -> b.actionId(ReminderIds.NOT_APPLICABLE_ACTION)
                    .text(plainText("Not applicable"))
                    .value(r.id())));
            buttons.add(logActivity(p, null));
        }
        addActions(blocks, buttons);
        blocks.add(context(List.of(markdownText(state(r, "From the launch plan.")))));
        return new Messenger.Message(
                p.channelId(), Text.escape(p.name() + ": " + r.label() + " starts (" + r.dueDate() + ")"), blocks);
    }

    private Messenger.Message checkIn(Partnership p, ReminderRow r) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(
                s -> s.text(Text.literal("📈 " + p.name() + ": " + r.label() + ". What moved this week?", 3000))));
        blocks.add(section(s -> s.text(markdownText("<@" + p.ownerUserId() + ">, log what moved: a customer, a deal,"
                + " a fix, a joint activity. A partnership with nothing logged is being ghosted."))));
        List<BlockElement> buttons = new ArrayList<>();
        if (open(r)) {
            buttons.add(logActivity(p, r));
            buttons.addAll(snoozeButtons(r));
            buttons.add(button(b -> b.actionId(ReminderIds.NOT_APPLICABLE_ACTION)
                    .text(plainText("Not applicable"))
                    .value(r.id())));
        }
        addActions(blocks, buttons);
        blocks.add(context(List.of(markdownText(state(r, "A weekly check-in from the launch plan.")))));
        return new Messenger.Message(
                p.channelId(), Text.escape(p.name() + ": " + r.label() + ". What moved this week?"), blocks);
    }

    private Messenger.Message gateReview(Partnership p, ReminderRow r) {
        Optional<Phase> phase = phaseOf(r);
        String label = phase.map(Phase::label).orElse("The phase");
        String length = phase.map(
                        f -> " (" + f.duration().min() + " " + f.duration().unit() + ")")
                .orElse("");
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(Text.literal("🚦 " + p.name() + ": " + r.label(), 3000))));
        blocks.add(section(s -> s.text(markdownText("<@" + p.ownerUserId() + ">, " + Text.escape(label)
                + " has reached its minimum length" + length + ". Run the gate: did it meet the success criteria"
                + " recorded when it started? The gate's outcome, and the phase it starts, go to this channel."))));
        List<BlockElement> buttons = new ArrayList<>();
        if (open(r)) {
            buttons.add(runGate(p, r));
            buttons.addAll(snoozeButtons(r));
        }
        addActions(blocks, buttons);
        blocks.add(context(List.of(markdownText(state(
                r,
                "From the phase's window in the playbook; `" + SlackIds.COMMAND
                        + " phase` shows its success criteria.")))));
        return new Messenger.Message(p.channelId(), Text.escape(p.name() + ": " + r.label()), blocks);
    }

    private Messenger.Message overdue(Partnership p, ReminderRow r, String channel) {
        Optional<Phase> phase = phaseOf(r);
        String label = phase.map(Phase::label).orElse("The phase");
        String length = phase.map(
                        f -> " (" + f.duration().max() + " " + f.duration().unit() + ")")
                .orElse("");
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(Text.literal("⚠️ " + p.name() + ": " + r.label(), 3000))));
        blocks.add(section(s -> s.text(markdownText("<@" + p.ownerUserId() + ">, " + Text.escape(label)
                + " is past its maximum length" + length + " and its gate has not been run. Run it now: move on,"
                + " start it again with changes, or end the partnership."))));
        if (open(r)) {
            addActions(blocks, List.of(runGate(p, r)));
        }
        return new Messenger.Message(channel, Text.escape(p.name() + ": " + r.label()), blocks);
    }

    /** The phase a gate reminder is for, from its key. */
    private Optional<Phase> phaseOf(ReminderRow r) {
        return PhaseWindow.phaseOf(r.key()).flatMap(playbook::phase);
    }

    /** Run the gate: its value names the partnership and the run of the phase, so a later click can tell it is old. */
    private static BlockElement runGate(Partnership p, ReminderRow r) {
        return button(b -> b.actionId(RUN_GATE_ACTION)
                .text(plainText("Run the gate"))
                .style("primary")
                .value(p.id() + r.sourceId().map(run -> ":" + run).orElse("")));
    }

    private Messenger.Message ghosting(Partnership p, ReminderRow r, String channel) {
        Optional<AntiPattern> pattern = playbook.antiPatterns().stream()
                .filter(a -> "ghosting".equals(a.id()))
                .findFirst();
        String title = pattern.map(AntiPattern::title).orElse("Ghosting after launch");
        String description = pattern.map(AntiPattern::description).orElse("");
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(Text.literal("👻 " + p.name() + ": " + title, 3000))));
        blocks.add(section(s -> s.text(markdownText(Text.escape(r.label()) + " " + Text.escape(description) + " <@"
                + p.ownerUserId() + ">, log what moved, or plan the next joint activity."))));
        if (open(r) || channel.equals(p.ownerUserId())) {
            addActions(blocks, List.of(logActivity(p, null)));
        }
        return new Messenger.Message(channel, Text.escape(p.name() + ": " + title + ". " + r.label()), blocks);
    }

    private Optional<LaunchStage> stage(String id) {
        return playbook.launch().stages().stream()
                .filter(s -> s.id().equals(id))
                .findFirst();
    }

    private static boolean open(ReminderRow r) {
        return r.scheduled() || ReminderRow.SENT.equals(r.status());
    }

    /** Log activity, for the partnership; from a check-in or a stage, answering it too. */
    private static BlockElement logActivity(Partnership p, ReminderRow r) {
        return button(b -> b.actionId(ReminderIds.LOG_ACTIVITY_ACTION)
                .text(plainText("Log activity"))
                .value(activityValue(p.id(), Optional.ofNullable(r).map(ReminderRow::id))));
    }

    /** A Log activity button's value: the partnership, and the reminder it answers when there is one. */
    public static String activityValue(String partnershipId, Optional<String> reminderId) {
        return partnershipId + reminderId.map(id -> "|" + id).orElse("");
    }

    private static List<BlockElement> snoozeButtons(ReminderRow r) {
        return List.of(
                button(b -> b.actionId(ReminderIds.SNOOZE_DAY_ACTION)
                        .text(plainText("Snooze a day"))
                        .value(r.id())),
                button(b -> b.actionId(ReminderIds.SNOOZE_WEEK_ACTION)
                        .text(plainText("Snooze a week"))
                        .value(r.id())));
    }

    private static void addActions(List<LayoutBlock> blocks, List<BlockElement> buttons) {
        if (!buttons.isEmpty()) {
            blocks.add(actions(a -> a.blockId(ReminderIds.ACTIONS_BLOCK).elements(buttons)));
        }
    }

    /** The line under a reminder: where it came from, or how it ended and by whom. */
    static String state(ReminderRow r, String origin) {
        String by = r.endedBy().map(u -> " by <@" + u + ">").orElse("");
        return switch (r.status()) {
            case ReminderRow.DONE -> "✅ Done" + by + ".";
            case ReminderRow.NOT_APPLICABLE -> "Marked not applicable" + by + ".";
            case ReminderRow.SCHEDULED ->
                "💤 Snoozed" + by + " until " + when(r.dueAt(), r.dueDate().toString()) + ".";
            case ReminderRow.CANCELLED -> "Cancelled" + by + ".";
            default -> origin;
        };
    }

    /** Why a reminder was not posted, in plain words, from Slack's error or the store's own reason. */
    public static String whyNotPosted(String reason) {
        String code = reason == null ? "" : reason;
        return switch (code) {
            case "not_in_channel", "channel_not_found" ->
                "I am not a member of the channel (invite me with `/invite @Partnerbot`)";
            case "is_archived" -> "the channel is archived";
            case "invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired" ->
                "the app's access to this workspace is no longer valid";
            default ->
                code.startsWith("http_") || code.startsWith("network") || code.endsWith("_error")
                        ? "Slack was unavailable for too long"
                        : code.contains(" ") ? code : "Slack refused it";
        };
    }

    /** A time as Slack shows it in each reader's own time zone. */
    public static String when(Instant at, String fallback) {
        return "<!date^" + at.getEpochSecond() + "^{date_short_pretty} at {time}|" + fallback + ">";
    }
}
