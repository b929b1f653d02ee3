package com.partnerbot.reminders;

import com.partnerbot.outbox.OutboxMessage;
import com.partnerbot.store.FollowUpRow;
import com.partnerbot.store.Partnership;

/** What a due follow-up says, and to whom: rendered by the Slack side, so reminders know nothing of Slack. */
@FunctionalInterface
public interface FollowUpNotice {
    OutboxMessage notice(Partnership partnership, FollowUpRow due);
}
