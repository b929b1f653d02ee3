package com.partnerbot.slack.reminders;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.overflowMenu;

import com.partnerbot.frameworks.ReminderKind;
import com.partnerbot.reminders.ReminderPreviews.Action;
import com.partnerbot.reminders.ReminderPreviews.Entry;
import com.partnerbot.reminders.ReminderPreviews.Failed;
import com.partnerbot.reminders.ReminderPreviews.Preview;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.render.Text;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.ReminderRow;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /partner reminders} as a private message: each waiting reminder with its time in the reader's own time zone,
 * its kind and partnership, and a menu to snooze or cancel it; then the reminders that could not be posted lately,
 * with why in plain words. Names are shown as typed (plain_text); only times and mentions are mrkdwn.
 */
public final class ReminderPreview {
    /** The most reminders one preview lists; the rest are counted. */
    public static final int LIMIT = 20;

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Set<String> NOT_A_MEMBER = Set.of("not_in_channel", "channel_not_found");
    private static final Set<String> ACCESS_LOST =
            Set.of("invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired");
    private static final Set<String> SLACK_DOWN =
            Set.of("internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited");

    public String fallback(Preview preview) {
        String where = preview.scope().map(p -> " for " + Text.escape(p.name())).orElse(" in this workspace");
        return preview.waiting() == 0
                ? "No reminders are waiting" + where + "."
                : preview.waiting() + " reminder(s) waiting" + where + ".";
    }

    /** The preview, with {@code note} (mrkdwn: what just changed) above it when present. */
    public List<LayoutBlock> render(Preview preview, Optional<String> note) {
        List<LayoutBlock> blocks = new ArrayList<>();
        note.ifPresent(n -> blocks.add(section(s -> s.text(markdownText(Text.clip(n, 3000))))));
        blocks.add(section(s -> s.text(Text.literal(title(preview), 3000))));
        if (preview.upcoming().isEmpty()) {
            blocks.add(
                    context(
                            List.of(
                                    markdownText(
                                            preview.scope().isPresent()
                                                    ? "Reminders are scheduled by assessments (tier follow-ups) and the launch plan."
                                                    : "None yet: reminders are scheduled by assessments (tier follow-ups) and the launch plan."))));
        }
        for (Entry entry : preview.upcoming()) {
            blocks.add(upcoming(entry, preview.scope()));
        }
        if (preview.more() > 0) {
            blocks.add(context(List.of(markdownText("…and " + preview.more() + " more after these."))));
        }
        if (!preview.failed().isEmpty()) {
            blocks.add(divider());
            blocks.add(section(s -> s.text(markdownText("*Not posted lately*"))));
            for (Failed failed : preview.failed()) {
                blocks.add(failed(failed));
            }
        }
        blocks.add(context(List.of(markdownText("Times are in your own time zone. Only a partnership's owner can"
                + " snooze or cancel its reminders. `" + SlackIds.COMMAND + " reminders NAME` shows one"
                + " partnership's."))));
        return blocks;
    }

    private static String title(Preview preview) {
        String count = preview.waiting() == 1 ? "1 reminder" : preview.waiting() + " reminders";
        return preview.scope()
                .map(p -> p.name() + ": " + (preview.waiting() == 0 ? "no reminders waiting" : count + " waiting"))
                .orElse(
                        preview.waiting() == 0
                                ? "No reminders are waiting in this workspace."
                                : "Coming up in this workspace: " + count + ".");
    }

    private static LayoutBlock upcoming(Entry entry, Optional<Partnership> scope) {
        ReminderRow r = entry.reminder();
        String snoozed = r.endedBy().map(u -> "\nSnoozed by <@" + u + ">").orElse("");
        List<TextObject> fields = List.of(
                markdownText("*" + when(r) + "*\n" + kind(r) + snoozed),
                Text.literal(entry.partnership().name() + "\n" + r.label(), 2000));
        Optional<String> scopeId = scope.map(Partnership::id);
        return section(s -> s.blockId(ReminderIds.PREVIEW_BLOCK_PREFIX + r.id())
                .fields(fields)
                .accessory(overflowMenu(o -> o.actionId(ReminderIds.MANAGE_ACTION)
                        .options(List.of(
                                option(plainText("Snooze a day"), choice(Action.SNOOZE_DAY, r, scopeId)),
                                option(plainText("Snooze a week"), choice(Action.SNOOZE_WEEK, r, scopeId)),
                                option(plainText("Cancel it"), choice(Action.CANCEL, r, scopeId)))))));
    }

    private static String choice(Action action, ReminderRow r, Optional<String> scopeId) {
        return new ManageChoice(action, r.id(), scopeId).encode();
    }

    private static LayoutBlock failed(Failed failed) {
        ReminderRow r = failed.entry().reminder();
        Partnership p = failed.entry().partnership();
        List<TextObject> fields = List.of(
                markdownText("*" + when(r) + "*\n" + kind(r) + ": " + why(failed.error(), p.channelId())),
                Text.literal(p.name() + "\n" + r.label(), 2000));
        return section(
                s -> s.blockId(ReminderIds.PREVIEW_FAILED_BLOCK_PREFIX + r.id()).fields(fields));
    }

    /** The reminder's time for each reader in their own zone; its own zone's local time where Slack cannot. */
    static String when(ReminderRow r) {
        ZoneId zone = ZoneId.of(r.timeZone());
        String name = zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
        return ReminderMessages.when(r.dueAt(), LOCAL.format(r.dueAt().atZone(zone)) + " " + name);
    }

    static String kind(ReminderRow r) {
        return kind(ReminderKind.of(r.kind()));
    }

    /** What a kind of reminder is called: "Follow-up", "Launch stage", ... */
    public static String kind(ReminderKind kind) {
        return switch (kind) {
            case FOLLOW_UP -> "Follow-up";
            case LAUNCH_STAGE -> "Launch stage";
            case CHECK_IN -> "Weekly check-in";
            case GATE_REVIEW -> "Gate review";
            case PHASE_OVERDUE -> "Phase overdue";
            case GHOSTING -> "Ghosting warning";
        };
    }

    /** Why a reminder was not posted, in plain words: Slack's error code, or the reminder's own reason. */
    public static String why(String error, String channelId) {
        String channel = "<#" + channelId + ">";
        if (error.equals("is_archived")) {
            return channel + " is archived, so it could not be posted there.";
        }
        if (NOT_A_MEMBER.contains(error)) {
            return "I'm not a member of " + channel + ". Invite me with `/invite @Partnerbot`.";
        }
        if (ACCESS_LOST.contains(error)) {
            return "Partnerbot's access to this workspace is no longer valid. Ask a Slack admin to reinstall the app.";
        }
        if (SLACK_DOWN.contains(error) || error.startsWith("http_") || error.startsWith("network")) {
            return "Slack was unavailable for too long.";
        }
        if (error.contains(" ")) {
            // The reminder's own reason, already in words ("not posted in its time: the bot was not running").
            return Text.escape(Character.toUpperCase(error.charAt(0)) + error.substring(1)) + ".";
        }
        return "Slack refused it (" + Text.escape(error.isEmpty() ? "no reason given" : error) + ").";
    }
}
