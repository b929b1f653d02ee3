/**
 * The launch plan in Slack: {@code /partner launch NAME} and its form, the plan's post, the buttons of launch
 * reminders (tick an item, all done, snooze, not applicable), logging activity, and what status shows of the launch.
 */
package com.partnerbot.slack.launch;
