package com.partnerbot.launch;

import com.partnerbot.charter.CharterService;
import com.partnerbot.charter.CharterState;
import com.partnerbot.charter.CharterVersion;
import com.partnerbot.frameworks.GhostingWatch;
import com.partnerbot.frameworks.LaunchSchedule;
import com.partnerbot.frameworks.ReminderKind;
import com.partnerbot.outbox.Outbox;
import com.partnerbot.playbook.CharterField;
import com.partnerbot.playbook.CharterSection;
import com.partnerbot.playbook.FactField;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.reminders.Reminders;
import com.partnerbot.reminders.Schedule;
import com.partnerbot.store.LaunchDao;
import com.partnerbot.store.LaunchPlanRow;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.PartnershipDao;
import com.partnerbot.store.ReminderDao;
import com.partnerbot.store.ReminderRow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A partnership's launch plan: saved in one transaction with the reminders it schedules (each reminding stage on its
 * first day, a check-in each later week of it, the ghosting watch) and the post that shows it to the channel.
 * Changing the plan moves what has not been sent; a launch date in the past marks the stages already over missed and
 * posts only the current one, once. The plan's time zone and time become the partnership's for every reminder.
 */
public final class LaunchService {
    /** The source of the launch plan's reminders. */
    public static final String SOURCE = "launch";

    private final Jdbi jdbi;
    private final Playbook playbook;
    private final Clock clock;
    private final Outbox outbox;
    private final Reminders reminders;
    private final ActivityLog activity;
    private final CharterService charters;
    private final LaunchSchedule schedule = new LaunchSchedule();

    public LaunchService(
            Jdbi jdbi,
            Playbook playbook,
            Clock clock,
            Outbox outbox,
            Reminders reminders,
            ActivityLog activity,
            CharterService charters) {
        this.jdbi = jdbi;
        this.playbook = playbook;
        this.clock = clock;
        this.outbox = outbox;
        this.reminders = reminders;
        this.activity = activity;
        this.charters = charters;
    }

    public Optional<LaunchState> state(String teamId, String partnershipId) {
        return jdbi.inTransaction(h -> state(h, teamId, partnershipId));
    }

    private Optional<LaunchState> state(Handle h, String teamId, String partnershipId) {
        Optional<Partnership> partnership = h.attach(PartnershipDao.class).findById(teamId, partnershipId);
        if (partnership.isEmpty()) {
            return Optional.empty();
        }
        Optional<LaunchPlanRow> plan = h.attach(LaunchDao.class).find(teamId, partnershipId);
        Optional<LocalDate> last = ActivityLog.lastActivity(h, teamId, partnershipId);
        List<ReminderRow> own = h.attach(ReminderDao.class).ofPartnership(teamId, partnershipId).stream()
                .filter(r -> SOURCE.equals(r.source()) || ActivityLog.GHOSTING_SOURCE.equals(r.source()))
                .filter(r -> !ReminderRow.CANCELLED.equals(r.status()))
                .toList();
        Optional<ReminderRow> ghosting = plan.flatMap(p -> {
            String key = GhostingWatch.KEY + GhostingWatch.silentSince(p.launchDate(), last);
            return own.stream()
                    .filter(r -> ReminderKind.GHOSTING.id().equals(r.kind()) && key.equals(r.key()))
                    .filter(r -> ReminderRow.SENT.equals(r.status()))
                    .findFirst();
        });
        return Optional.of(new LaunchState(
                partnership.get(),
                plan,
                plan.map(p -> schedule.plan(playbook.launch(), p.launchDate())).orElse(List.of()),
                own,
                last,
                ghosting));
    }

    /**
     * What the form starts from: the plan as it is, or for a first plan what the charter records (launch date,
     * launch owners, integration pathway), the partnership's owner as our launch owner, {@code ownerZone} (the
     * owner's Slack time zone) and 09:00.
     */
    public LaunchDraft prefill(LaunchState state, Optional<String> ownerZone) {
        if (state.plan().isPresent()) {
            LaunchPlanRow p = state.plan().get();
            return new LaunchDraft(
                    p.launchDate().toString(),
                    p.ourOwnerUserId(),
                    p.partnerOwner(),
                    p.integrationPathway(),
                    p.timeZone(),
                    p.remindAt());
        }
        Map<FactField, String> recorded = charterFacts(state.partnership());
        String date = Optional.ofNullable(recorded.get(FactField.LAUNCH_DATE))
                .flatMap(LaunchCheck::date)
                .map(LocalDate::toString)
                .orElse(null);
        String zone = ownerZone.flatMap(LaunchCheck::zone).map(ZoneId::getId).orElse("UTC");
        return new LaunchDraft(
                date,
                state.partnership().ownerUserId(),
                recorded.get(FactField.LAUNCH_OWNER_PARTNER),
                recorded.get(FactField.INTEGRATION_PATHWAY),
                zone,
                "09:00");
    }

    private Map<FactField, String> charterFacts(Partnership p) {
        Map<FactField, String> facts = new HashMap<>();
        Optional<CharterVersion> current = charters.state(p.teamId(), p.id()).flatMap(CharterState::current);
        if (current.isEmpty()) {
            return facts;
        }
        for (CharterSection section : playbook.charter().sections()) {
            for (CharterField field : section.fields()) {
                String value = current.get().text(field.id());
                if (field.records() != null && value != null && !value.isBlank()) {
                    FactField.byName(field.records()).ifPresent(f -> facts.put(f, value.strip()));
                }
            }
        }
        return facts;
    }

