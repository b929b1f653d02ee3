/**
 * Crawl, walk, run for one partnership: a phase started with its own success criteria, its gate review and overdue
 * reminders, the gate run on the playbook's tree and what follows it, each user action in one transaction with its
 * posts. Knows nothing of Slack.
 */
package com.partnerbot.phases;
