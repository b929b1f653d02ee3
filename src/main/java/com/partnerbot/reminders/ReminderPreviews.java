package com.partnerbot.reminders;

import com.partnerbot.store.Partnership;
import com.partnerbot.store.PartnershipDao;
import com.partnerbot.store.ReminderPreviewDao;
import com.partnerbot.store.ReminderRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * What is coming, for a workspace or one partnership: the next reminders with their partnerships, how many wait in
 * all, and those whose post did not go out lately, with why. Only a partnership's owner snoozes or cancels one of its
 * reminders; the change itself is one transaction of {@link Reminders}.
 */
public final class ReminderPreviews {
    /** A post that failed longer ago than this is no longer news. */
    public static final Duration RECENT = Duration.ofDays(7);

    static final int MAX_FAILED = 5;

    private final Jdbi jdbi;
    private final Clock clock;
    private final Reminders reminders;

    public ReminderPreviews(Jdbi jdbi, Clock clock, Reminders reminders) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.reminders = reminders;
    }

    /** A reminder with the partnership it belongs to. */
    public record Entry(ReminderRow reminder, Partnership partnership) {}

    /** A reminder not posted, with Slack's error code or the reminder's own reason. */
    public record Failed(Entry entry, String error) {}

    /** {@code upcoming} soonest first, at most the limit asked; {@code waiting} counts them all. */
    public record Preview(Optional<Partnership> scope, List<Entry> upcoming, int waiting, List<Failed> failed) {
        public int more() {
            return Math.max(0, waiting - upcoming.size());
        }
    }

    public Preview preview(String teamId, Optional<Partnership> scope, int limit) {
        return jdbi.withHandle(h -> {
            Map<String, Partnership> byId = h.attach(PartnershipDao.class).listByTeam(teamId).stream()
                    .collect(Collectors.toMap(Partnership::id, Function.identity()));
            ReminderPreviewDao dao = h.attach(ReminderPreviewDao.class);
            long since = clock.millis() - RECENT.toMillis();
            Optional<String> id = scope.map(Partnership::id);
            List<ReminderRow> upcoming = reminders.upcoming(teamId, id, limit);
            int waiting =
                    id.map(p -> dao.countScheduledOf(teamId, p)).orElseGet(() -> reminders.countScheduled(teamId));
            List<ReminderPreviewDao.Failed> failed = id.map(p -> dao.failedSinceOf(teamId, p, since, MAX_FAILED))
                    .orElseGet(() -> dao.failedSince(teamId, since, MAX_FAILED));
            return new Preview(
                    scope,
                    upcoming.stream()
                            .filter(r -> byId.containsKey(r.partnershipId()))
                            .map(r -> new Entry(r, byId.get(r.partnershipId())))
                            .toList(),
                    waiting,
                    failed.stream()
                            .filter(f -> byId.containsKey(f.reminder().partnershipId()))
                            .map(f -> new Failed(
                                    new Entry(
                                            f.reminder(), byId.get(f.reminder().partnershipId())),
                                    f.error()))
                            .toList());
        });
    }

    /** What the owner can do to a waiting reminder from the preview. */
    public enum Action {
        SNOOZE_DAY,
        SNOOZE_WEEK,
        CANCEL
    }

    /** How a snooze or cancel from the preview went. */
    public sealed interface Outcome {
        /** Done; {@code reminder} is how it stands now. */
        record Changed(ReminderRow reminder, Action action) implements Outcome {}

        /** Only the partnership's owner may change its reminders. */
        record NotOwner(Partnership partnership) implements Outcome {}

        /** It was posted, snoozed elsewhere or cancelled meanwhile: nothing changed. */
        record Unchanged(ReminderRow reminder) implements Outcome {}

        record NotFound() implements Outcome {}
    }

    /**
     * Snoozes or cancels a waiting reminder for its partnership's owner. Who owns it is read first; the change is one
     * transaction, which changes nothing if the reminder was posted or ended meanwhile.
     */
    public Outcome manage(String teamId, String reminderId, Action action, String userId) {
        Optional<ReminderRow> found = reminders.find(teamId, reminderId);
        Optional<Partnership> partnership =
                found.flatMap(r -> jdbi.onDemand(PartnershipDao.class).findById(teamId, r.partnershipId()));
        if (found.isEmpty() || partnership.isEmpty()) {
            return new Outcome.NotFound();
        }
        if (!partnership.get().ownerUserId().equals(userId)) {
            return new Outcome.NotOwner(partnership.get());
        }
        if (!found.get().scheduled()) {
            return new Outcome.Unchanged(found.get());
        }
        Reminders.Result result =
                switch (action) {
                    case SNOOZE_DAY -> reminders.snooze(teamId, reminderId, Period.ofDays(1), userId);
                    case SNOOZE_WEEK -> reminders.snooze(teamId, reminderId, Period.ofWeeks(1), userId);
                    case CANCEL -> reminders.cancel(teamId, reminderId, userId);
                };
        if (result instanceof Reminders.Result.Changed changed) {
            return new Outcome.Changed(changed.reminder(), action);
        }
        if (result instanceof Reminders.Result.Unchanged unchanged) {
            return new Outcome.Unchanged(unchanged.reminder());
        }
        return new Outcome.NotFound();
    }
}
