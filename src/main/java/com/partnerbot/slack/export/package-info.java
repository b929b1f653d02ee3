/**
 * {@code /partner export [csv|json]}: the subcommand, the background job that writes the export to a temporary file
 * and sends it to the requester's direct messages with Slack's upload flow, and what the person is told.
 */
package com.partnerbot.slack.export;
