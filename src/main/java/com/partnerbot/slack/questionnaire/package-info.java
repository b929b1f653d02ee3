/**
 * The qualification questionnaire: a modal of several steps driven by the playbook's wording. Each step's answers
 * are kept in a draft row, so the modal only carries the draft's id and going back keeps what was typed; the last
 * step stores the partnership and its assessment in one transaction and posts the verdict to the channel.
 */
package com.partnerbot.slack.questionnaire;
