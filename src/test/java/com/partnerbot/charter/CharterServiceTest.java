package com.partnerbot.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.partnerbot.outbox.Kind;
import com.partnerbot.outbox.Outbox;
import com.partnerbot.outbox.OutboxMessage;
import com.partnerbot.partnerships.AssessmentService;
import com.partnerbot.partnerships.CreateResult;
import com.partnerbot.partnerships.PartnershipDraft;
import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.partnerships.QuestionnaireAnswers;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.store.Database;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.OutboxDao;
import com.partnerbot.store.OutboxRow;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * A charter on a real database (SQLite, then PostgreSQL) with the production migrations: versions written only from the version the form
 * was opened on, signatures by the named signatories, ticks by hand, the history, and every action's messages in the
 * same transaction. A partnership of one workspace is invisible to another.
 */
@OnEachDatabase
class CharterServiceTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final Playbook PLAYBOOK = PlaybookLoader.loadDefault();
    private static final String OWNER = "UOWNER";
    private static final String OURS = "UOURS";
    private static final String THEIRS = "UTHEIRS";

    @TempDir
    Path dir;

    private Database db;
    private final TestClock clock = TestClock.at("2026-03-02T09:00:00Z");
    private PartnershipService partnerships;
    private AssessmentService assessments;
    private CharterService charters;
    private final List<CharterChange> changes = new ArrayList<>();
    private final CharterService.Announcer announcer = (state, change) -> {
        changes.add(change);
        return List.of(new OutboxMessage(
                Kind.CHARTER,
                state.partnership().channelId(),
                "Charter v" + state.version() + " " + state.stage(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "the charter for " + state.partnership().name()));
    };
    private String acme;

    @BeforeEach
    void assessAcme() {
        db = TestDatabases.open(kind, dir);
        partnerships = new PartnershipService(db.jdbi(), clock);
        Outbox outbox = new Outbox(clock, () -> {});
        assessments = new AssessmentService(db.jdbi(), PLAYBOOK, clock, partnerships, outbox);
        charters = new CharterService(db.jdbi(), PLAYBOOK, clock, outbox);
        acme = assess("Acme");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String assess(String name) {
        var answers = QuestionnaireAnswers.empty().toBuilder()
                .name(name)
                .channelId("C1")
                .ownerUserId(OWNER)
                .qualification("spend_commitment", "  3 years  ", "dedicated_engineering", null, "They lose a badge")
                .valueBySide(Map.of("us", "Platform reach", "partner", "Certification", "customers", "One bill"))
                .leverage("requirement")
                .tierAnswers(Map.of("self_serve", "yes"))
                .exitCriteria("End after Crawl without 5 deals")
                .build();
        var recorded =
                (AssessmentService.Result.Recorded) assessments.assessNew("T1", OWNER, answers, Optional.empty());
        return recorded.partnership().id();
    }

    private static Map<String, String> texts() {
        Map<String, String> texts = new HashMap<>();
        texts.put("mutual_goals", "  Grow together  ");
        texts.put("value_exchange", "Spend for engineering");
        texts.put("timeline", "Crawl in March");
        texts.put("measurement", "Five deals");
        texts.put("governance", "Monthly steering");
        texts.put("cadence", "   ");
        return texts;
    }

    private static CharterDraft draft() {
        return new CharterDraft(texts(), OURS, Signatory.slackUser(THEIRS));
    }

    private static CharterDraft outsideDraft() {
        return new CharterDraft(texts(), OURS, Signatory.outside("  Dana Reyes ", " dana@northwind.example "));
    }

    private CharterState saved(String partnershipId, int base, CharterDraft draft) {
        var result = charters.save("T1", OWNER, partnershipId, base, draft, announcer);
        assertThat(result).isInstanceOf(CharterService.SaveResult.Saved.class);
        return ((CharterService.SaveResult.Saved) result).state();
    }

    private CharterState state(String partnershipId) {
        return charters.state("T1", partnershipId).orElseThrow();
    }

    private List<String> charterMessages() {
        return db.jdbi().onDemand(OutboxDao.class).all("T1").stream()
                .filter(row -> row.kind().equals("charter"))
                .map(OutboxRow::text)
                .toList();
    }

    @Test
    void anAssessedPartnershipHasNoCharterAndItsChecklistsTickThemselvesFromTheAssessment() {
        CharterState state = state(acme);
        assertThat(state.partnership().name()).isEqualTo("Acme");
        assertThat(state.assessment()).isPresent();
        assertThat(state.current()).isEmpty();
        assertThat(state.stage()).isEqualTo(CharterState.Stage.NONE);
        assertThat(state.version()).isZero();
        assertThat(state.signatures()).isEmpty();
        assertThat(state.waitingFor()).isEmpty();
        assertThat(state.checklists())
                .extracting(ChecklistState::id, ChecklistState::title)
                .containsExactly(
                        tuple("before_starting", "Before starting"), tuple("before_launching", "Before launching"));
        ChecklistState starting = state.checklist("before_starting").orElseThrow();
        assertThat(starting.lines())
                .extracting(l -> l.item().id(), ChecklistState.Line::done, ChecklistState.Line::byHand)
                .containsExactly(
                        tuple("both_lose", true, false),
                        tuple("three_sided_value", true, false),
                        tuple("leverage", true, false),
                        tuple("tier_chosen", true, false),
                        tuple("exit_criteria", true, false),
                        tuple("kickoff", false, true));
        assertThat(starting.lines()).allSatisfy(l -> assertThat(l.lastTick()).isEmpty());
        assertThat(state.checklist("before_launching").orElseThrow().done()).isZero();
        assertThat(state.checklist("after_launch")).isEmpty();
    }

    @Test
    void aFirstCharterStartsFromTheAssessmentAndLaterOnesFromTheCurrentVersion() {
        Map<String, String> first = charters.startingTexts(state(acme));
        assertThat(first)
                .containsEntry(
                        "mutual_goals",
                        "Our company: Platform reach\nThe partner: Certification\n" + "Shared customers: One bill")
                .containsEntry(
                        "value_exchange",
                        "We commit, and would lose: Spend or revenue commitment (e.g. multi-year cloud spend) (3 years)\n"
                                + "The partner commits, and would lose: Dedicated engineering team")
                .containsEntry("exit_criteria", "End after Crawl without 5 deals")
                .doesNotContainKey("timeline");

        saved(acme, 0, draft());
        assertThat(charters.startingTexts(state(acme)))
                .containsEntry("mutual_goals", "Grow together")
                .doesNotContainKey("exit_criteria");
    }

    @Test
    void aPartnershipWithoutAnAssessmentStartsFromNothingAndCannotHaveACharter() {
        var created = (CreateResult.Created)
                partnerships.create("T1", OWNER, new PartnershipDraft("Bare", "C2", OWNER, null));
        Partnership bare = created.partnership();
        CharterState state = state(bare.id());
        assertThat(state.assessment()).isEmpty();
        assertThat(charters.startingTexts(state)).isEmpty();

        var result = charters.save("T1", OWNER, bare.id(), 0, draft(), announcer);
        assertThat(result).isEqualTo(new CharterService.SaveResult.NotAssessed(bare));
        assertThat(state(bare.id()).version()).isZero();
        assertThat(changes).isEmpty();
    }

    @Test
    void theFirstVersionIsStoredStrippedWithWhoWroteItAndAnnouncedOnce() {
        clock.advance(Duration.ofMinutes(5));
        var result = (CharterService.SaveResult.Saved) charters.save("T1", "UWRITER", acme, 0, draft(), announcer);

        assertThat(result.signaturesCleared()).isFalse();
        CharterState state = result.state();
        assertThat(state.version()).isEqualTo(1);
        assertThat(state.stage()).isEqualTo(CharterState.Stage.DRAFT);
        assertThat(state.waitingFor()).containsExactly(Signature.Side.US, Signature.Side.PARTNER);
        CharterVersion v1 = state.current().orElseThrow();
        assertThat(v1.partnershipId()).isEqualTo(acme);
        assertThat(v1.texts())
                .containsEntry("mutual_goals", "Grow together")
                .containsEntry("governance", "Monthly steering")
                .doesNotContainKey("cadence")
                .hasSize(5);
        assertThat(v1.ourSignerUserId()).isEqualTo(OURS);
        assertThat(v1.partnerSigner()).isEqualTo(Signatory.slackUser(THEIRS));
        assertThat(v1.writtenBy()).isEqualTo("UWRITER");
        assertThat(v1.writtenAt()).isEqualTo(Instant.parse("2026-03-02T09:05:00Z"));
        assertThat(changes).containsExactly(new CharterChange.Written(1, false));
        assertThat(charterMessages()).containsExactly("Charter v1 DRAFT");
        assertThat(charters.state("T1", acme)).contains(state);
    }

    @Test
    void aPartnerSigningOutsideSlackIsStoredByNameAndEmail() {
        CharterVersion v1 = saved(acme, 0, outsideDraft()).current().orElseThrow();
        assertThat(v1.partnerSigner()).isEqualTo(Signatory.outside("Dana Reyes", "dana@northwind.example"));
        assertThat(v1.partnerSigner().inSlack()).isFalse();
    }

    @Test
    void aDraftWithMistakesStoresNothingAndSaysWhatIsWrong() {
        var draft = new CharterDraft(Map.of(), OURS, Signatory.slackUser(OURS));
        var result = charters.save("T1", OWNER, acme, 0, draft, announcer);

        assertThat(result).isInstanceOf(CharterService.SaveResult.Invalid.class);
        Map<String, String> problems = ((CharterService.SaveResult.Invalid) result).problems();
        assertThat(problems).isEqualTo(charters.problems(draft));
        assertThat(problems)
                .containsEntry(
                        "mutual_goals",
                        "Write the Mutual Goals section: What do both sides want from this partnership in the next 12"
                                + " months?")
                .containsEntry(
                        CharterFields.PARTNER_SIGNER, "The partner's signatory cannot be the one who signs for us.");
        assertThat(state(acme).version()).isZero();
        assertThat(changes).isEmpty();
        assertThat(charterMessages()).isEmpty();
    }

    @Test
    void aPartnershipOfAnotherWorkspaceOrNoneIsNotFound() {
        assertThat(charters.save("T2", OWNER, acme, 0, draft(), announcer))
                .isInstanceOf(CharterService.SaveResult.NotFound.class);
        assertThat(charters.save("T1", OWNER, "no-such-id", 0, draft(), announcer))
                .isInstanceOf(CharterService.SaveResult.NotFound.class);
        assertThat(charters.state("T2", acme)).isEmpty();
        assertThat(state(acme).version()).isZero();
        assertThat(changes).isEmpty();
    }

    @Test
    void aFormOpenedBeforeAnotherVersionWasSavedStoresNothing() {
        saved(acme, 0, draft());
        Map<String, String> other = new HashMap<>(texts());
        other.put("timeline", "Crawl in April");
        var late = charters.save(
                "T1", "ULATE", acme, 0, new CharterDraft(other, OURS, Signatory.slackUser(THEIRS)), announcer);

        assertThat(late).isInstanceOf(CharterService.SaveResult.Conflict.class);
        CharterState current = ((CharterService.SaveResult.Conflict) late).current();
        assertThat(current.version()).isEqualTo(1);
        assertThat(current.current().orElseThrow().text("timeline")).isEqualTo("Crawl in March");
        assertThat(charters.save("T1", OWNER, acme, 2, draft(), announcer))
                .isInstanceOf(CharterService.SaveResult.Conflict.class);
        assertThat(state(acme).version()).isEqualTo(1);
        assertThat(changes).containsExactly(new CharterChange.Written(1, false));

        var second = (CharterService.SaveResult.Saved) charters.save(
                "T1", "ULATE", acme, 1, new CharterDraft(other, OURS, Signatory.slackUser(THEIRS)), announcer);
        assertThat(second.state().version()).isEqualTo(2);
        assertThat(second.state().current().orElseThrow().text("timeline")).isEqualTo("Crawl in April");
        assertThat(changes).containsExactly(new CharterChange.Written(1, false), new CharterChange.Written(2, false));
    }

    @Test
    void eachSignatorySignsForTheirSideAndTheCharterIsSignedWhenBothHave() {
        saved(acme, 0, draft());
        clock.advance(Duration.ofMinutes(1));

        var ours = (CharterService.SignResult.Signed) charters.sign("T1", acme, 1, OURS, "T1", announcer);
        Signature signature = ours.signature();
        assertThat(signature)
                .isEqualTo(new Signature(
                        1,
                        Signature.Side.US,
                        Optional.of(OURS),
                        Optional.of("T1"),
                        Signature.Method.SLACK,
                        Optional.empty(),
                        OURS,
                        Instant.parse("2026-03-02T09:01:00Z")));
        assertThat(ours.state().stage()).isEqualTo(CharterState.Stage.WAITING);
        assertThat(ours.state().waitingFor()).containsExactly(Signature.Side.PARTNER);
        assertThat(ours.state().signature(Signature.Side.US)).contains(signature);
        assertThat(ours.state().signature(Signature.Side.PARTNER)).isEmpty();
        assertThat(ours.state()
                        .checklist("before_launching")
                        .orElseThrow()
                        .lines()
                        .get(0)
                        .done())
                .isFalse();

        var theirs = (CharterService.SignResult.Signed) charters.sign("T1", acme, 1, THEIRS, "TPARTNER", announcer);
        assertThat(theirs.signature().side()).isEqualTo(Signature.Side.PARTNER);
        assertThat(theirs.signature().userTeamId()).contains("TPARTNER");
        assertThat(theirs.state().stage()).isEqualTo(CharterState.Stage.SIGNED);
        assertThat(theirs.state().waitingFor()).isEmpty();
        assertThat(theirs.state().signatures()).hasSize(2);
        ChecklistState.Line charterSigned = theirs.state()
                .checklist("before_launching")
                .orElseThrow()
                .lines()
                .get(0);
        assertThat(charterSigned.item().id()).isEqualTo("charter_signed");
        assertThat(charterSigned.done()).isTrue();

        assertThat(changes)
                .containsExactly(
                        new CharterChange.Written(1, false),
                        new CharterChange.Signed(signature),
                        new CharterChange.Signed(theirs.signature()));
        assertThat(charterMessages())
                .containsExactlyInAnyOrder("Charter v1 DRAFT", "Charter v1 WAITING", "Charter v1 SIGNED");
    }

    @Test
    void signingTwiceKeepsTheFirstSignature() {
        saved(acme, 0, draft());
        var first = (CharterService.SignResult.Signed) charters.sign("T1", acme, 1, OURS, "T1", announcer);
        clock.advance(Duration.ofHours(1));

        var again = charters.sign("T1", acme, 1, OURS, "T1", announcer);

        assertThat(again).isInstanceOf(CharterService.SignResult.AlreadySigned.class);
        assertThat(((CharterService.SignResult.AlreadySigned) again).signature())
                .isEqualTo(first.signature());
        assertThat(state(acme).signatures()).containsExactly(first.signature());
        assertThat(changes).hasSize(2);
    }

    @Test
    void onlyTheNamedSignatoriesSignAndOnlyTheCurrentVersion() {
        assertThat(charters.sign("T1", acme, 1, OURS, "T1", announcer))
                .isInstanceOf(CharterService.SignResult.NoCharter.class);
        saved(acme, 0, draft());

        var stranger = charters.sign("T1", acme, 1, OWNER, "T1", announcer);
        assertThat(stranger).isInstanceOf(CharterService.SignResult.NotSignatory.class);
        assertThat(((CharterService.SignResult.NotSignatory) stranger).state().version())
                .isEqualTo(1);

        var stale = charters.sign("T1", acme, 2, OURS, "T1", announcer);
        assertThat(stale).isInstanceOf(CharterService.SignResult.Stale.class);
        assertThat(((CharterService.SignResult.Stale) stale).clicked()).isEqualTo(2);
        assertThat(((CharterService.SignResult.Stale) stale).state().version()).isEqualTo(1);

        assertThat(charters.sign("T2", acme, 1, OURS, "T1", announcer))
                .isInstanceOf(CharterService.SignResult.NoCharter.class);
        assertThat(charters.sign("T1", "no-such-id", 1, OURS, "T1", announcer))
                .isInstanceOf(CharterService.SignResult.NoCharter.class);
        assertThat(state(acme).signatures()).isEmpty();
        assertThat(changes).containsExactly(new CharterChange.Written(1, false));
    }

    @Test
    void aPartnerOutsideSlackCannotSignInSlack() {
        saved(acme, 0, outsideDraft());
        assertThat(charters.sign("T1", acme, 1, "UDANA", "T1", announcer))
                .isInstanceOf(CharterService.SignResult.NotSignatory.class);
        assertThat(state(acme).signatures()).isEmpty();
    }

    @Test
    void aNewVersionOfASignedCharterClearsItsSignaturesButTheOldOnesStayInTheHistory() {
        saved(acme, 0, draft());
        charters.sign("T1", acme, 1, OURS, "T1", announcer);
        charters.sign("T1", acme, 1, THEIRS, "T1", announcer);

        var result = (CharterService.SaveResult.Saved) charters.save("T1", OWNER, acme, 1, draft(), announcer);

        assertThat(result.signaturesCleared()).isTrue();
        assertThat(result.state().version()).isEqualTo(2);
        assertThat(result.state().signatures()).isEmpty();
        assertThat(result.state().stage()).isEqualTo(CharterState.Stage.DRAFT);
        assertThat(changes.get(changes.size() - 1)).isEqualTo(new CharterChange.Written(2, true));
        int kept = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM charter_signature WHERE team_id = 'T1'"
                        + " AND partnership_id = :p AND version = 1")
                .bind("p", acme)
                .mapTo(Integer.class)
                .one());
        assertThat(kept).isEqualTo(2);

        var stale = charters.sign("T1", acme, 1, OURS, "T1", announcer);
        assertThat(stale).isInstanceOf(CharterService.SignResult.Stale.class);
        assertThat(charters.sign("T1", acme, 2, OURS, "T1", announcer))
                .isInstanceOf(CharterService.SignResult.Signed.class);
    }

    @Test
    void theOwnerRecordsASignatureGivenOutsideSlackWithItsEvidence() {
        saved(acme, 0, outsideDraft());
        clock.advance(Duration.ofMinutes(2));

        var result = (CharterService.SignResult.Signed)
                charters.attest("T1", acme, 1, OWNER, "  Signed PDF, email of 2 March  ", announcer);

        assertThat(result.signature())
                .isEqualTo(new Signature(
                        1,
                        Signature.Side.PARTNER,
                        Optional.empty(),
                        Optional.empty(),
                        Signature.Method.OUTSIDE,
                        Optional.of("Signed PDF, email of 2 March"),
                        OWNER,
                        Instant.parse("2026-03-02T09:02:00Z")));
        assertThat(result.state().waitingFor()).containsExactly(Signature.Side.US);
        assertThat(changes)
                .containsExactly(new CharterChange.Written(1, false), new CharterChange.Signed(result.signature()));

        var again = charters.attest("T1", acme, 1, OWNER, "Another PDF", announcer);
        assertThat(again).isInstanceOf(CharterService.SignResult.AlreadySigned.class);
        assertThat(((CharterService.SignResult.AlreadySigned) again).signature())
                .isEqualTo(result.signature());
        assertThat(changes).hasSize(2);
    }

    @Test
    void evidenceMustBeGivenAndFitItsLimit() {
        saved(acme, 0, outsideDraft());
        String longest = "e".repeat(CharterService.EVIDENCE_MAX);

        assertThat(charters.attest("T1", acme, 1, OWNER, null, announcer))
                .isEqualTo(new CharterService.SignResult.Invalid(Map.of(
                        CharterFields.EVIDENCE, "Say what shows they signed, e.g. the signed PDF in an email.")));
        assertThat(charters.attest("T1", acme, 1, OWNER, "   ", announcer))
                .isInstanceOf(CharterService.SignResult.Invalid.class);
        assertThat(charters.attest("T1", acme, 1, OWNER, longest + "e", announcer))
                .isEqualTo(new CharterService.SignResult.Invalid(
                        Map.of(CharterFields.EVIDENCE, "Keep it to 1000 characters (it has 1001).")));
        assertThat(state(acme).signatures()).isEmpty();

        var signed = charters.attest("T1", acme, 1, OWNER, "  " + longest + "  ", announcer);
        assertThat(signed).isInstanceOf(CharterService.SignResult.Signed.class);
        assertThat(((CharterService.SignResult.Signed) signed).signature().evidence())
                .contains(longest);
    }

    @Test
    void onlyTheOwnerAttestsAndOnlyForAPartnerOutsideSlackOnTheCurrentVersion() {
        assertThat(charters.attest("T1", acme, 1, OWNER, "PDF", announcer))
                .isInstanceOf(CharterService.SignResult.NoCharter.class);
        saved(acme, 0, outsideDraft());

        var stale = charters.attest("T1", acme, 2, OWNER, "PDF", announcer);
        assertThat(stale).isInstanceOf(CharterService.SignResult.Stale.class);
        assertThat(((CharterService.SignResult.Stale) stale).clicked()).isEqualTo(2);
        assertThat(charters.attest("T1", acme, 1, OURS, "PDF", announcer))
                .isInstanceOf(CharterService.SignResult.NotOwner.class);
        assertThat(charters.attest("T2", acme, 1, OWNER, "PDF", announcer))
                .isInstanceOf(CharterService.SignResult.NoCharter.class);
        assertThat(state(acme).signatures()).isEmpty();

        saved(acme, 1, draft());
        var inSlack = charters.attest("T1", acme, 2, OWNER, "PDF", announcer);
        assertThat(inSlack).isInstanceOf(CharterService.SignResult.SignsInSlack.class);
        assertThat(((CharterService.SignResult.SignsInSlack) inSlack).state().version())
                .isEqualTo(2);
        assertThat(state(acme).signatures()).isEmpty();
        assertThat(changes).containsExactly(new CharterChange.Written(1, false), new CharterChange.Written(2, false));
    }

    @Test
    void itemsTickedByHandAreTickedAndUntickedOnlyWhenTheyChange() {
        clock.advance(Duration.ofMinutes(3));
        var ticked = (CharterService.TickResult.Ticked) charters.tick(
                "T1", acme, "before_starting", Map.of("kickoff", true, "both_lose", false), "UTICK", announcer);

        Tick tick = new Tick(1, "before_starting", "kickoff", true, "UTICK", Instant.parse("2026-03-02T09:03:00Z"));
        assertThat(ticked.ticks()).containsExactly(tick);
        ChecklistState starting = ticked.state().checklist("before_starting").orElseThrow();
        assertThat(starting.done()).isEqualTo(6);
        assertThat(starting.byHand()).singleElement().satisfies(line -> {
            assertThat(line.done()).isTrue();
            assertThat(line.lastTick()).contains(tick);
        });
        assertThat(changes).containsExactly(new CharterChange.Ticked(List.of(tick)));
        assertThat(charterMessages()).containsExactly("Charter v0 NONE");

        var same = charters.tick("T1", acme, "before_starting", Map.of("kickoff", true), "UTICK", announcer);
        assertThat(same).isInstanceOf(CharterService.TickResult.Unchanged.class);
        assertThat(((CharterService.TickResult.Unchanged) same)
                        .state()
                        .checklist("before_starting")
                        .orElseThrow()
                        .done())
                .isEqualTo(6);
        assertThat(charters.tick("T1", acme, "before_starting", Map.of(), "UTICK", announcer))
                .isInstanceOf(CharterService.TickResult.Unchanged.class);
        assertThat(changes).hasSize(1);

        var enablement = (CharterService.TickResult.Ticked)
                charters.tick("T1", acme, "before_launching", Map.of("enablement", true), "UTICK", announcer);
        assertThat(enablement.ticks()).extracting(Tick::seq).containsExactly(2);

        var untick = (CharterService.TickResult.Ticked)
                charters.tick("T1", acme, "before_starting", Map.of("kickoff", false), "UOTHER", announcer);
        assertThat(untick.ticks()).singleElement().satisfies(t -> {
            assertThat(t.seq()).isEqualTo(3);
            assertThat(t.ticked()).isFalse();
            assertThat(t.userId()).isEqualTo("UOTHER");
        });
        ChecklistState.Line kickoff =
                state(acme).checklist("before_starting").orElseThrow().byHand().get(0);
        assertThat(kickoff.done()).isFalse();
        assertThat(kickoff.lastTick().map(Tick::userId)).contains("UOTHER");
        assertThat(state(acme).checklist("before_launching").orElseThrow().done())
                .isEqualTo(1);
    }

    @Test
    void aChecklistOrPartnershipThatDoesNotExistIsNotFound() {
        assertThat(charters.tick("T1", acme, "no_such_list", Map.of("kickoff", true), "U1", announcer))
                .isInstanceOf(CharterService.TickResult.NotFound.class);
        assertThat(charters.tick("T1", "no-such-id", "before_starting", Map.of("kickoff", true), "U1", announcer))
                .isInstanceOf(CharterService.TickResult.NotFound.class);
        assertThat(charters.tick("T2", acme, "before_starting", Map.of("kickoff", true), "U1", announcer))
                .isInstanceOf(CharterService.TickResult.NotFound.class);
        assertThat(state(acme)
                        .checklist("before_starting")
                        .orElseThrow()
                        .byHand()
                        .get(0)
                        .done())
                .isFalse();
        assertThat(changes).isEmpty();
    }

    @Test
    void aSignatoryWhoLeavesBeforeSigningIsReportedForEachCharterWaitingForThem() {
        String globex = assess("Globex");
        saved(acme, 0, draft());
        saved(globex, 0, draft());

        assertThat(charters.signatoryLeft("T1", THEIRS, announcer)).isEqualTo(2);
        assertThat(changes)
                .endsWith(
                        new CharterChange.SignatoryLeft(Signature.Side.PARTNER, THEIRS),
                        new CharterChange.SignatoryLeft(Signature.Side.PARTNER, THEIRS));
        assertThat(charterMessages()).hasSize(4);

        changes.clear();
        charters.sign("T1", globex, 1, OURS, "T1", announcer);
        changes.clear();
        assertThat(charters.signatoryLeft("T1", OURS, announcer)).isEqualTo(1);
        assertThat(changes).containsExactly(new CharterChange.SignatoryLeft(Signature.Side.US, OURS));
    }

    @Test
    void nobodyIsToldWhenTheOneWhoLeftSignedOrIsNoLongerASignatory() {
        saved(acme, 0, draft());
        charters.sign("T1", acme, 1, THEIRS, "T1", announcer);
        saved(acme, 1, new CharterDraft(texts(), "UNEW", Signatory.slackUser("UNEWPARTNER")));
        charters.sign("T1", acme, 2, "UNEWPARTNER", "T1", announcer);
        changes.clear();

        assertThat(charters.signatoryLeft("T1", "UNEWPARTNER", announcer)).isZero();
        assertThat(charters.signatoryLeft("T1", THEIRS, announcer)).isZero();
        assertThat(charters.signatoryLeft("T1", OURS, announcer)).isZero();
        assertThat(charters.signatoryLeft("T1", OWNER, announcer)).isZero();
        assertThat(charters.signatoryLeft("T2", "UNEW", announcer)).isZero();
        assertThat(changes).isEmpty();

        assertThat(charters.signatoryLeft("T1", "UNEW", announcer)).isEqualTo(1);
        assertThat(changes).containsExactly(new CharterChange.SignatoryLeft(Signature.Side.US, "UNEW"));
    }
}
