package com.partnerbot.reminders;

import com.partnerbot.outbox.OutboxMessage;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.ReminderDao.ItemState;
import com.partnerbot.store.ReminderRow;
import java.util.List;

/** What a reminder says, and to whom: rendered by the Slack side, so reminders know nothing of Slack. */
public interface ReminderNotice {

    /**
     * The posts of a reminder now due (its channel post, and for some kinds a direct message too); the first is the
     * reminder's own post, keyed {@link ReminderRow#messageKey()} so that its buttons can edit it later.
     */
    List<OutboxMessage> due(Partnership partnership, ReminderRow reminder);

    /** The reminder's own post as it stands now (items ticked, snoozed, done), to replace what it shows. */
    OutboxMessage current(Partnership partnership, ReminderRow reminder, List<ItemState> items);
}
