/**
 * The playbook as typed records: every framework the bot applies (qualification, three-sided value, leverage,
 * tiers, decision trees, phases, charter, launch plan, anti-patterns, checklists), loaded from YAML, validated with
 * every problem placed at file, line and field path, and exported or checked from the command line
 * ({@link com.partnerbot.playbook.PlaybookCli}). The default playbook is the resource
 * {@code playbook/default-playbook.yml}; a team replaces it with {@code PLAYBOOK_FILE}. Pure, like
 * {@code frameworks}: no Slack, HTTP or storage.
 */
package com.partnerbot.playbook;
