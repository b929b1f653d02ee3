package com.partnerbot.slack.launch;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.partnerbot.frameworks.StageWindow;
import com.partnerbot.launch.LaunchService;
import com.partnerbot.launch.LaunchState;
import com.partnerbot.partnerships.PartnershipStatus;
import com.partnerbot.slack.commands.StatusSubcommand;
import com.partnerbot.slack.reminders.ReminderMessages;
import com.partnerbot.slack.render.Text;
import com.partnerbot.store.LaunchPlanRow;
import com.partnerbot.store.ReminderRow;
import com.slack.api.model.block.LayoutBlock;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What {@code /partner status} shows of the launch: the date and how far off it is, the stage it is in, the next
 * launch reminder, the last activity, and the ghosting warning of the current silence when one went out.
 */
final class LaunchStatus implements StatusSubcommand.Addition {
    private final LaunchService launches;
    private final Clock clock;

    LaunchStatus(LaunchService launches, Clock clock) {
        this.launches = launches;
        this.clock = clock;
    }

    @Override
    public PartnershipStatus refresh(String teamId, PartnershipStatus status) {
        return status;
    }

    @Override
    public List<LayoutBlock> blocks(String teamId, PartnershipStatus status) {
        if (!(status instanceof PartnershipStatus.Found found)) {
            return List.of();
        }
        Optional<LaunchState> state = launches.state(teamId, found.partnership().id());
        if (state.isEmpty()) {
            return List.of();
        }
        return List.of(section(s -> s.text(markdownText(Text.clip(describe(state.get()), 3000)))));
    }

    String describe(LaunchState state) {
        if (state.plan().isEmpty()) {
            return "*Launch:* no plan yet. Set the date and owners with `/partner launch` and the partnership's"
                    + " name.";
        }
        LaunchPlanRow plan = state.plan().get();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of(plan.timeZone()));
        long days = ChronoUnit.DAYS.between(today, plan.launchDate());
        String when = days > 0
                ? "in " + days + (days == 1 ? " day" : " days")
                : days == 0 ? "today" : Math.abs(days) + (days == -1 ? " day ago" : " days ago");
        StringBuilder text = new StringBuilder("*Launch:* " + plan.launchDate() + " (" + when + ")");
        state.stages().stream()
                .filter(w -> !today.isBefore(w.start()) && !today.isAfter(w.end()))
                .map(StageWindow::stage)
                .findFirst()
                .ifPresent(stage -> text.append(" · now in ").append(Text.escape(stage.label())));
        text.append(" · launch owner <@").append(plan.ourOwnerUserId()).append(">");
        state.reminders().stream()
                .filter(ReminderRow::scheduled)
                .filter(r -> LaunchService.SOURCE.equals(r.source()))
                .findFirst()
                .ifPresent(r -> text.append("\n*Next launch reminder:* ")
                        .append(ReminderMessages.when(r.dueAt(), r.dueDate().toString()))
                        .append(", ")
                        .append(Text.escape(r.label())));
        text.append("\n*Last activity logged:* ")
                .append(state.lastActivity().map(LocalDate::toString).orElse("none yet"));
        state.ghosting().ifPresent(g -> text.append("\n👻 *Ghosting warning* sent ")
                .append(g.dueDate())
                .append(": ")
                .append(Text.escape(g.label()))
                .append(" Log what moved to end it."));
        return text.toString();
    }
}
