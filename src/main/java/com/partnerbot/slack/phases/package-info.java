/**
 * Crawl, walk, run in Slack: {@code /partner phase NAME}, the Start and Run the gate buttons, the start and gate
 * forms, the posts that report a phase starting and a gate's outcome, and what {@code /partner status} shows.
 */
package com.partnerbot.slack.phases;
