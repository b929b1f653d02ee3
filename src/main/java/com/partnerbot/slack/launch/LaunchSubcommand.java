package com.partnerbot.slack.launch;

import com.partnerbot.launch.LaunchService;
import com.partnerbot.launch.LaunchState;
import com.partnerbot.partnerships.PartnershipStatus;
import com.partnerbot.partnerships.StatusService;
import com.partnerbot.slack.commands.Subcommand;
import com.partnerbot.slack.render.StatusRenderer;
import com.partnerbot.slack.render.Text;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /partner launch NAME}: opens the launch plan form while the trigger id is fresh, with the plan as it is, or
 * for a first plan what the charter records and the owner's own time zone.
 */
final class LaunchSubcommand implements Subcommand {
    private final StatusService statuses;
    private final LaunchService launches;
    private final LaunchModal modal;

    LaunchSubcommand(StatusService statuses, LaunchService launches, LaunchModal modal) {
        this.statuses = statuses;
        this.launches = launches;
        this.modal = modal;
    }

    @Override
    public String name() {
        return "launch";
    }

    @Override
    public String usage() {
        return "launch NAME";
    }

    @Override
    public String purpose() {
        return "Set or change the launch date, launch owners and integration pathway; the launch plan's stages and"
                + " weekly check-ins are posted to the partnership's channel at its local time.";
    }

    @Override
    public String example() {
        return "/partner launch Acme Cloud";
    }

    @Override
    public Response handle(String args, SlashCommandRequest req, SlashCommandContext ctx)
            throws IOException, SlackApiException {
        if (args.isBlank()) {
            return ctx.ack(r -> r.responseType("ephemeral").text("Which partnership? Usage: `" + example() + "`"));
        }
        PartnershipStatus status = statuses.status(ctx.getTeamId(), args);
        if (status instanceof PartnershipStatus.Unknown unknown) {
            return ctx.ack(r -> r.responseType("ephemeral")
                    .text("No partnership named " + Text.escape(Text.clip(args, 100)))
                    .blocks(StatusRenderer.unknownName(name(), args, unknown.suggestions())));
        }
        var found = (PartnershipStatus.Found) status;
        Optional<LaunchState> state =
                launches.state(ctx.getTeamId(), found.partnership().id());
        if (state.isEmpty()) {
            return ctx.ack(r -> r.responseType("ephemeral").text("That partnership no longer exists."));
        }
        Optional<String> zone = state.get().plan().isPresent()
                ? Optional.empty()
                : slackTimeZone(ctx.client(), found.partnership().ownerUserId());
        var view = modal.render(
                state.get(),
                launches.prefill(state.get(), zone),
                new LaunchMetadata(found.partnership().id(), state.get().version(), null),
                Optional.empty());
        var opened = ctx.client()
                .viewsOpen(r -> r.triggerId(req.getPayload().getTriggerId()).view(view));
        if (!opened.isOk()) {
            ctx.logger.warn("views.open for the launch plan failed: {}", opened.getError());
            return ctx.ack(r -> r.responseType("ephemeral")
                    .text("I couldn't open the launch plan (Slack said `" + opened.getError() + "`). Please run the"
                            + " command again."));
        }
        return ctx.ack();
    }

    /** The owner's time zone as Slack knows it; empty when Slack does not say. */
    static Optional<String> slackTimeZone(MethodsClient client, String userId) {
        try {
            var info = client.usersInfo(r -> r.user(userId));
            return info.isOk() && info.getUser() != null
                    ? Optional.ofNullable(info.getUser().getTz())
                    : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
