package com.partnerbot.charter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerbot.frameworks.AntiPatternDetector;
import com.partnerbot.frameworks.ChecklistEvaluator;
import com.partnerbot.frameworks.ChecklistStatus;
import com.partnerbot.frameworks.PartnershipFacts;
import com.partnerbot.outbox.Outbox;
import com.partnerbot.outbox.OutboxMessage;
import com.partnerbot.partnerships.AssessmentSummary;
import com.partnerbot.partnerships.QuestionnaireAnswers;
import com.partnerbot.partnerships.StoredAssessment;
import com.partnerbot.playbook.Checklists;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.store.AssessmentDao;
import com.partnerbot.store.AssessmentRow;
import com.partnerbot.store.CharterDao;
import com.partnerbot.store.LaunchDao;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.PartnershipDao;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes, signs and ticks a partnership's charter. Each action is one transaction that also adds, through the
 * caller's {@link Announcer}, the messages reporting it to the outbox, so what the channel shows is what is stored.
 */
public final class CharterService {
    public static final int EVIDENCE_MAX = 1000;

    private final Jdbi jdbi;
    private final Playbook playbook;
    private final Clock clock;
    private final Outbox outbox;
    private final CharterFacts facts;
    private final CharterPrefill prefill;
    private final CharterDraftCheck check;
    private final ChecklistEvaluator checklists = new ChecklistEvaluator();
    private final AntiPatternDetector antiPatterns = new AntiPatternDetector();
    private final ObjectMapper json = new ObjectMapper();

    public CharterService(Jdbi jdbi, Playbook playbook, Clock clock, Outbox outbox) {
        this.jdbi = jdbi;
        this.playbook = playbook;
        this.clock = clock;
        this.outbox = outbox;
        this.facts = new CharterFacts(playbook);
        this.prefill = new CharterPrefill(playbook);
        this.check = new CharterDraftCheck(playbook);
    }

    /** The messages that report a change: the charter's living message, and notices. */
    public interface Announcer {
        List<OutboxMessage> announce(CharterState state, CharterChange change);

        Announcer NONE = (state, change) -> List.of();
    }

    public sealed interface SaveResult {
        record Saved(CharterState state, boolean signaturesCleared) implements SaveResult {}

        record Invalid(Map<String, String> problems) implements SaveResult {}

        /** Someone saved another version since the form was opened: nothing was stored. */
        record Conflict(CharterState current) implements SaveResult {}

        record NotFound() implements SaveResult {}

        record NotAssessed(Partnership partnership) implements SaveResult {}
    }

    public sealed interface SignResult {
        record Signed(CharterState state, Signature signature) implements SignResult {}

        /** This side had signed this version already: nothing changed. */
        record AlreadySigned(CharterState state, Signature signature) implements SignResult {}

        /** The person is not the signatory of either side; {@code state} says who is. */
        record NotSignatory(CharterState state) implements SignResult {}

        /** Only the partnership's owner records a signature given outside Slack. */
        record NotOwner(CharterState state) implements SignResult {}

        /** The partner's signatory is in Slack and signs there. */
        record SignsInSlack(CharterState state) implements SignResult {}

        /** The button or form was for another version than the current one. */
        record Stale(CharterState state, int clicked) implements SignResult {}

        record Invalid(Map<String, String> problems) implements SignResult {}

        record NoCharter() implements SignResult {}
    }

    public sealed interface TickResult {
        record Ticked(CharterState state, List<Tick> ticks) implements TickResult {}

        record Unchanged(CharterState state) implements TickResult {}

        record NotFound() implements TickResult {}
    }

    /** The charter's texts to start a form with: the current version's, or the first one's from the assessment. */
    public Map<String, String> startingTexts(CharterState state) {
        if (state.current().isPresent()) {
            return state.current().get().texts();
        }
        return state.assessment().map(a -> prefill.texts(a.answers())).orElse(Map.of());
    }

    public Map<String, String> problems(CharterDraft draft) {
        return check.problems(draft);
    }

    public Optional<CharterState> state(String teamId, String partnershipId) {
        return jdbi.inTransaction(h -> state(h, teamId, partnershipId));
    }

