/** Listeners for buttons and other block actions in the bot's messages. */
package com.partnerbot.slack.actions;
