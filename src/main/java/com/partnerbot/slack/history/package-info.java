/**
 * {@code /partner history NAME} in Slack: the partnership's record, newest first, ten entries a page, with Newer and
 * Older buttons that replace the page on screen. {@link com.partnerbot.slack.history.HistoryListeners} registers them,
 * with the ids of {@link com.partnerbot.slack.history.HistoryIds}.
 */
package com.partnerbot.slack.history;
