package com.partnerbot.slack.commands;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;

/**
 * A decision about one partnership that {@code /partner decide WORD NAME} reaches, owned by the feature that keeps
 * it (the phase gate): the decide command hands it the name.
 */
public interface PartnershipDecision {
    /** The word after {@code decide}, e.g. {@code phase-gate}. */
    String word();

    Response open(String name, SlashCommandRequest req, SlashCommandContext ctx) throws IOException, SlackApiException;
}
