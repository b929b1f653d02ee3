/**
 * The charter of a partnership and its checklists: versions as written, signatures of both sides (in Slack, or
 * attested as signed outside it), ticks by hand, and the facts they give the frameworks. Knows storage and the
 * outbox, not Slack; mistakes come back as data keyed by field.
 */
package com.partnerbot.charter;
