package com.partnerbot.slack.commands;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;

/** One {@code /partner} subcommand: how help describes it, and what it does. */
public interface Subcommand {

    /** The word after {@code /partner}, lower case. */
    String name();

    /** How help shows its arguments, e.g. {@code new [NAME]}. */
    String usage();

    /** One line on what it is for. */
    String purpose();

    /** A complete example a person can copy. */
    String example();

    /** Handles the command; {@code args} is the text after the subcommand's name, trimmed. */
    Response handle(String args, SlashCommandRequest req, SlashCommandContext ctx)
            throws IOException, SlackApiException;
}
