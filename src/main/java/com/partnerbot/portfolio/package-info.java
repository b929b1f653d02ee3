/**
 * The portfolio read model: pages of a workspace's partnerships, filtered (all, mine, needs attention, a tier, a
 * phase) and sorted (name, last assessed, next reminder), counted and paged by the database; the program's dashboard
 * (counts by verdict, tier and phase, what needs attention and why, the reminders of the next seven days), kept per
 * workspace until something changes. Knows storage and the playbook, not Slack.
 */
package com.partnerbot.portfolio;
