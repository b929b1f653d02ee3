/** Block Kit rendering: records in, Bolt's block models out, within Slack's size limits. */
package com.partnerbot.slack.render;