    /**
     * Stores the draft as the next version when the charter is still at {@code baseVersion} (0 before the first);
     * a signed version stays as it was and the new one waits for both signatures again.
     */
    public SaveResult save(
            String teamId,
            String userId,
            String partnershipId,
            int baseVersion,
            CharterDraft draft,
            Announcer announcer) {
        Map<String, String> problems = check.problems(draft);
        if (!problems.isEmpty()) {
            return new SaveResult.Invalid(problems);
        }
        return jdbi.inTransaction(h -> {
            Optional<CharterState> before = state(h, teamId, partnershipId);
            if (before.isEmpty()) {
                return new SaveResult.NotFound();
            }
            if (before.get().assessment().isEmpty()) {
                return new SaveResult.NotAssessed(before.get().partnership());
            }
            if (before.get().version() != baseVersion) {
                return new SaveResult.Conflict(before.get());
            }
            boolean cleared = !before.get().signatures().isEmpty();
            Signatory partner = draft.partnerSigner();
            Map<String, String> texts = new LinkedHashMap<>();
            draft.texts().forEach((id, text) -> {
                if (text != null && !text.isBlank()) {
                    texts.put(id, text.strip());
                }
            });
            int version = baseVersion + 1;
            h.attach(CharterDao.class)
                    .insertVersion(new CharterDao.VersionRow(
                            teamId,
                            partnershipId,
                            version,
                            write(texts),
                            draft.ourSignerUserId(),
                            partner.inSlack() ? partner.userId() : null,
                            partner.inSlack() ? null : partner.name().strip(),
                            partner.inSlack() ? null : partner.email().strip(),
                            userId,
                            clock.millis()));
            CharterState after = state(h, teamId, partnershipId).orElseThrow();
            announce(h, teamId, announcer, after, new CharterChange.Written(version, cleared));
            return new SaveResult.Saved(after, cleared);
        });
    }

    /** Signs {@code version} for the side whose signatory {@code userId} is. */
    public SignResult sign(
            String teamId, String partnershipId, int version, String userId, String userTeamId, Announcer announcer) {
        return jdbi.inTransaction(h -> {
            Optional<CharterState> found = state(h, teamId, partnershipId);
            if (found.isEmpty() || found.get().current().isEmpty()) {
                return new SignResult.NoCharter();
            }
            CharterState state = found.get();
            CharterVersion current = state.current().get();
            if (current.version() != version) {
                return new SignResult.Stale(state, version);
            }
            Signature.Side side;
            if (userId.equals(current.ourSignerUserId())) {
                side = Signature.Side.US;
            } else if (current.partnerSigner().inSlack()
                    && userId.equals(current.partnerSigner().userId())) {
                side = Signature.Side.PARTNER;
            } else {
                return new SignResult.NotSignatory(state);
            }
            return record(
                    h,
                    teamId,
                    state,
                    new CharterDao.SignatureRow(
                            teamId,
                            partnershipId,
                            version,
                            side.id(),
                            userId,
                            userTeamId,
                            Signature.Method.SLACK.id(),
                            null,
                            userId,
                            clock.millis()),
                    announcer);
        });
    }

    /**
     * A person left the workspace: for every charter whose current version still waits for their signature, the
     * owner is told (the announcer's notice, added in the same transaction). Returns how many charters that was.
     */
    public int signatoryLeft(String teamId, String userId, Announcer announcer) {
        List<String> named = jdbi.withExtension(CharterDao.class, dao -> dao.namingSignatory(teamId, userId));
        int told = 0;
        for (String partnershipId : named) {
            boolean waiting = jdbi.inTransaction(h -> {
                Optional<CharterState> state = state(h, teamId, partnershipId);
                if (state.isEmpty() || state.get().current().isEmpty()) {
                    return false;
                }
                CharterVersion current = state.get().current().get();
                Signature.Side side =
                        userId.equals(current.ourSignerUserId()) ? Signature.Side.US : Signature.Side.PARTNER;
                if (!state.get().waitingFor().contains(side)) {
                    return false;
                }
                for (OutboxMessage m : announcer.announce(state.get(), new CharterChange.SignatoryLeft(side, userId))) {
                    outbox.add(h, teamId, m);
                }
                return true;
            });
            if (waiting) {
                told++;
            }
        }
        return told;
    }

