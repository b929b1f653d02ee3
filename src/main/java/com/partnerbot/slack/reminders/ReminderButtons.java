package com.partnerbot.slack.reminders;

import com.partnerbot.frameworks.LaunchSchedule;
import com.partnerbot.playbook.LaunchStage;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.reminders.Reminders;
import com.partnerbot.slack.Feature;
import com.partnerbot.slack.Interactions;
import com.partnerbot.slack.render.Text;
import com.partnerbot.store.ReminderRow;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.io.IOException;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The buttons of a posted reminder: All done, Not applicable, Snooze a day or a week, and its items' checkboxes.
 * Each changes the reminder in one transaction, with its post edited in place through the outbox. A button of a
 * reminder that has ended or moved on answers privately with how it stands, not with an error.
 */
public final class ReminderButtons implements Feature {
    private final Playbook playbook;
    private final Reminders reminders;

    public ReminderButtons(Playbook playbook, Reminders reminders) {
        this.playbook = playbook;
        this.reminders = reminders;
    }

    @Override
    public void register(Interactions interactions) {
        interactions
                .blockAction(ReminderIds.DONE_ACTION, (req, ctx) -> act(req, ctx, Act.DONE))
                .blockAction(ReminderIds.NOT_APPLICABLE_ACTION, (req, ctx) -> act(req, ctx, Act.NOT_APPLICABLE))
                .blockAction(ReminderIds.SNOOZE_DAY_ACTION, (req, ctx) -> act(req, ctx, Act.SNOOZE_DAY))
                .blockAction(ReminderIds.SNOOZE_WEEK_ACTION, (req, ctx) -> act(req, ctx, Act.SNOOZE_WEEK))
                .blockAction(ReminderIds.TICK_ACTION, tick());
    }

    private enum Act {
        DONE,
        NOT_APPLICABLE,
        SNOOZE_DAY,
        SNOOZE_WEEK
    }

    private Response act(BlockActionRequest req, ActionContext ctx, Act act) throws IOException {
        var payload = req.getPayload();
        String id = payload.getActions().get(0).getValue();
        String user = payload.getUser().getId();
        String team = ctx.getTeamId();
        Reminders.Result result =
                switch (act) {
                    case DONE -> reminders.end(team, id, ReminderRow.DONE, user);
                    case NOT_APPLICABLE -> reminders.end(team, id, ReminderRow.NOT_APPLICABLE, user);
                    case SNOOZE_DAY -> reminders.snooze(team, id, Period.ofDays(1), user);
                    case SNOOZE_WEEK -> reminders.snooze(team, id, Period.ofWeeks(1), user);
                };
        answer(ctx, result);
        return ctx.ack();
    }

    private BlockActionHandler tick() {
        return (req, ctx) -> {
            var payload = req.getPayload();
            BlockActionPayload.Action action = payload.getActions().get(0);
            var group = ReminderIds.itemGroup(action.getBlockId());
            if (group.isEmpty()) {
                return ctx.ack();
            }
            var row = reminders.find(ctx.getTeamId(), group.get().reminderId());
            if (row.isEmpty()) {
                answer(ctx, new Reminders.Result.NotFound());
                return ctx.ack();
            }
            int count = LaunchSchedule.stageOf(row.get().key())
                    .flatMap(s -> playbook.launch().stages().stream()
                            .filter(st -> st.id().equals(s))
                            .findFirst())
                    .map(LaunchStage::items)
                    .map(List::size)
                    .orElse(0);
            Set<Integer> done = new HashSet<>();
            if (action.getSelectedOptions() != null) {
                for (var option : action.getSelectedOptions()) {
                    try {
                        done.add(Integer.parseInt(option.getValue()));
                    } catch (NumberFormatException e) {
                        // Not one of ours: ignored.
                    }
                }
            }
            int from = group.get().from();
            var result = reminders.tick(
                    ctx.getTeamId(),
                    row.get().id(),
                    from,
                    from + ReminderMessages.ITEMS_PER_GROUP,
                    done,
                    count,
                    payload.getUser().getId());
            answer(ctx, result);
            return ctx.ack();
        };
    }

    /** Only when nothing changed: says privately how the reminder stands. A change shows in the post itself. */
    private static void answer(ActionContext ctx, Reminders.Result result) throws IOException {
        String text;
        if (result instanceof Reminders.Result.NotFound) {
            text = "This reminder no longer exists.";
        } else if (result instanceof Reminders.Result.Unchanged unchanged) {
            text = "Nothing to change: " + standing(unchanged.reminder());
        } else {
            return;
        }
        ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(text));
    }

    /** How a reminder stands, in words. */
    static String standing(ReminderRow r) {
        String by = r.endedBy().map(u -> " by <@" + u + ">").orElse("");
        return switch (r.status()) {
            case ReminderRow.DONE -> "\"" + Text.escape(r.label()) + "\" was marked done" + by + ".";
            case ReminderRow.NOT_APPLICABLE ->
                "\"" + Text.escape(r.label()) + "\" was marked not applicable" + by + ".";
            case ReminderRow.CANCELLED ->
                "\"" + Text.escape(r.label()) + "\" was cancelled" + by + " (the plan that scheduled it changed).";
            case ReminderRow.MISSED ->
                "\"" + Text.escape(r.label()) + "\" was missed: " + r.reason().orElse("its time passed") + ".";
            case ReminderRow.SCHEDULED ->
                "\"" + Text.escape(r.label()) + "\" is due again "
                        + ReminderMessages.when(r.dueAt(), r.dueDate().toString()) + ".";
            case ReminderRow.FAILED ->
                "\"" + Text.escape(r.label()) + "\" could not be posted: "
                        + ReminderMessages.whyNotPosted(r.reason().orElse(null)) + ".";
            default -> "\"" + Text.escape(r.label()) + "\" is " + r.status().replace('_', ' ') + ".";
        };
    }
}
