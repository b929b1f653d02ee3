/**
 * Reminders: one store for every reminder a partnership is owed (tier follow-ups, launch stages and check-ins, gate
 * reviews, overdue phases, ghosting warnings), each due at a local time in the partnership's time zone and posted
 * to its channel once, by a sweep that db-scheduler runs every few seconds on one instance at a time.
 */
package com.partnerbot.reminders;