    /**
     * The owner records that the partner's signatory, who is not in Slack, signed {@code version} outside it, with a
     * note of the evidence (a signed PDF, an email).
     */
    public SignResult attest(
            String teamId, String partnershipId, int version, String userId, String evidence, Announcer announcer) {
        if (evidence == null || evidence.isBlank()) {
            return new SignResult.Invalid(
                    Map.of(CharterFields.EVIDENCE, "Say what shows they signed, e.g. the signed PDF in an email."));
        }
        if (evidence.strip().length() > EVIDENCE_MAX) {
            return new SignResult.Invalid(Map.of(
                    CharterFields.EVIDENCE,
                    "Keep it to " + EVIDENCE_MAX + " characters (it has "
                            + evidence.strip().length() + ")."));
        }
        return jdbi.inTransaction(h -> {
            Optional<CharterState> found = state(h, teamId, partnershipId);
            if (found.isEmpty() || found.get().current().isEmpty()) {
                return new SignResult.NoCharter();
            }
            CharterState state = found.get();
            if (state.version() != version) {
                return new SignResult.Stale(state, version);
            }
            if (!userId.equals(state.partnership().ownerUserId())) {
                return new SignResult.NotOwner(state);
            }
            if (state.current().get().partnerSigner().inSlack()) {
                return new SignResult.SignsInSlack(state);
            }
            return record(
                    h,
                    teamId,
                    state,
                    new CharterDao.SignatureRow(
                            teamId,
                            partnershipId,
                            version,
                            Signature.Side.PARTNER.id(),
                            null,
                            null,
                            Signature.Method.OUTSIDE.id(),
                            evidence.strip(),
                            userId,
                            clock.millis()),
                    announcer);
        });
    }

    private SignResult record(
            Handle h, String teamId, CharterState state, CharterDao.SignatureRow row, Announcer announcer) {
        Signature.Side side = Signature.Side.of(row.side());
        Optional<Signature> existing = state.signature(side);
        if (existing.isPresent()) {
            return new SignResult.AlreadySigned(state, existing.get());
        }
        h.attach(CharterDao.class).insertSignature(row);
        CharterState after = state(h, teamId, state.partnership().id()).orElseThrow();
        Signature signature = after.signature(side).orElseThrow();
        announce(h, teamId, announcer, after, new CharterChange.Signed(signature));
        return new SignResult.Signed(after, signature);
    }

    /**
     * Sets the items of one checklist that are ticked by hand to {@code wanted} (item id to ticked); items whose state
     * does not change, and items that tick themselves from the record, are left alone.
     */
    public TickResult tick(
            String teamId,
            String partnershipId,
            String checklistId,
            Map<String, Boolean> wanted,
            String userId,
            Announcer announcer) {
        return jdbi.inTransaction(h -> {
            Optional<CharterState> found = state(h, teamId, partnershipId);
            if (found.isEmpty() || found.get().checklist(checklistId).isEmpty()) {
                return new TickResult.NotFound();
            }
            CharterDao dao = h.attach(CharterDao.class);
            int seq = dao.lastTickSeq(teamId, partnershipId);
            List<Tick> ticks = new ArrayList<>();
            for (ChecklistState.Line line :
                    found.get().checklist(checklistId).get().byHand()) {
                Boolean want = wanted.get(line.item().id());
                if (want != null && want != line.done()) {
                    var row = new CharterDao.TickRow(
                            teamId,
                            partnershipId,
                            ++seq,
                            checklistId,
                            line.item().id(),
                            want,
                            userId,
                            clock.millis());
                    dao.insertTick(row);
                    ticks.add(tick(row));
                }
            }
            CharterState after = state(h, teamId, partnershipId).orElseThrow();
            if (ticks.isEmpty()) {
                return new TickResult.Unchanged(after);
            }
            announce(h, teamId, announcer, after, new CharterChange.Ticked(ticks));
            return new TickResult.Ticked(after, ticks);
        });
    }

