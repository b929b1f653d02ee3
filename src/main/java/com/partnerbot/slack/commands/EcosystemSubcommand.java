package com.partnerbot.slack.commands;

import com.partnerbot.playbook.Playbook;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;

/** {@code /partner ecosystem}: the short way to {@code /partner decide ecosystem}. */
public final class EcosystemSubcommand implements Subcommand {
    private final DecideSubcommand decide;

    public EcosystemSubcommand(DecideSubcommand decide) {
        this.decide = decide;
    }

    @Override
    public String name() {
        return "ecosystem";
    }

    @Override
    public String usage() {
        return "ecosystem";
    }

    @Override
    public String purpose() {
        return "Decide whether your partner ecosystem should be curated (reviewed) or open (anyone joins).";
    }

    @Override
    public String example() {
        return "/partner ecosystem";
    }

    @Override
    public Response handle(String args, SlashCommandRequest req, SlashCommandContext ctx)
            throws IOException, SlackApiException {
        return decide.open(Playbook.ECOSYSTEM_TREE, req, ctx);
    }
}
