package com.partnerbot.partnerships;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerbot.frameworks.AssessmentResult;
import com.partnerbot.frameworks.Assessor;
import com.partnerbot.frameworks.PlannedReminder;
import com.partnerbot.frameworks.ReminderKind;
import com.partnerbot.frameworks.TierStart;
import com.partnerbot.outbox.Outbox;
import com.partnerbot.outbox.OutboxMessage;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.reminders.Reminders;
import com.partnerbot.reminders.Schedule;
import com.partnerbot.store.AssessmentDao;
import com.partnerbot.store.AssessmentRow;
import com.partnerbot.store.DraftDao;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.PartnershipDao;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Runs the playbook on a questionnaire's answers and keeps the result: a new partnership with its first assessment,
 * or one more assessment of an existing one. Each is one transaction, which also closes the draft and adds the
 * verdict's post to the outbox, so a stored assessment is always announced and an announced one always stored.
 */
public final class AssessmentService {
    /** The source of the reminders an assessment schedules (its tier's follow-ups). */
    public static final String FOLLOW_UP_SOURCE = "assessment";

    private final Jdbi jdbi;
    private final Playbook playbook;
    private final Clock clock;
    private final Assessor assessor;
    private final PartnershipService partnerships;
    private final Outbox outbox;
    private final ObjectMapper json = new ObjectMapper();

    public AssessmentService(
            Jdbi jdbi, Playbook playbook, Clock clock, PartnershipService partnerships, Outbox outbox) {
        this.jdbi = jdbi;
        this.outbox = outbox;
        this.playbook = playbook;
        this.clock = clock;
        this.assessor = new Assessor(playbook, clock);
        this.partnerships = partnerships;
    }

    /** What an action stored, and the assessment before it when there was one. */
    public sealed interface Result {
        record Recorded(
                Partnership partnership,
                StoredAssessment current,
                Optional<StoredAssessment> previous,
                AssessmentResult result)
                implements Result {}

        record Invalid(Map<String, String> problems) implements Result {}

        record NotFound() implements Result {}

        /** The questionnaire was already submitted (a double click, a replay): nothing more is stored. */
        record Stale() implements Result {}
    }

    /** Thrown inside a transaction to roll it back and answer with {@code result} instead. */
    private static final class Refused extends RuntimeException {
        private final transient Result result;

