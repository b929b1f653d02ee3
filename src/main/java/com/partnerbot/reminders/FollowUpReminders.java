package com.partnerbot.reminders;

import com.partnerbot.slack.Messenger;
import com.partnerbot.store.FollowUpDao;
import com.partnerbot.store.FollowUpRow;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.PartnershipDao;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the follow-ups that are due. Each is claimed (scheduled -> sent) before it is posted, so two sweeps, or two
 * instances of the bot, never post the same one twice. A follow-up is due from 09:00 UTC on its date, not at
 * midnight, so it lands in working hours for most teams.
 */
public final class FollowUpReminders {
    static final Duration SEND_FROM = Duration.ofHours(9);
    static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Messenger messenger;
    private final Slack slack;
    private final Function<String, MethodsClient> clientForTeam;
    private final FollowUpMessage message = new FollowUpMessage();

    public FollowUpReminders(
            Jdbi jdbi, Clock clock, Messenger messenger, Slack slack, Function<String, MethodsClient> clientForTeam) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.messenger = messenger;
        this.slack = slack;
        this.clientForTeam = clientForTeam;
    }

    /** Sends what is due now; returns how many follow-ups were claimed and queued for posting. */
    public int sendDue() {
        String day = LocalDateTime.now(clock).minus(SEND_FROM).toLocalDate().toString();
        FollowUpDao followUps = jdbi.onDemand(FollowUpDao.class);
        int sent = 0;
        for (String teamId : followUps.workspacesWithDue(day)) {
            for (FollowUpRow due : followUps.due(teamId, day, BATCH)) {
                if (followUps.markSent(teamId, due.id(), clock.millis()) == 0) {
                    continue;
                }
                Optional<Partnership> partnership =
                        jdbi.withExtension(PartnershipDao.class, dao -> dao.findById(teamId, due.partnershipId()));
                if (partnership.isEmpty()) {
                    continue;
                }
                Partnership p = partnership.get();
                var owner =
                        new Messenger.Requester(clientForTeam.apply(teamId), slack, p.ownerUserId(), Optional.empty());
                messenger.post(owner, message.render(p, due));
                sent++;
            }
        }
        if (sent > 0) {
            log.info("Queued {} follow-up reminder(s)", sent);
        }
        return sent;
    }
}
