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
 * Posts the follow-ups that are due. Each is claimed (scheduled -> sending) before it is posted, so two sweeps, or
 * two instances of the bot, never post the same one at once; it ends sent, failed (the owner is told why), or back
 * to scheduled when Slack asks to wait. A follow-up is due from 09:00 UTC on its date, not at midnight, so it lands
 * in working hours for most teams.
 */
public final class FollowUpReminders {
    static final Duration SEND_FROM = Duration.ofHours(9);
    static final int BATCH = 50;
    /** A follow-up "sending" for longer than this was left by an instance that stopped; it is sent again. */
    static final Duration LEASE = Duration.ofMinutes(30);

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

    /** Sends what is due now, on the caller's thread; returns how many follow-ups were posted. */
    public int sendDue() {
        long now = clock.millis();
        long staleBefore = now - LEASE.toMillis();
        String day = LocalDateTime.now(clock).minus(SEND_FROM).toLocalDate().toString();
        FollowUpDao followUps = jdbi.onDemand(FollowUpDao.class);
        int sent = 0;
        for (String teamId : followUps.workspacesWithDue(day, staleBefore)) {
            for (FollowUpRow due : followUps.due(teamId, day, staleBefore, BATCH)) {
                if (followUps.claim(teamId, due.id(), now, staleBefore) == 0) {
                    continue;
                }
                String outcome = send(teamId, due);
                followUps.finish(teamId, due.id(), outcome, clock.millis());
                if (FollowUpRow.SENT.equals(outcome)) {
                    sent++;
                }
            }
        }
        if (sent > 0) {
            log.info("Posted {} follow-up reminder(s)", sent);
        }
        return sent;
    }

    /** Posts one claimed follow-up; returns the status it ends in. */
    private String send(String teamId, FollowUpRow due) {
        Optional<Partnership> partnership =
                jdbi.withExtension(PartnershipDao.class, dao -> dao.findById(teamId, due.partnershipId()));
        if (partnership.isEmpty()) {
            return FollowUpRow.FAILED;
        }
        Partnership p = partnership.get();
        var owner = new Messenger.Requester(clientForTeam.apply(teamId), slack, p.ownerUserId(), Optional.empty());
        Messenger.Attempt attempt = messenger.postNow(owner, message.render(p, due));
        if (attempt instanceof Messenger.Attempt.Delivered) {
            return FollowUpRow.SENT;
        }
        if (attempt instanceof Messenger.Attempt.TryAgain again) {
            log.info("Follow-up {} for {} waits for the next sweep: {}", due.key(), p.name(), again.reason());
            return FollowUpRow.SCHEDULED;
        }
        String error = ((Messenger.Attempt.Failed) attempt).error();
        log.warn("Follow-up {} for {} could not be posted: {}", due.key(), p.name(), error);
        messenger.explainFailure(
                owner, p.channelId(), error, "The follow-up \"" + due.label() + "\" for " + p.name() + " is due.");
        return FollowUpRow.FAILED;
    }
}
