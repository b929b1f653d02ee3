/**
 * The charter in Slack: {@code /partner charter} and {@code checklist}, the charter modal, the living
 * message in the partnership's channel with its Sign, Edit and Checklist buttons, and the checklists' checkboxes.
 * {@link com.partnerbot.slack.charter.CharterListeners} registers them all, with the ids of {@link
 * com.partnerbot.slack.charter.CharterIds}.
 */
package com.partnerbot.slack.charter;
