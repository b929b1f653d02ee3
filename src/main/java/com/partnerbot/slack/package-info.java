/**
 * The Slack surface: listeners by kind ({@code commands}, {@code views}, {@code actions}, {@code events}), Block Kit
 * rendering, and the ids they share. Listeners translate a payload into a call on the core and render the answer;
 * slow work runs through {@link com.partnerbot.slack.BackgroundWork}, after Slack has its acknowledgement.
 */
package com.partnerbot.slack;