        Refused(Result result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    /** Thrown inside a transaction to roll it back when the draft was already claimed by another submission. */
    private static final class DraftGone extends RuntimeException {
        DraftGone() {
            super(null, null, false, false);
        }
    }

    public AssessmentResult evaluate(QuestionnaireAnswers answers) {
        return assessor.assess(answers.toAssessmentAnswers());
    }

    /** The assessment of answers for a partnership last assessed as {@code previous}, which keeps its tier's start. */
    private AssessmentResult evaluate(QuestionnaireAnswers answers, Optional<StoredAssessment> previous) {
        return assessor.assess(answers.toAssessmentAnswers(), previous.flatMap(AssessmentService::tierStart));
    }

    /** The tier a stored assessment left the partnership in, since when; older rows began it on their own day. */
    static Optional<TierStart> tierStart(StoredAssessment a) {
        AssessmentSummary s = a.summary();
        if (s.tierId() == null) {
            return Optional.empty();
        }
        LocalDate since = s.tierSince() == null
                ? a.answeredAt().atZone(ZoneOffset.UTC).toLocalDate()
                : LocalDate.parse(s.tierSince());
        return Optional.of(new TierStart(s.tierId(), since));
    }

    /** The post that announces a recorded assessment; {@code null} for none. */
    public interface Announcement extends Function<Result.Recorded, OutboxMessage> {
        Announcement NONE = recorded -> null;
    }

    /** Stores without announcing anything: for tests and imports. */
    public Result assessNew(String teamId, String userId, QuestionnaireAnswers answers, Optional<String> draftId) {
        return assessNew(teamId, userId, answers, draftId, Announcement.NONE);
    }

    /**
     * Stores a new partnership and its first assessment; the draft, if any, is closed and the announcement added to
     * the outbox in the same transaction.
     */
    public Result assessNew(
            String teamId,
            String userId,
            QuestionnaireAnswers answers,
            Optional<String> draftId,
            Announcement announcement) {
        AssessmentResult result = evaluate(answers);
        try {
            return jdbi.inTransaction(h -> {
                claim(h, teamId, draftId);
                CreateResult created = partnerships.createIn(h, teamId, userId, answers.basics());
                if (created instanceof CreateResult.Invalid invalid) {
                    // Undo the claim: the person goes back to the form, and the draft with them.
                    throw new Refused(new Result.Invalid(invalid.problems()));
                }
                Partnership partnership = ((CreateResult.Created) created).partnership();
                StoredAssessment stored = insert(h, teamId, userId, partnership, 1, answers, result);
                return announce(
                        h, teamId, announcement, new Result.Recorded(partnership, stored, Optional.empty(), result));
            });
        } catch (DraftGone e) {
            return new Result.Stale();
        } catch (Refused e) {
            return e.result;
        } catch (UnableToExecuteStatementException e) {
            CreateResult raced = partnerships.raced(teamId, answers.basics(), e);
            return new Result.Invalid(((CreateResult.Invalid) raced).problems());
        }
    }

    /** Stores without announcing anything: for tests and imports. */
    public Result reassess(
            String teamId,
            String userId,
            String partnershipId,
            QuestionnaireAnswers answers,
            Optional<String> draftId) {
        return reassess(teamId, userId, partnershipId, answers, draftId, Announcement.NONE);
    }

    /** Stores one more assessment of an existing partnership and returns the one before it for comparison. */
    public Result reassess(
            String teamId,
            String userId,
            String partnershipId,
            QuestionnaireAnswers answers,
            Optional<String> draftId,
            Announcement announcement) {
        try {
            return jdbi.inTransaction(h -> {
                Result r = reassessIn(h, teamId, userId, partnershipId, answers, draftId);
                return r instanceof Result.Recorded recorded ? announce(h, teamId, announcement, recorded) : r;
            });
        } catch (DraftGone e) {
            return new Result.Stale();
        }
    }

    private Result reassessIn(
            Handle h,
            String teamId,
            String userId,
            String partnershipId,
            QuestionnaireAnswers answers,
            Optional<String> draftId) {
        Optional<Partnership> partnership = h.attach(PartnershipDao.class).findById(teamId, partnershipId);
        if (partnership.isEmpty()) {
            return new Result.NotFound();
        }
        AssessmentDao dao = h.attach(AssessmentDao.class);
        Optional<StoredAssessment> previous = dao.latest(teamId, partnershipId).map(this::read);
        AssessmentResult result = evaluate(answers, previous);
        int seq = dao.lastSeq(teamId, partnershipId) + 1;
        StoredAssessment stored = insert(h, teamId, userId, partnership.get(), seq, answers, result);
        claim(h, teamId, draftId);
        return new Result.Recorded(partnership.get(), stored, previous, result);
    }

    private Result announce(Handle h, String teamId, Announcement announcement, Result.Recorded recorded) {
        OutboxMessage message = announcement.apply(recorded);
        if (message != null) {
            outbox.add(h, teamId, message);
        }
        return recorded;
    }

    /** Closes the draft; when another submission closed it first, rolls this one back. */
    private static void claim(Handle h, String teamId, Optional<String> draftId) {
        if (draftId.isPresent() && h.attach(DraftDao.class).delete(teamId, draftId.get()) == 0) {
            throw new DraftGone();
        }
    }

    public Optional<StoredAssessment> latest(String teamId, String partnershipId) {
        return jdbi.withExtension(AssessmentDao.class, dao -> dao.latest(teamId, partnershipId))
                .map(this::read);
    }

    public List<StoredAssessment> history(String teamId, String partnershipId) {
        return jdbi.withExtension(AssessmentDao.class, dao -> dao.history(teamId, partnershipId)).stream()
                .map(this::read)
                .toList();
    }

    private StoredAssessment insert(
            Handle h,
            String teamId,
            String userId,
            Partnership partnership,
            int seq,
            QuestionnaireAnswers answers,
            AssessmentResult result) {
        AssessmentSummary summary = AssessmentSummary.from(playbook, result);
        Instant now = Instant.ofEpochMilli(clock.millis());
        AssessmentRow row = new AssessmentRow(
                teamId,
                UUID.randomUUID().toString(),
                partnership.id(),
                seq,
                playbook.id(),
                playbook.version(),
                userId,
                now,
                summary.verdictId(),
                summary.investmentId(),
                summary.tierId(),
                write(answers),
                write(summary));
        h.attach(AssessmentDao.class).insert(row);
        h.attach(PartnershipDao.class)
                .recordLatestAssessment(
                        teamId, partnership.id(), row.verdict(), row.tier(), row.investment(), now.toEpochMilli());
        replaceFollowUps(h, teamId, partnership.id(), row.id(), summary.followUps());
        return read(row);
    }

    /**
     * The newest assessment's follow-ups replace those still waiting from earlier ones. One with the same key and
     * date is the same follow-up (the tier kept its start): a waiting one is kept as it is, a sent one is not sent
     * again. They fall due at the partnership's reminder time in its time zone (09:00 UTC until a launch plan sets
     * them).
     */
    private void replaceFollowUps(
            Handle h, String teamId, String partnershipId, String assessmentId, List<AssessmentSummary.Due> wanted) {
        List<PlannedReminder> planned = wanted.stream()
                .map(d -> PlannedReminder.on(
                        ReminderKind.FOLLOW_UP, d.id() + "@" + d.due(), d.label(), LocalDate.parse(d.due())))
                .toList();
        Reminders.replace(
                h,
                teamId,
                partnershipId,
                new Reminders.Source(FOLLOW_UP_SOURCE, assessmentId),
                planned,
                Schedule.of(h, teamId, partnershipId),
                clock.instant(),
                false);
    }

    private StoredAssessment read(AssessmentRow row) {
        try {
            return new StoredAssessment(
                    row.id(),
                    row.partnershipId(),
                    row.seq(),
                    row.playbookId(),
                    row.playbookVersion(),
                    row.answeredBy(),
                    row.answeredAt(),
                    json.readValue(row.answersJson(), QuestionnaireAnswers.class),
                    json.readValue(row.resultJson(), AssessmentSummary.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Assessment " + row.id() + " holds unreadable JSON", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