    /** How a save ended. */
    public sealed interface SaveResult {
        record Saved(LaunchState state) implements SaveResult {}

        /** Problems by field ({@link LaunchDraft} constants), in words. */
        record Invalid(Map<String, String> problems) implements SaveResult {}

        /** Someone saved the plan after this form was opened: nothing was saved; {@code current} is theirs. */
        record Conflict(LaunchState current) implements SaveResult {}

        record NotFound() implements SaveResult {}
    }

    /**
     * Saves the plan if it is still at {@code baseVersion} (0 for a first plan), with its reminders and its post, in
     * one transaction.
     */
    public SaveResult save(
            String teamId,
            String userId,
            String partnershipId,
            int baseVersion,
            LaunchDraft draft,
            LaunchAnnouncer announcer) {
        return jdbi.inTransaction(h -> {
            Optional<LaunchState> found = state(h, teamId, partnershipId);
            if (found.isEmpty()) {
                return new SaveResult.NotFound();
            }
            LaunchState before = found.get();
            if (before.version() != baseVersion) {
                return new SaveResult.Conflict(before);
            }
            ZoneId zoneForToday = LaunchCheck.zone(draft.timeZone()).orElse(ZoneOffset.UTC);
            LocalDate today = LocalDate.ofInstant(clock.instant(), zoneForToday);
            LocalDate created =
                    before.partnership().createdAt().atZone(zoneForToday).toLocalDate();
            Map<String, String> problems = LaunchCheck.problems(draft, today, created);
            if (!problems.isEmpty()) {
                return new SaveResult.Invalid(problems);
            }
            LaunchCheck.Checked checked = LaunchCheck.checked(draft);
            LaunchDao dao = h.attach(LaunchDao.class);
            String partnerOwner = strip(draft.partnerOwner());
            String pathway = strip(draft.integrationPathway());
            String at = checked.remindAt().toString();
            if (before.plan().isEmpty()) {
                dao.insert(
                        teamId,
                        partnershipId,
                        checked.launchDate().toString(),
                        draft.ourOwnerUserId(),
                        partnerOwner,
                        pathway,
                        checked.zone().getId(),
                        at,
                        userId,
                        clock.millis());
            } else if (dao.update(
                            teamId,
                            partnershipId,
                            baseVersion,
                            checked.launchDate().toString(),
                            draft.ourOwnerUserId(),
                            partnerOwner,
                            pathway,
                            checked.zone().getId(),
                            at,
                            userId,
                            clock.millis())
                    == 0) {
                return new SaveResult.Conflict(before);
            }
            Schedule s = new Schedule(checked.zone(), checked.remindAt());
            Reminders.replace(
                    h,
                    teamId,
                    partnershipId,
                    new Reminders.Source(SOURCE, null),
                    schedule.reminders(playbook.launch(), checked.launchDate()),
                    s,
                    clock.instant(),
                    true);
            // The tier follow-ups and every other waiting reminder move to the partnership's time.
            Reminders.retime(h, teamId, partnershipId, s, clock.instant());
            activity.rewatch(h, teamId, partnershipId, s);
            LaunchState after = state(h, teamId, partnershipId).orElseThrow();
            outbox.add(h, teamId, announcer.plan(after, before.plan(), userId));
            return new SaveResult.Saved(after);
        });
    }

    /** How recording an activity ended. */
    public sealed interface ActivityResult {
        record Recorded(LocalDate date) implements ActivityResult {}

        record Invalid(String problem) implements ActivityResult {}

        record NotFound() implements ActivityResult {}
    }

    /**
     * Records what moved, tells the channel, resets the ghosting watch and, when it answers a check-in, marks that
     * check-in done: one transaction.
     */
    public ActivityResult recordActivity(
            String teamId,
            String userId,
            String partnershipId,
            String note,
            Optional<String> checkInId,
            LaunchAnnouncer announcer) {
        if (note == null || note.isBlank()) {
            return new ActivityResult.Invalid("Say in a line what moved: a customer, a deal, a fix, a joint activity.");
        }
        if (note.strip().length() > ActivityLog.NOTE_MAX) {
            return new ActivityResult.Invalid("At most " + ActivityLog.NOTE_MAX + " characters.");
        }
        return jdbi.inTransaction(h -> {
            Optional<Partnership> p = h.attach(PartnershipDao.class).findById(teamId, partnershipId);
            if (p.isEmpty()) {
                return new ActivityResult.NotFound();
            }
            LocalDate date = activity.record(h, teamId, partnershipId, userId, note);
            checkInId
                    .flatMap(id -> h.attach(ReminderDao.class).find(teamId, id))
                    .filter(r -> r.partnershipId().equals(partnershipId))
                    .ifPresent(r -> reminders.endQuietly(h, teamId, r.id(), ReminderRow.DONE, userId));
            outbox.add(h, teamId, announcer.activity(p.get(), userId, note.strip()));
            return new ActivityResult.Recorded(date);
        });
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
