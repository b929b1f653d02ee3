/**
 * The launch plan and what keeps a partnership from being ghosted: a launch date with each side's launch owner, the
 * integration pathway and the partnership's time zone and reminder time; the plan's stages and weekly check-ins as
 * reminders in the channel; recorded activity; and the ghosting warning when nothing is recorded for too long.
 */
package com.partnerbot.launch;
