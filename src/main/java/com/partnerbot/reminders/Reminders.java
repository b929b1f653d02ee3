package com.partnerbot.reminders;

import com.partnerbot.frameworks.PlannedReminder;
import com.partnerbot.frameworks.ReminderTimes;
import com.partnerbot.outbox.Outbox;
import com.partnerbot.outbox.OutboxMessage;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.PartnershipDao;
import com.partnerbot.store.ReminderDao;
import com.partnerbot.store.ReminderRow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one reminder store and its sweep. Whatever schedules reminders (an assessment's follow-ups, a launch plan, a
 * phase, recorded activity) replaces only its own, in its own transaction. The sweep hands each due reminder to the
 * outbox in the transaction that marks it sent, so it is posted exactly once however many sweeps run; one due past
 * its expiry (the bot was stopped for longer than the reminder matters) is marked missed instead.
 */
public final class Reminders {
    static final int BATCH = 50;

    /** How often one sweep goes back for more before it lets the next run take over. */
    static final int MAX_BATCHES = 1_000;

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Outbox outbox;
    private final ReminderNotice notice;
    private final ActivityListener activity;

    /** Told, inside the transaction, when someone acts on a reminder's post (ticks an item, marks it done). */
    @FunctionalInterface
    public interface ActivityListener {
        ActivityListener NONE = (h, reminder, userId, what) -> {};

        void acted(Handle handle, ReminderRow reminder, String userId, String what);
    }

