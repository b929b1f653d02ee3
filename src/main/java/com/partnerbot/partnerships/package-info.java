/**
 * Partnerships as the team sees them: creating one, finding one by name. Knows storage, not Slack; validation
 * mistakes come back as data, keyed by field, for the Slack layer to show in the form.
 */
package com.partnerbot.partnerships;
