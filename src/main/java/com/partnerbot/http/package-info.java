/** The HTTP edge: Slack's requests handed to Bolt, and the health check. */
package com.partnerbot.http;
