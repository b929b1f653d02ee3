/**
 * Where a request comes from, and what it may touch: the request's own workspace checked before any listener runs
 * (one bot token serves its own workspace only; with many, a workspace that is not installed is refused quietly), a
 * Slack Connect partner limited to signing and ticking, and the OAuth install for many workspaces on Bolt's flow,
 * with installations and states kept in the database.
 */
package com.partnerbot.slack.workspaces;
