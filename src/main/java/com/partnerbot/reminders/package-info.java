/**
 * Reminders: the follow-ups a decision schedules (e.g. "evaluate for Tier 2" six months after a Tier 1 start) are
 * posted to the partnership's channel when due, by a sweep that db-scheduler runs on one instance at a time.
 */
package com.partnerbot.reminders;
