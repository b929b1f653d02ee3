package com.partnerbot.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.partnerbot.outbox.Outbox;
import com.partnerbot.outbox.OutboxSender;
import com.partnerbot.partnerships.AssessmentService;
import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.partnerships.QuestionnaireAnswers;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.slack.SlackDelivery;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.store.Database;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.OutboxDao;
import com.partnerbot.store.OutboxRow;
import com.partnerbot.store.ReminderDao;
import com.partnerbot.store.ReminderRow;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.SlackStub;
import com.partnerbot.testing.TestClock;
import com.partnerbot.testing.TestReminders;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * The Tier 1 start's "evaluate for Tier 2" follow-up, from assessment to the channel: scheduled in the same
 * transaction, handed to the outbox from 09:00 UTC on its date, exactly once, and replaced by the next assessment's
 * follow-ups.
 */
@OnEachDatabase
class FollowUpRemindersTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final Clock ASSESSED = Clock.fixed(Instant.parse("2026-08-31T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Database db;
    private SlackStub slack;
    private final TestClock clock = TestClock.at("2026-08-31T10:00:00Z");
    private OutboxSender sender;
    private AssessmentService assessments;
    private String partnershipId;

    @BeforeEach
    void assessATier1Partnership() {
        db = TestDatabases.open(kind, dir);
        slack = new SlackStub();
        var partnerships = new PartnershipService(db.jdbi(), ASSESSED);
        assessments = new AssessmentService(
                db.jdbi(), PlaybookLoader.loadDefault(), ASSESSED, partnerships, new Outbox(ASSESSED, () -> {}));
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        Slack client = Slack.getInstance(config);
        sender = new OutboxSender(
                db.jdbi(),
                clock,
                new SlackDelivery(team -> client.methods(SlackStub.BOT_TOKEN), client, clock),
                Runnable::run);
        var recorded = (AssessmentService.Result.Recorded)
                assessments.assessNew("T1", "U1", answers("Acme", "yes", null), Optional.empty());
        partnershipId = recorded.partnership().id();
    }

    @AfterEach
    void close() {
        slack.close();
        db.close();
    }

    private static QuestionnaireAnswers answers(String name, String selfServe, String marquee) {
        Map<String, String> tier =
                marquee == null ? Map.of("self_serve", selfServe) : Map.of("self_serve", selfServe, "marquee", marquee);
        return QuestionnaireAnswers.empty().toBuilder()
                .name(name)
                .channelId("C7")
                .ownerUserId("U9")
                .qualification("spend_commitment", null, "dedicated_engineering", null, "x")
                .valueBySide(Map.of("us", "a", "partner", "b", "customers", "c"))
                .leverage("requirement")
                .tierAnswers(tier)
                .exitCriteria("x")
                .build();
    }

    private Reminders remindersAt(String instant) {
        clock.set(Instant.parse(instant));
        return TestReminders.reminders(db.jdbi(), clock, new Outbox(clock, () -> {}));
    }

    /** Queues what is due at {@code instant}, then lets the outbox deliver it; returns how many were queued. */
    private int sweepAt(String instant) {
        int queued = remindersAt(instant).sendDue();
        sender.sendDue();
        return queued;
    }

    @Test
    void theAssessmentSchedulesTheTier2ReviewSixMonthsLater() {
        assertThat(TestReminders.scheduled(db.jdbi(), "T1", partnershipId))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.key()).isEqualTo("evaluate_tier_2@2027-02-28");
                    assertThat(f.kind()).isEqualTo("follow_up");
                    assertThat(f.dueDate()).isEqualTo(LocalDate.of(2027, 2, 28));
                    assertThat(f.dueAt()).isEqualTo(Instant.parse("2027-02-28T09:00:00Z"));
                });
    }

    @Test
    void itIsPostedToTheChannelFromNineOnItsDateAndOnlyOnce() {
        assertThat(sweepAt("2027-02-27T23:00:00Z")).isZero();
        assertThat(sweepAt("2027-02-28T08:59:00Z")).isZero();
        assertThat(sweepAt("2027-02-28T09:00:00Z")).isEqualTo(1);
        assertThat(sweepAt("2027-03-02T09:00:00Z")).isZero();
        assertThat(slack.calls("chat.postMessage")).singleElement().satisfies(post -> {
            assertThat(post.arg("channel")).isEqualTo("C7");
            assertThat(post.args().get("blocks").toString())
                    .contains("Follow-up for Acme")
                    .contains("Evaluate for Tier 2")
                    .contains("2027-02-28")
                    .contains("<@U9>")
                    .contains(SlackIds.REASSESS_ACTION);
        });
        assertThat(onlyFollowUpStatus()).isEqualTo(ReminderRow.SENT);
    }

    @Test
    void twoSweepsAtOnceQueueItOnce() {
        var first = remindersAt("2027-02-28T09:00:00Z");
        var second = remindersAt("2027-02-28T09:00:00Z");
        assertThat(first.sendDue() + second.sendDue()).isEqualTo(1);
        assertThat(db.jdbi().onDemand(OutboxDao.class).all("T1"))
                .singleElement()
                .satisfies(row -> assertThat(row.kind()).isEqualTo("follow_up"));
    }

    @Test
    void aReassessmentReplacesTheFollowUpsStillWaiting() {
        assessments.reassess("T1", "U1", partnershipId, answers("Acme", "no", "yes"), Optional.empty());
        assertThat(TestReminders.scheduled(db.jdbi(), "T1", partnershipId))
                .extracting(ReminderRow::key)
                .isEmpty();
        assertThat(sweepAt("2027-03-01T12:00:00Z")).isZero();
    }

    @Test
    void whenSlackAsksToWaitTheOutboxSendsItOnceTheWaitIsOver() {
        slack.rateLimitNext("chat.postMessage", 30);
        assertThat(sweepAt("2027-02-28T10:00:00Z")).isEqualTo(1);
        assertThat(slack.messagesIn("C7")).isEmpty();
        clock.advance(Duration.ofSeconds(29));
        assertThat(sender.sendDue()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(slack.messagesIn("C7")).hasSize(1);
    }

    @Test
    void aChannelTheBotCannotReachFailsItAndTellsTheOwnerWhy() {
        slack.channel("C7", "secret-deals", true, false);
        sweepAt("2027-02-28T10:00:00Z");
        sender.sendDue();
        assertThat(db.jdbi().onDemand(OutboxDao.class).all("T1"))
                .extracting(OutboxRow::kind, OutboxRow::status)
                .containsExactlyInAnyOrder(tuple("follow_up", OutboxRow.FAILED), tuple("notice", OutboxRow.SENT));
        assertThat(slack.messagesIn("U9")).singleElement().satisfies(dm -> assertThat(
                        dm.path("text").asText())
                .contains("Evaluate for Tier 2")
                .contains("/invite @Partnerbot"));
        assertThat(TestReminders.reminders(db.jdbi(), clock, new Outbox(clock, () -> {}))
                        .ofPartnership("T1", partnershipId))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(ReminderRow.FAILED);
                    assertThat(r.reason()).contains("channel_not_found");
                });
        assertThat(sweepAt("2027-03-01T10:00:00Z")).isZero();
        assertThat(slack.messagesIn("U9")).hasSize(1);
    }

    @Test
    void followUpsStayInsideTheirWorkspace() {
        ReminderDao dao = db.jdbi().onDemand(ReminderDao.class);
        String id =
                TestReminders.scheduled(db.jdbi(), "T1", partnershipId).get(0).id();
        assertThat(dao.scheduled("T2", partnershipId)).isEmpty();
        assertThat(dao.markSent("T2", id, 0L)).isZero();
        assertThat(dao.due("T2", Instant.parse("2030-01-01T00:00:00Z").toEpochMilli(), 10))
                .isEmpty();
        assertThat(dao.find("T2", id)).isEmpty();
        assertThat(dao.find("T1", id).orElseThrow().status()).isEqualTo(ReminderRow.SCHEDULED);
    }

    private String onlyFollowUpStatus() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT status FROM reminder WHERE team_id = 'T1'")
                .mapTo(String.class)
                .one());
    }
}
