/**
 * Many workspaces: the installations made through Slack's OAuth flow, each with its bot token encrypted at rest
 * (AES-GCM, {@link com.partnerbot.workspaces.TokenCipher}), the token each workspace's posts go out with, what an
 * uninstall stops, and the one-time OAuth states of the install page. Knows nothing of Slack's SDK: the Slack side
 * adapts it to Bolt's installation and state services.
 */
package com.partnerbot.workspaces;