    public Reminders(Jdbi jdbi, Clock clock, Outbox outbox, ReminderNotice notice, ActivityListener activity) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.outbox = outbox;
        this.notice = notice;
        this.activity = activity;
    }

    /** What scheduled a set of reminders: e.g. {@code assessment} with the assessment's id. */
    public record Source(String name, String id) {}

    /**
     * Replaces what {@code source} scheduled for a partnership by {@code wanted}, in the caller's transaction. A
     * wanted reminder whose key exists is the same reminder: still waiting, it moves to its new date; sent or ended, it
     * is left as it is (never sent twice). Waiting reminders no longer wanted are cancelled. With {@code catchUp},
     * reminders already due are placed as {@link ReminderTimes#place} says (only the current stage is posted, the
     * rest missed); without it they are scheduled and go out with the next sweep.
     */
    public static void replace(
            Handle h,
            String teamId,
            String partnershipId,
            Source source,
            List<PlannedReminder> wanted,
            Schedule schedule,
            Instant now,
            boolean catchUp) {
        ReminderDao dao = h.attach(ReminderDao.class);
        Map<String, ReminderRow> existing = new HashMap<>();
        for (ReminderRow row : dao.ofSource(teamId, partnershipId, source.name())) {
            existing.put(row.key(), row);
        }
        Set<String> wantedKeys = wanted.stream().map(PlannedReminder::key).collect(java.util.stream.Collectors.toSet());
        for (ReminderRow row : existing.values()) {
            if (!wantedKeys.contains(row.key()) && row.scheduled()) {
                dao.cancel(teamId, row.id(), null, now.toEpochMilli());
            }
        }
        for (ReminderTimes.Placed placed : ReminderTimes.place(wanted, schedule.at(), schedule.zone(), now)) {
            PlannedReminder r = placed.reminder();
            Long expires = r.until()
                    .map(d ->
                            ReminderTimes.at(d, schedule.at(), schedule.zone()).toEpochMilli())
                    .orElse(null);
            ReminderRow known = existing.get(r.key());
            if (known != null) {
                boolean moved = !known.dueAt().equals(placed.dueAt())
                        || !known.timeZone().equals(schedule.zone().getId());
                if (known.scheduled() && moved) {
                    dao.reschedule(
                            teamId,
                            known.id(),
                            r.date().toString(),
                            placed.dueAt().toEpochMilli(),
                            schedule.zone().getId(),
                            expires,
                            null,
                            now.toEpochMilli());
                }
                continue;
            }
            boolean missed = catchUp && placed.disposition() == ReminderTimes.Disposition.MISSED;
            dao.insert(
                    teamId,
                    UUID.randomUUID().toString(),
                    partnershipId,
                    r.kind().id(),
                    source.name(),
                    source.id(),
                    r.key(),
                    r.label(),
                    r.date().toString(),
                    placed.dueAt().toEpochMilli(),
                    schedule.zone().getId(),
                    expires,
                    missed ? ReminderRow.MISSED : ReminderRow.SCHEDULED,
                    missed ? "its time had passed when it was scheduled" : null,
                    now.toEpochMilli(),
                    missed ? now.toEpochMilli() : null);
        }
    }

    /** Cancels what {@code source} scheduled for a partnership and is still waiting; returns how many. */
    public static int cancelAll(Handle h, String teamId, String partnershipId, String source, Instant now) {
        ReminderDao dao = h.attach(ReminderDao.class);
        int cancelled = 0;
        for (ReminderRow row : dao.ofSource(teamId, partnershipId, source)) {
            if (row.scheduled()) {
                cancelled += dao.cancel(teamId, row.id(), null, now.toEpochMilli());
            }
        }
        return cancelled;
    }

    /**
     * Moves every waiting reminder of a partnership to a new time zone or time of day, keeping its local date: a
     * launch plan that sets the partnership's time zone brings its tier follow-ups along.
     */
    public static void retime(Handle h, String teamId, String partnershipId, Schedule schedule, Instant now) {
        ReminderDao dao = h.attach(ReminderDao.class);
        for (ReminderRow row : dao.scheduled(teamId, partnershipId)) {
            Instant dueAt = ReminderTimes.at(row.dueDate(), schedule.at(), schedule.zone());
            Long expires = row.expiresAt()
                    .map(e -> e.atZone(ZoneId.of(row.timeZone())).toLocalDate())
                    .map(d ->
                            ReminderTimes.at(d, schedule.at(), schedule.zone()).toEpochMilli())
                    .orElse(null);
            if (!dueAt.equals(row.dueAt())
                    || !row.timeZone().equals(schedule.zone().getId())) {
                dao.reschedule(
                        teamId,
                        row.id(),
                        row.dueDate().toString(),
                        dueAt.toEpochMilli(),
                        schedule.zone().getId(),
                        expires,
                        null,
                        now.toEpochMilli());
            }
        }
    }

    /** Queues what is due now, on the caller's thread; returns how many reminders went to the outbox. */
    public int sendDue() {
        return sendDue(teamId -> {});
    }

    /**
     * As {@link #sendDue()}, telling {@code swept} each workspace whose reminders it posted or ended, once its batches
     * are done.
     */
    public int sendDue(Consumer<String> swept) {
        ReminderDao reminders = jdbi.onDemand(ReminderDao.class);
        long now = clock.millis();
        int queued = 0;
        for (String teamId : reminders.workspacesWithDue(now)) {
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                List<ReminderRow> due = reminders.due(teamId, now, BATCH);
                queued += queue(due, now);
                if (due.size() < BATCH) {
                    break;
                }
            }
            swept.accept(teamId);
        }
        if (queued > 0) {
            log.info("Queued {} reminder(s)", queued);
        }
        return queued;
    }

    /**
     * Queues reminders listed as due, in one transaction; one that another sweep (or a snooze, a cancel) changed since
     * it was listed is left alone. Their posts are rendered before the transaction begins, so the database is held
     * only for the writes. Returns how many went to the outbox.
     */
    int queue(List<ReminderRow> due, long now) {
        // A partnership's reminders often fall due together: each partnership is read once per batch.
        Map<String, Optional<Partnership>> read = new HashMap<>();
        Map<String, List<OutboxMessage>> posts = new HashMap<>();
        PartnershipDao partnerships = jdbi.onDemand(PartnershipDao.class);
        for (ReminderRow row : due) {
            Optional<Partnership> partnership =
                    read.computeIfAbsent(row.partnershipId(), id -> partnerships.findById(row.teamId(), id));
            if (!expired(row, now) && partnership.isPresent()) {
                posts.put(row.id(), notice.due(partnership.get(), row.sent()));
            }
        }
        return jdbi.inTransaction(h -> {
            ReminderDao dao = h.attach(ReminderDao.class);
            int n = 0;
            for (ReminderRow row : due) {
                if (queue(h, dao, row, Optional.ofNullable(posts.get(row.id())), now)) {
                    n++;
                }
            }
            return n;
        });
    }

    private static boolean expired(ReminderRow row, long now) {
        return row.expiresAt().isPresent() && row.expiresAt().get().toEpochMilli() <= now;
    }

    /**
     * Marks one reminder sent and adds its rendered posts, in the caller's transaction; false when it is not posted.
     * Without posts it has expired (missed) or lost its partnership (failed).
     */
    private boolean queue(Handle h, ReminderDao dao, ReminderRow due, Optional<List<OutboxMessage>> posts, long now) {
        if (expired(due, now)) {
            dao.end(
                    due.teamId(),
                    due.id(),
                    ReminderRow.MISSED,
                    "not posted in its time: the bot was not running",
                    null,
                    now);
            return false;
        }
        if (posts.isEmpty()) {
            dao.end(due.teamId(), due.id(), ReminderRow.FAILED, "the partnership no longer exists", null, now);
            return false;
        }
        if (dao.markSent(due.teamId(), due.id(), now) == 0) {
            return false;
        }
        // Its post is a fresh living message (its key counts the sends), so there is nothing of it to supersede.
        String first = null;
        for (OutboxMessage message : posts.get()) {
            String id =
                    first == null ? outbox.addFirst(h, due.teamId(), message) : outbox.add(h, due.teamId(), message);
            first = first == null ? id : first;
        }
        if (first != null) {
            dao.recordPost(due.teamId(), due.id(), first);
        }
        return true;
    }

    public Optional<ReminderRow> find(String teamId, String id) {
        return jdbi.onDemand(ReminderDao.class).find(teamId, id);
    }

    /** The outcome of someone acting on a reminder. */
    public sealed interface Result {
        /** It changed; {@code reminder} is how it stands now. */
        record Changed(ReminderRow reminder) implements Result {}

        /** It had already ended, or moved on: nothing changed; {@code reminder} is how it stands. */
        record Unchanged(ReminderRow reminder) implements Result {}

        record NotFound() implements Result {}
    }

    /**
     * Due again {@code period} later: a reminder already posted, that long from today at its time (its post says
     * until when); one still waiting, that long after its date.
     */
    public Result snooze(String teamId, String id, Period period, String userId) {
        return jdbi.inTransaction(h -> {
            ReminderDao dao = h.attach(ReminderDao.class);
            Optional<ReminderRow> found = dao.find(teamId, id);
            if (found.isEmpty()) {
                return new Result.NotFound();
            }
            ReminderRow row = found.get();
            if (!row.scheduled() && !ReminderRow.SENT.equals(row.status())) {
                return new Result.Unchanged(row);
            }
            ZoneId zone = ZoneId.of(row.timeZone());
            Instant now = clock.instant();
            LocalDate from = row.scheduled() ? row.dueDate() : LocalDate.ofInstant(now, zone);
            LocalDate date = from.plus(period);
            var time = row.dueAt().atZone(zone).toLocalTime();
            Long expires = row.expiresAt()
                    .map(e -> e.atZone(zone).toLocalDate())
                    .map(d -> d.isAfter(date) ? d : date.plusDays(1))
                    .map(d -> ReminderTimes.at(d, time, zone).toEpochMilli())
                    .orElse(null);
            dao.reschedule(
                    teamId,
                    id,
                    date.toString(),
                    ReminderTimes.at(date, time, zone).toEpochMilli(),
                    row.timeZone(),
                    expires,
                    userId,
                    now.toEpochMilli());
            return changed(h, teamId, id);
        });
    }

    /** A waiting reminder will not be posted. */
    public Result cancel(String teamId, String id, String userId) {
        return jdbi.inTransaction(h -> {
            ReminderDao dao = h.attach(ReminderDao.class);
            Optional<ReminderRow> found = dao.find(teamId, id);
            if (found.isEmpty()) {
                return new Result.NotFound();
            }
            if (dao.cancel(teamId, id, userId, clock.millis()) == 0) {
                return new Result.Unchanged(found.get());
            }
            return new Result.Changed(dao.find(teamId, id).orElseThrow());
        });
    }

    /** Done (every item) or not applicable: the reminder ends, and its post says so and by whom. */
    public Result end(String teamId, String id, String status, String userId) {
        return jdbi.inTransaction(h -> {
            Result result = endQuietly(h, teamId, id, status, userId);
            if (result instanceof Result.Changed changed) {
                activity.acted(
                        h, changed.reminder(), userId, ReminderRow.DONE.equals(status) ? "done" : "not applicable");
            }
            return result;
        });
    }

    /**
     * Ends a reminder in the caller's transaction and brings its post up to date, without counting it as activity
     * (the caller records its own).
     */
    public Result endQuietly(Handle h, String teamId, String id, String status, String userId) {
        ReminderDao dao = h.attach(ReminderDao.class);
        Optional<ReminderRow> found = dao.find(teamId, id);
        if (found.isEmpty()) {
            return new Result.NotFound();
        }
        if (dao.end(teamId, id, status, null, userId, clock.millis()) == 0) {
            return new Result.Unchanged(found.get());
        }
        return changed(h, teamId, id);
    }

    /**
     * The items {@code from} (inclusive) to {@code to} (exclusive) of a posted reminder as ticked now: exactly those in
     * {@code done} are done (Slack sends one checkbox group at a time). When all {@code itemCount} items are done, the
     * reminder is. Nothing changes on a reminder that has ended.
     */
    public Result tick(String teamId, String id, int from, int to, Set<Integer> done, int itemCount, String userId) {
        return jdbi.inTransaction(h -> {
            ReminderDao dao = h.attach(ReminderDao.class);
            Optional<ReminderRow> found = dao.find(teamId, id);
            if (found.isEmpty()) {
                return new Result.NotFound();
            }
            if (!ReminderRow.SENT.equals(found.get().status())) {
                return new Result.Unchanged(found.get());
            }
            long now = clock.millis();
            for (int item = Math.max(0, from); item < Math.min(to, itemCount); item++) {
                if (done.contains(item)) {
                    dao.setItem(teamId, id, item, ReminderRow.DONE, userId, now);
                } else {
                    dao.clearItem(teamId, id, item);
                }
            }
            long doneNow = dao.items(teamId, id).stream()
                    .filter(i -> ReminderRow.DONE.equals(i.state()) && i.item() < itemCount)
                    .count();
            if (itemCount > 0 && doneNow >= itemCount) {
                dao.end(teamId, id, ReminderRow.DONE, null, userId, now);
            }
            activity.acted(h, found.get(), userId, "ticked items");
            return changed(h, teamId, id);
        });
    }

    /** The reminder after a change, with its post (if it has one) brought up to date in the same transaction. */
    private Result changed(Handle h, String teamId, String id) {
        ReminderDao dao = h.attach(ReminderDao.class);
        ReminderRow row = dao.find(teamId, id).orElseThrow();
        if (row.sends() > 0) {
            h.attach(PartnershipDao.class)
                    .findById(teamId, row.partnershipId())
                    .ifPresent(p -> outbox.add(
                            h,
                            teamId,
                            notice.current(p, row, dao.items(teamId, id)).keyed(row.messageKey())));
        }
        return new Result.Changed(row);
    }

    public List<ReminderDao.ItemState> items(String teamId, String id) {
        return jdbi.onDemand(ReminderDao.class).items(teamId, id);
    }

    /** The workspace's next reminders, soonest first, or one partnership's. */
    public List<ReminderRow> upcoming(String teamId, Optional<String> partnershipId, int limit) {
        ReminderDao dao = jdbi.onDemand(ReminderDao.class);
        return partnershipId
                .map(p -> dao.scheduled(teamId, p).stream().limit(limit).toList())
                .orElseGet(() -> dao.upcoming(teamId, limit));
    }

    public int countScheduled(String teamId) {
        return jdbi.onDemand(ReminderDao.class).countScheduled(teamId);
    }

    public List<ReminderRow> ofPartnership(String teamId, String partnershipId) {
        return jdbi.onDemand(ReminderDao.class).ofPartnership(teamId, partnershipId);
    }

    /** How a reminder's latest post went: the outbox row's status and Slack's error, when it was posted. */
    public Optional<ReminderDao.Post> post(ReminderRow reminder) {
        return reminder.outboxId()
                .flatMap(id -> jdbi.onDemand(ReminderDao.class).post(reminder.teamId(), id));
    }
}
