/**
 * Decisions about the partner program as a whole, not about one partnership: build or partner, curated or open
 * ecosystem. The questions and rules are the playbook's decision trees; this package walks them with the answers
 * given and keeps each decision. Knows storage, not Slack.
 */
package com.partnerbot.decisions;