    private Optional<CharterState> state(Handle h, String teamId, String partnershipId) {
        Optional<Partnership> partnership = h.attach(PartnershipDao.class).findById(teamId, partnershipId);
        if (partnership.isEmpty()) {
            return Optional.empty();
        }
        Optional<StoredAssessment> assessment =
                h.attach(AssessmentDao.class).latest(teamId, partnershipId).map(this::read);
        CharterDao dao = h.attach(CharterDao.class);
        Optional<CharterVersion> current = dao.current(teamId, partnershipId).map(this::version);
        List<Signature> signatures = current.map(c -> dao.signatures(teamId, partnershipId, c.version()).stream()
                        .map(CharterService::signature)
                        .toList())
                .orElse(List.of());
        LocalDate today = LocalDate.now(clock);
        LaunchDao launch = h.attach(LaunchDao.class);
        PartnershipFacts recorded = facts.facts(
                today,
                assessment,
                current,
                signatures.size(),
                launch.find(teamId, partnershipId),
                launch.lastActivity(teamId, partnershipId).map(LocalDate::parse));
        Map<String, Tick> lastTicks = new HashMap<>();
        for (CharterDao.TickRow row : dao.ticks(teamId, partnershipId)) {
            lastTicks.put(row.checklistId() + "\n" + row.itemId(), tick(row));
        }
        List<ChecklistState> lists = new ArrayList<>();
        playbook.checklists().all().forEach((id, items) -> {
            List<ChecklistState.Line> lines = new ArrayList<>();
            for (ChecklistStatus status : checklists.evaluate(playbook, items, recorded)) {
                boolean byHand = status.state() == ChecklistStatus.State.MANUAL;
                Optional<Tick> last = byHand
                        ? Optional.ofNullable(
                                lastTicks.get(id + "\n" + status.item().id()))
                        : Optional.empty();
                boolean done =
                        byHand ? last.map(Tick::ticked).orElse(false) : status.state() == ChecklistStatus.State.DONE;
                lines.add(new ChecklistState.Line(status.item(), done, byHand, last));
            }
            lists.add(new ChecklistState(id, Checklists.title(id), lines));
        });
        return Optional.of(new CharterState(
                partnership.get(), assessment, current, signatures, lists, antiPatterns.detect(playbook, recorded)));
    }

    private void announce(Handle h, String teamId, Announcer announcer, CharterState state, CharterChange change) {
        for (OutboxMessage message : announcer.announce(state, change)) {
            outbox.add(h, teamId, message);
        }
    }

    private CharterVersion version(CharterDao.VersionRow row) {
        Signatory partner = row.partnerSignerUserId() != null
                ? Signatory.slackUser(row.partnerSignerUserId())
                : Signatory.outside(row.partnerSignerName(), row.partnerSignerEmail());
        return new CharterVersion(
                row.partnershipId(),
                row.version(),
                readTexts(row.textsJson()),
                row.ourSignerUserId(),
                partner,
                row.writtenBy(),
                Instant.ofEpochMilli(row.writtenAt()));
    }

    private static Signature signature(CharterDao.SignatureRow row) {
        return new Signature(
                row.version(),
                Signature.Side.of(row.side()),
                Optional.ofNullable(row.userId()),
                Optional.ofNullable(row.userTeamId()),
                Signature.Method.of(row.method()),
                Optional.ofNullable(row.evidence()),
                row.recordedBy(),
                Instant.ofEpochMilli(row.signedAt()));
    }

    private static Tick tick(CharterDao.TickRow row) {
        return new Tick(
                row.seq(),
                row.checklistId(),
                row.itemId(),
                row.ticked(),
                row.userId(),
                Instant.ofEpochMilli(row.tickedAt()));
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
                    summary(row));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Assessment " + row.id() + " holds unreadable JSON", e);
        }
    }

    private AssessmentSummary summary(AssessmentRow row) {
        try {
            return json.readValue(row.resultJson(), AssessmentSummary.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Assessment " + row.id() + " holds unreadable JSON", e);
        }
    }

    private Map<String, String> readTexts(String raw) {
        try {
            return json.readValue(raw, new TypeReference<LinkedHashMap<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A charter version holds unreadable JSON", e);
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
