/**
 * {@code /partner export}: every partnership of a workspace with where it stands (latest verdict, tier and
 * investment, charter, phase, next reminder), written row by row as CSV or JSON to any stream. It reads the database
 * in one streamed query and keeps no more than a row in memory; it knows nothing of Slack, which uploads the result.
 */
package com.partnerbot.export;
