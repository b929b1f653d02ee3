/**
 * The portfolio in Slack: {@code /partner list} with its filters, sorts and pages, {@code /partner status}, and the Home
 * tab as the program's dashboard, published on its own small executor (latest wins per person) and refreshed, a few
 * seconds after something in the workspace changed, for those who opened it lately.
 * {@link com.partnerbot.slack.portfolio.PortfolioListeners} registers them all, with the ids of {@link
 * com.partnerbot.slack.portfolio.PortfolioIds}.
 */
package com.partnerbot.slack.portfolio;
