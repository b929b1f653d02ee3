/**
 * A partnership's history: everything recorded about it (assessments and what changed between them, charter
 * versions, signatures, checklist ticks, phases started, gates run, reminders sent and ended, logged activity), newest
 * first, a page at a time, read in one query and labelled from the playbook. Program decisions (build or partner,
 * curated or open) belong to no partnership and are not part of it.
 */
package com.partnerbot.history;
