package com.partnerbot.launch;

import com.partnerbot.outbox.OutboxMessage;
import com.partnerbot.store.LaunchPlanRow;
import com.partnerbot.store.Partnership;
import java.util.Optional;

/** What the channel is told of a launch: rendered by the Slack side, so the launch knows nothing of Slack. */
public interface LaunchAnnouncer {

    /** The plan as saved, with its stages and coming reminders; {@code before} is the plan it replaced. */
    OutboxMessage plan(LaunchState state, Optional<LaunchPlanRow> before, String savedBy);

    /** Someone recorded what moved. */
    OutboxMessage activity(Partnership partnership, String userId, String note);
}
