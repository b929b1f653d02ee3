/**
 * Delivery: everything the bot owes a channel or a person is an outbox row, written in the same transaction as the
 * change it reports, then claimed and sent by one process, exactly once even across a crash. Knows nothing of
 * Slack: {@link com.partnerbot.outbox.Delivery} is the Slack side's job.
 */
package com.partnerbot.outbox;
