package com.partnerbot.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.partnerbot.charter.CharterService;
import com.partnerbot.outbox.Outbox;
import com.partnerbot.outbox.OutboxMessage;
import com.partnerbot.partnerships.CreateResult;
import com.partnerbot.partnerships.PartnershipDraft;
import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.store.Database;
import com.partnerbot.store.LaunchPlanRow;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.OutboxDao;
import com.partnerbot.store.OutboxRow;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.ReminderDao;
import com.partnerbot.store.ReminderRow;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.TestClock;
import com.partnerbot.testing.TestReminders;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** The launch plan against a real database: checks, conflicts, reminders it schedules and moves, activity. */
@OnEachDatabase
class LaunchServiceTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final String TEAM = "T1";
    private static final Playbook PLAYBOOK = PlaybookLoader.loadDefault();

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-09-01T12:00:00Z");
    private Database db;
    private LaunchService launches;
    private Partnership acme;
    private CharterService charters;
    private Outbox outbox;
    private final List<String> announced = new ArrayList<>();

    private final LaunchAnnouncer announcer = new LaunchAnnouncer() {
        @Override
        public OutboxMessage plan(LaunchState state, Optional<LaunchPlanRow> before, String savedBy) {
            String text = "plan " + state.plan().orElseThrow().launchDate() + " before "
                    + before.map(LaunchPlanRow::launchDate)
                            .map(LocalDate::toString)
                            .orElse("none") + " by " + savedBy;
            announced.add(text);
            return message(state.partnership().channelId(), text);
        }

        @Override
        public OutboxMessage activity(Partnership partnership, String userId, String note) {
            announced.add("activity " + note);
            return message(partnership.channelId(), note);
        }
    };

    private static OutboxMessage message(String channel, String text) {
        return new OutboxMessage(
                com.partnerbot.outbox.Kind.REMINDER,
                channel,
                text,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "test");
    }

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        outbox = new Outbox(clock, () -> {});
        charters = new CharterService(db.jdbi(), PLAYBOOK, clock, outbox);
        var activity = new ActivityLog(PLAYBOOK, clock);
        var reminders = new com.partnerbot.reminders.Reminders(
                db.jdbi(), clock, outbox, new com.partnerbot.slack.reminders.ReminderMessages(PLAYBOOK), activity);
        launches = new LaunchService(db.jdbi(), PLAYBOOK, clock, outbox, reminders, activity, charters);
        acme = create("Acme");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Partnership create(String name) {
        return ((CreateResult.Created) new PartnershipService(db.jdbi(), clock)
                        .create(TEAM, "U1", new PartnershipDraft(name, "C1", "U9", null)))
                .partnership();
    }

    private static LaunchDraft draft(String date, String zone) {
        return new LaunchDraft(date, "U9", "Dana", "Marketplace listing", zone, "09:00");
    }

    private LaunchService.SaveResult save(int base, LaunchDraft draft) {
        return launches.save(TEAM, "U1", acme.id(), base, draft, announcer);
    }

    private List<ReminderRow> reminders() {
        return db.jdbi().onDemand(ReminderDao.class).ofPartnership(TEAM, acme.id());
    }

    private Map<String, String> statusByKey() {
        return reminders().stream()
                .filter(r -> !r.status().equals(ReminderRow.CANCELLED))
                .collect(Collectors.toMap(ReminderRow::key, ReminderRow::status));
    }

    @Test
    void eachMistakeIsNamedUnderItsField() {
        var invalid = (LaunchService.SaveResult.Invalid)
                save(0, new LaunchDraft("soon", " ", "x".repeat(201), "y".repeat(1001), "Mars/Base", "25:99"));
        assertThat(invalid.problems())
                .containsOnlyKeys(
                        LaunchDraft.LAUNCH_DATE,
                        LaunchDraft.OUR_OWNER,
                        LaunchDraft.PARTNER_OWNER,
                        LaunchDraft.PATHWAY,
                        LaunchDraft.TIME_ZONE,
                        LaunchDraft.REMIND_AT)
                .contains(
                        entry(LaunchDraft.LAUNCH_DATE, "\"soon\" is not a date; pick one, e.g. 2026-10-13."),
                        entry(
                                LaunchDraft.TIME_ZONE,
                                "\"Mars/Base\" is not a time zone I know; use a name such as America/New_York,"
                                        + " Europe/Berlin or UTC."),
                        entry(LaunchDraft.PARTNER_OWNER, "At most 200 characters."),
                        entry(LaunchDraft.PATHWAY, "At most 1000 characters."));
        assertThat(reminders()).isEmpty();
        assertThat(announced).isEmpty();
    }

    @Test
    void aLaunchDateTooFarOrBeforeThePartnershipExistedIsRefusedWithWhy() {
        assertThat(((LaunchService.SaveResult.Invalid) save(0, draft("2028-09-02", "UTC")))
                        .problems()
                        .get(LaunchDraft.LAUNCH_DATE))
                .isEqualTo("That is more than two years away; pick a date up to 2028-09-01.");
        assertThat(save(0, draft("2028-09-01", "UTC"))).isInstanceOf(LaunchService.SaveResult.Saved.class);
        assertThat(((LaunchService.SaveResult.Invalid) save(1, draft("2026-08-31", "UTC")))
                        .problems()
                        .get(LaunchDraft.LAUNCH_DATE))
                .isEqualTo("That is before this partnership existed (it was created on 2026-09-01).");
        assertThat(((LaunchService.SaveResult.Invalid) save(1, draft(null, "UTC")))
                        .problems()
                        .get(LaunchDraft.LAUNCH_DATE))
                .isEqualTo("Pick the launch date.");
        assertThat(((LaunchService.SaveResult.Invalid) save(1, draft("2027-01-01", " ")))
                        .problems()
                        .get(LaunchDraft.TIME_ZONE))
                .startsWith("Enter the time zone");
    }

    @Test
    void aSaveOvertakenByAnotherIsRefusedAndChangesNothing() {
        assertThat(save(0, draft("2026-12-01", "UTC"))).isInstanceOf(LaunchService.SaveResult.Saved.class);
        var conflict = (LaunchService.SaveResult.Conflict) save(0, draft("2027-01-05", "UTC"));
        assertThat(conflict.current().plan().orElseThrow().launchDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(conflict.current().version()).isEqualTo(1);
        assertThat(announced).containsExactly("plan 2026-12-01 before none by U1");
        assertThat(launches.save("T2", "U1", acme.id(), 0, draft("2027-01-05", "UTC"), announcer))
                .isInstanceOf(LaunchService.SaveResult.NotFound.class);
    }

    @Test
    void changingTheDateMovesWhatWasNotSentAndNeverResendsWhatWas() {
        save(0, draft("2026-10-19", "UTC"));
        clock.set(Instant.parse("2026-09-07T09:00:00Z"));
        TestReminders.sweep(db.jdbi(), clock);
        assertThat(statusByKey()).containsEntry("stage:pre_launch", ReminderRow.SENT);

        var saved = (LaunchService.SaveResult.Saved) save(1, draft("2026-11-02", "UTC"));

        assertThat(announced).last().isEqualTo("plan 2026-11-02 before 2026-10-19 by U1");
        ReminderRow launchWeek = reminders().stream()
                .filter(r -> r.key().equals("stage:launch_week") && r.scheduled())
                .findFirst()
                .orElseThrow();
        assertThat(launchWeek.dueDate()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(statusByKey()).containsEntry("stage:pre_launch", ReminderRow.SENT);
        assertThat(saved.state().version()).isEqualTo(2);
        clock.set(Instant.parse("2026-09-21T09:00:00Z"));
        TestReminders.sweep(db.jdbi(), clock);
        assertThat(statusByKey().get("stage:pre_launch")).isEqualTo(ReminderRow.SENT);
        assertThat(posts()).filteredOn(t -> t.contains("Pre-launch starts")).hasSize(1);
    }

    private List<String> posts() {
        return db.jdbi().onDemand(OutboxDao.class).all(TEAM).stream()
                .map(OutboxRow::text)
                .toList();
    }

    @Test
    void aLaunchDateInThePastMarksWhatIsOverMissedAndPostsTheCurrentStageOnce() {
        clock.set(Instant.parse("2026-10-07T12:00:00Z"));
        save(0, draft("2026-09-02", "UTC"));

        assertThat(statusByKey())
                .containsEntry("stage:pre_launch", ReminderRow.MISSED)
                .containsEntry("stage:launch_week", ReminderRow.MISSED)
                .containsEntry("check_in:post_launch:3", ReminderRow.MISSED)
                .containsEntry("check_in:post_launch:5", ReminderRow.MISSED)
                .containsEntry("check_in:post_launch:6", ReminderRow.MISSED)
                .containsEntry("check_in:post_launch:7", ReminderRow.SCHEDULED);
        assertThat(statusByKey().get("stage:post_launch")).isEqualTo(ReminderRow.SCHEDULED);
        TestReminders.sweep(db.jdbi(), clock);
        TestReminders.sweep(db.jdbi(), clock);
        assertThat(posts())
                .filteredOn(t -> t.contains("starts ("))
                .containsExactly("Acme: Post-launch starts (2026-09-09)");
    }

    @Test
    void thePlansTimeZoneMovesTheTierFollowUpsToo() {
        db.jdbi()
                .useHandle(h -> com.partnerbot.reminders.Reminders.replace(
                        h,
                        TEAM,
                        acme.id(),
                        new com.partnerbot.reminders.Reminders.Source("assessment", "a1"),
                        List.of(com.partnerbot.frameworks.PlannedReminder.on(
                                com.partnerbot.frameworks.ReminderKind.FOLLOW_UP,
                                "evaluate_tier_2@2027-03-01",
                                "Evaluate for Tier 2",
                                LocalDate.of(2027, 3, 1))),
                        com.partnerbot.reminders.Schedule.DEFAULT,
                        clock.instant(),
                        false));
        save(0, new LaunchDraft("2026-12-01", "U9", "", "", "Asia/Tokyo", "10:30"));

        assertThat(reminders())
                .filteredOn(r -> r.kind().equals("follow_up"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.dueAt()).isEqualTo(Instant.parse("2027-03-01T01:30:00Z"));
                    assertThat(r.timeZone()).isEqualTo("Asia/Tokyo");
                });
    }

    @Test
    void activityIsRecordedPostedAndMovesTheGhostingWatch() {
        save(0, draft("2026-09-02", "UTC"));
        assertThat(statusByKey()).containsEntry("ghosting@2026-09-02", ReminderRow.SCHEDULED);

        clock.set(Instant.parse("2026-09-10T16:00:00Z"));
        var recorded =
                launches.recordActivity(TEAM, "U2", acme.id(), "  Two customers live  ", Optional.empty(), announcer);

        assertThat(recorded).isEqualTo(new LaunchService.ActivityResult.Recorded(LocalDate.of(2026, 9, 10)));
        assertThat(announced).last().isEqualTo("activity Two customers live");
        assertThat(statusByKey())
                .containsEntry("ghosting@2026-09-10", ReminderRow.SCHEDULED)
                .doesNotContainKey("ghosting@2026-09-02");
        assertThat(launches.state(TEAM, acme.id()).orElseThrow().lastActivity()).contains(LocalDate.of(2026, 9, 10));
        assertThat(launches.recordActivity(TEAM, "U2", acme.id(), " ", Optional.empty(), announcer))
                .isInstanceOf(LaunchService.ActivityResult.Invalid.class);
        assertThat(launches.recordActivity(TEAM, "U2", acme.id(), "x".repeat(501), Optional.empty(), announcer))
                .isEqualTo(new LaunchService.ActivityResult.Invalid("At most 500 characters."));
        assertThat(launches.recordActivity(
                        TEAM, "U2", acme.id(), " " + "x".repeat(500) + " ", Optional.empty(), announcer))
                .isEqualTo(new LaunchService.ActivityResult.Recorded(LocalDate.of(2026, 9, 10)));
        assertThat(announced).last().isEqualTo("activity " + "x".repeat(500));
        assertThat(launches.recordActivity("T2", "U2", acme.id(), "x", Optional.empty(), announcer))
                .isInstanceOf(LaunchService.ActivityResult.NotFound.class);
    }

    @Test
    void theGhostingWarningGoesOutOncePerEpisodeAndStatusSeesIt() {
        save(0, draft("2026-09-02", "UTC"));
        clock.set(Instant.parse("2026-09-17T09:00:00Z"));
        TestReminders.sweep(db.jdbi(), clock);
        clock.set(Instant.parse("2026-09-18T09:00:00Z"));
        TestReminders.sweep(db.jdbi(), clock);

        assertThat(posts()).filteredOn(t -> t.contains("Ghosting")).hasSize(2); // the channel and the owner
        assertThat(launches.state(TEAM, acme.id()).orElseThrow().ghosting())
                .hasValueSatisfying(g -> assertThat(g.key()).isEqualTo("ghosting@2026-09-02"));

        launches.recordActivity(TEAM, "U2", acme.id(), "Joint webinar booked", Optional.empty(), announcer);
        assertThat(launches.state(TEAM, acme.id()).orElseThrow().ghosting()).isEmpty();
    }

    @Test
    void aFirstPlanStartsFromTheOwnersZoneAndAnUnknownZoneFallsBackToUtc() {
        LaunchState state = launches.state(TEAM, acme.id()).orElseThrow();
        LaunchDraft fromSlack = launches.prefill(state, Optional.of("America/Chicago"));
        assertThat(fromSlack.timeZone()).isEqualTo("America/Chicago");
        assertThat(fromSlack.ourOwnerUserId()).isEqualTo("U9");
        assertThat(fromSlack.remindAt()).isEqualTo("09:00");
        assertThat(fromSlack.launchDate()).isNull();
        assertThat(launches.prefill(state, Optional.of("Nowhere/Else")).timeZone())
                .isEqualTo("UTC");
        assertThat(launches.prefill(state, Optional.empty()).timeZone()).isEqualTo("UTC");

        save(0, new LaunchDraft("2026-12-01", "U3", "Dana", "Docs", "Europe/Paris", "08:15"));
        LaunchDraft again = launches.prefill(launches.state(TEAM, acme.id()).orElseThrow(), Optional.of("UTC"));
        assertThat(again).isEqualTo(new LaunchDraft("2026-12-01", "U3", "Dana", "Docs", "Europe/Paris", "08:15"));
        assertThat(launches.state("T2", acme.id())).isEmpty();
    }

    /** An assessed partnership whose first charter records {@code texts} besides its sections. */
    private Partnership chartered(String name, Map<String, String> fields) {
        var assessments = new com.partnerbot.partnerships.AssessmentService(
                db.jdbi(), PLAYBOOK, clock, new PartnershipService(db.jdbi(), clock), outbox);
        var answers = com.partnerbot.partnerships.QuestionnaireAnswers.empty().toBuilder()
                .name(name)
                .channelId("C2")
                .ownerUserId("U7")
                .qualification("spend_commitment", null, "dedicated_engineering", null, "x")
                .valueBySide(Map.of("us", "a", "partner", "b", "customers", "c"))
                .leverage("requirement")
                .tierAnswers(Map.of("self_serve", "yes"))
                .exitCriteria("x")
                .build();
        Partnership p = ((com.partnerbot.partnerships.AssessmentService.Result.Recorded)
                        assessments.assessNew(TEAM, "U7", answers, Optional.empty()))
                .partnership();
        Map<String, String> texts = new java.util.HashMap<>(fields);
        for (String section : List.of("mutual_goals", "value_exchange", "timeline", "measurement", "governance")) {
            texts.put(section, "Text of " + section);
        }
        var saved = charters.save(
                TEAM,
                "U7",
                p.id(),
                0,
                new com.partnerbot.charter.CharterDraft(texts, "U7", com.partnerbot.charter.Signatory.slackUser("U8")),
                (state, change) -> List.of());
        assertThat(saved).isInstanceOf(com.partnerbot.charter.CharterService.SaveResult.Saved.class);
        return p;
    }

    @Test
    void aFirstPlanStartsFromWhatTheCharterRecords() {
        Partnership northwind = chartered(
                "Northwind",
                Map.of(
                        "launch_date", "2027-03-15",
                        "launch_owner_partner", "  Dana Reyes ",
                        "launch_owner_us", "Sam",
                        "integration_pathway", "Shared connector"));

        LaunchDraft prefilled =
                launches.prefill(launches.state(TEAM, northwind.id()).orElseThrow(), Optional.of("Europe/Berlin"));

        assertThat(prefilled)
                .isEqualTo(new LaunchDraft(
                        "2027-03-15", "U7", "Dana Reyes", "Shared connector", "Europe/Berlin", "09:00"));
    }

    @Test
    void aCharterWithoutTheLaunchFactsLeavesThemEmpty() {
        Partnership northwind = chartered("Northwind", Map.of("launch_owner_us", "Sam"));

        assertThat(launches.prefill(launches.state(TEAM, northwind.id()).orElseThrow(), Optional.empty()))
                .isEqualTo(new LaunchDraft(null, "U7", null, null, "UTC", "09:00"));
    }

    @Test
    void theStateShowsThePlansOwnRemindersStillStandingAndNotOthers() {
        db.jdbi()
                .useHandle(h -> com.partnerbot.reminders.Reminders.replace(
                        h,
                        TEAM,
                        acme.id(),
                        new com.partnerbot.reminders.Reminders.Source("assessment", "a1"),
                        List.of(com.partnerbot.frameworks.PlannedReminder.on(
                                com.partnerbot.frameworks.ReminderKind.FOLLOW_UP,
                                "evaluate_tier_2@2027-03-01",
                                "Evaluate for Tier 2",
                                LocalDate.of(2027, 3, 1))),
                        com.partnerbot.reminders.Schedule.DEFAULT,
                        clock.instant(),
                        false));
        save(0, draft("2026-10-19", "UTC"));
        var saved = (LaunchService.SaveResult.Saved) save(1, draft("2026-11-02", "UTC"));

        LaunchState state = saved.state();
        assertThat(reminders())
                .filteredOn(r -> r.status().equals(ReminderRow.CANCELLED))
                .extracting(ReminderRow::key)
                .containsExactly("ghosting@2026-10-19");
        assertThat(state.reminders())
                .extracting(ReminderRow::key)
                .contains("stage:launch_week", "ghosting@2026-11-02")
                .doesNotContain("ghosting@2026-10-19", "evaluate_tier_2@2027-03-01");
        assertThat(state.reminders())
                .extracting(ReminderRow::source)
                .containsOnly(LaunchService.SOURCE, ActivityLog.GHOSTING_SOURCE);
        assertThat(state.stages()).isNotEmpty();
        assertThat(state.stages().get(0).start()).isBefore(LocalDate.of(2026, 11, 2));
        assertThat(state.ghosting()).isEmpty();
    }

    @Test
    void aWarningOfAnEarlierSilenceIsNotTheCurrentOne() {
        save(0, draft("2026-09-02", "UTC"));
        clock.set(Instant.parse("2026-09-17T09:00:00Z"));
        TestReminders.sweep(db.jdbi(), clock);
        launches.recordActivity(TEAM, "U2", acme.id(), "Joint webinar booked", Optional.empty(), announcer);
        clock.set(Instant.parse("2026-10-03T09:00:00Z"));
        TestReminders.sweep(db.jdbi(), clock);

        LaunchState state = launches.state(TEAM, acme.id()).orElseThrow();

        assertThat(state.reminders())
                .filteredOn(r -> r.kind().equals("ghosting"))
                .extracting(ReminderRow::key, ReminderRow::status)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("ghosting@2026-09-02", ReminderRow.SENT),
                        org.assertj.core.api.Assertions.tuple("ghosting@2026-09-17", ReminderRow.SENT));
        assertThat(state.ghosting()).hasValueSatisfying(g -> assertThat(g.key()).isEqualTo("ghosting@2026-09-17"));
    }

    @Test
    void answeringACheckInMarksItDoneButNotACheckInOfAnotherPartnership() {
        Partnership beta = create("Beta");
        save(0, draft("2026-09-02", "UTC"));
        launches.save(TEAM, "U1", beta.id(), 0, draft("2026-09-02", "UTC"), announcer);
        clock.set(Instant.parse("2026-09-16T09:00:00Z"));
        TestReminders.sweep(db.jdbi(), clock);
        ReminderDao dao = db.jdbi().onDemand(ReminderDao.class);
        ReminderRow ours = checkIn(dao, acme.id());
        ReminderRow theirs = checkIn(dao, beta.id());
        assertThat(ours.status()).isEqualTo(ReminderRow.SENT);

        launches.recordActivity(TEAM, "U2", acme.id(), "A deal", Optional.of(theirs.id()), announcer);
        launches.recordActivity(TEAM, "U2", acme.id(), "Another", Optional.of("no-such-reminder"), announcer);

        assertThat(dao.find(TEAM, theirs.id()).orElseThrow().status()).isEqualTo(ReminderRow.SENT);
        assertThat(dao.find(TEAM, ours.id()).orElseThrow().status()).isEqualTo(ReminderRow.SENT);

        launches.recordActivity(TEAM, "U3", acme.id(), "A fix", Optional.of(ours.id()), announcer);

        ReminderRow done = dao.find(TEAM, ours.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(ReminderRow.DONE);
        assertThat(done.endedBy()).contains("U3");
        assertThat(db.jdbi().onDemand(com.partnerbot.store.LaunchDao.class).activities(TEAM, acme.id(), 10))
                .extracting(com.partnerbot.store.LaunchDao.Activity::note)
                .containsExactlyInAnyOrder("A deal", "Another", "A fix");
    }

    private static ReminderRow checkIn(ReminderDao dao, String partnershipId) {
        return dao.ofPartnership(TEAM, partnershipId).stream()
                .filter(r -> r.key().equals("check_in:post_launch:3"))
                .findFirst()
                .orElseThrow();
    }
}
