/** Button listeners on the bot's messages. */
package com.partnerbot.slack.actions;
