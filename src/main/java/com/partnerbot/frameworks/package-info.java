/**
 * The decision logic that applies a {@link com.partnerbot.playbook.Playbook}: decision trees walked answer by
 * answer with the path kept for explanation, the qualification verdict, leverage to investment, the assessment of
 * a new partnership with dated follow-ups, anti-patterns and checklists read from a partnership's facts, and the
 * launch schedule. Records in, records out, a {@link java.time.Clock} passed in. Nothing here knows Slack, Javalin
 * or Jdbi; an ArchUnit test keeps it that way.
 */
package com.partnerbot.frameworks;
