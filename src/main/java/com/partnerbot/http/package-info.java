/**
 * The inbound edge: Slack's requests handed to Bolt over HTTP ({@code BoltRoute}) or Socket Mode ({@code
 * SocketModeReceiver}), each checked, deduplicated and logged without their contents; and the health check.
 */
package com.partnerbot.http;
