package com.partnerbot.reminders;

import com.partnerbot.outbox.Outbox;
import com.partnerbot.store.FollowUpDao;
import com.partnerbot.store.FollowUpRow;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.PartnershipDao;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the follow-ups that are due to the outbox. Each one turns "sent" in the same transaction that adds its
 * post, so a follow-up is posted exactly once however often, and on however many instances, the sweep runs; the
 * outbox then delivers it, retries it, or tells the owner. A follow-up is due from 09:00 UTC on its date, not at
 * midnight, so it lands in working hours for most teams.
 */
public final class FollowUpReminders {
    static final Duration SEND_FROM = Duration.ofHours(9);
    static final int BATCH = 50;

    private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Outbox outbox;
    private final FollowUpNotice notice;

    public FollowUpReminders(Jdbi jdbi, Clock clock, Outbox outbox, FollowUpNotice notice) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.outbox = outbox;
        this.notice = notice;
    }

    /** Queues what is due now, on the caller's thread; returns how many follow-ups went to the outbox. */
    public int sendDue() {
        String day = LocalDateTime.now(clock).minus(SEND_FROM).toLocalDate().toString();
        FollowUpDao followUps = jdbi.onDemand(FollowUpDao.class);
        int queued = 0;
        for (String teamId : followUps.workspacesWithDue(day)) {
            for (FollowUpRow due : followUps.due(teamId, day, BATCH)) {
                if (queue(teamId, due)) {
                    queued++;
                }
            }
        }
        if (queued > 0) {
            log.info("Queued {} follow-up reminder(s)", queued);
        }
        return queued;
    }

    /** Marks one follow-up sent and adds its post, together; false when another sweep took it first. */
    private boolean queue(String teamId, FollowUpRow due) {
        return jdbi.inTransaction(h -> {
            FollowUpDao followUps = h.attach(FollowUpDao.class);
            Optional<Partnership> partnership = h.attach(PartnershipDao.class).findById(teamId, due.partnershipId());
            String status = partnership.isPresent() ? FollowUpRow.SENT : FollowUpRow.FAILED;
            if (followUps.finish(teamId, due.id(), status, clock.millis()) == 0) {
                return false;
            }
            if (partnership.isEmpty()) {
                return false;
            }
            outbox.add(h, teamId, notice.notice(partnership.get(), due));
            return true;
        });
    }
}
