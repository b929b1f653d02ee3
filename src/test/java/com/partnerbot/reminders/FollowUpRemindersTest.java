package com.partnerbot.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.partnerships.AssessmentService;
import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.partnerships.QuestionnaireAnswers;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.slack.Messenger;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.store.Database;
import com.partnerbot.store.FollowUpDao;
import com.partnerbot.store.FollowUpRow;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.ManualWork;
import com.partnerbot.testing.SlackStub;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Tier 1 start's "evaluate for Tier 2" follow-up, from assessment to the channel: scheduled in the same
 * transaction, sent from 09:00 UTC on its date, exactly once, and replaced by the next assessment's follow-ups.
 */
class FollowUpRemindersTest {
    private static final Clock ASSESSED = Clock.fixed(Instant.parse("2026-08-31T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Database db;
    private SlackStub slack;
    private ManualWork work;
    private AssessmentService assessments;
    private String partnershipId;

    @BeforeEach
    void assessATier1Partnership() {
        db = TestDatabases.open(dir);
        slack = new SlackStub();
        work = new ManualWork();
        var partnerships = new PartnershipService(db.jdbi(), ASSESSED);
        assessments = new AssessmentService(db.jdbi(), PlaybookLoader.loadDefault(), ASSESSED, partnerships);
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

    private FollowUpReminders remindersAt(String instant) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        Slack client = Slack.getInstance(config);
        return new FollowUpReminders(
                db.jdbi(),
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC),
                new Messenger(work),
                client,
                team -> client.methods(SlackStub.BOT_TOKEN));
    }

    @Test
    void theAssessmentSchedulesTheTier2ReviewSixMonthsLater() {
        assertThat(db.jdbi().onDemand(FollowUpDao.class).scheduled("T1", partnershipId))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.key()).isEqualTo("evaluate_tier_2");
                    assertThat(f.due()).isEqualTo(LocalDate.of(2027, 2, 28));
                });
    }

    @Test
    void itIsPostedToTheChannelFromNineOnItsDateAndOnlyOnce() {
        assertThat(remindersAt("2027-02-27T23:00:00Z").sendDue()).isZero();
        assertThat(remindersAt("2027-02-28T08:59:00Z").sendDue()).isZero();
        assertThat(remindersAt("2027-02-28T09:00:00Z").sendDue()).isEqualTo(1);
        assertThat(remindersAt("2027-03-02T09:00:00Z").sendDue()).isZero();
        var post = slack.calls("chat.postMessage").get(0);
        assertThat(post.arg("channel")).isEqualTo("C7");
        assertThat(post.args().get("blocks").toString())
                .contains("Follow-up for Acme")
                .contains("Evaluate for Tier 2")
                .contains("2027-02-28")
                .contains("<@U9>")
                .contains(SlackIds.REASSESS_ACTION);
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void aReassessmentReplacesTheFollowUpsStillWaiting() {
        assessments.reassess("T1", "U1", partnershipId, answers("Acme", "no", "yes"), Optional.empty());
        assertThat(db.jdbi().onDemand(FollowUpDao.class).scheduled("T1", partnershipId))
                .extracting(FollowUpRow::key)
                .isEmpty();
        assertThat(remindersAt("2027-03-01T12:00:00Z").sendDue()).isZero();
    }

    @Test
    void whenSlackAsksToWaitTheNextSweepSendsIt() {
        slack.rateLimitNext("chat.postMessage", 30);
        assertThat(remindersAt("2027-02-28T10:00:00Z").sendDue()).isZero();
        assertThat(onlyFollowUp().status()).isEqualTo(FollowUpRow.SCHEDULED);
        assertThat(remindersAt("2027-02-28T10:10:00Z").sendDue()).isEqualTo(1);
        assertThat(onlyFollowUpStatus()).isEqualTo(FollowUpRow.SENT);
    }

    @Test
    void aChannelTheBotCannotReachFailsItAndTellsTheOwnerWhy() {
        slack.channel("C7", "secret-deals", true, false);
        assertThat(remindersAt("2027-02-28T10:00:00Z").sendDue()).isZero();
        assertThat(onlyFollowUpStatus()).isEqualTo(FollowUpRow.FAILED);
        assertThat(slack.calls("chat.postMessage"))
                .filteredOn(c -> "U9".equals(c.arg("channel")))
                .singleElement()
                .satisfies(c -> assertThat(c.arg("text"))
                        .contains("Evaluate for Tier 2")
                        .contains("/invite @Partnerbot"));
        assertThat(remindersAt("2027-03-01T10:00:00Z").sendDue()).isZero();
    }

    @Test
    void oneLeftSendingByAStoppedInstanceIsSentAfterItsLease() {
        FollowUpDao dao = db.jdbi().onDemand(FollowUpDao.class);
        String id = onlyFollowUp().id();
        long claimedAt = Instant.parse("2027-02-28T10:00:00Z").toEpochMilli();
        assertThat(dao.claim("T1", id, claimedAt, 0L)).isEqualTo(1);
        assertThat(remindersAt("2027-02-28T10:10:00Z").sendDue()).isZero();
        assertThat(remindersAt("2027-02-28T10:31:00Z").sendDue()).isEqualTo(1);
    }

    @Test
    void followUpsStayInsideTheirWorkspace() {
        FollowUpDao dao = db.jdbi().onDemand(FollowUpDao.class);
        String id = onlyFollowUp().id();
        assertThat(dao.scheduled("T2", partnershipId)).isEmpty();
        assertThat(dao.claim("T2", id, 0L, 0L)).isZero();
        assertThat(dao.due("T2", "2030-01-01", 0L, 10)).isEmpty();
        assertThat(dao.status("T1", id)).contains(FollowUpRow.SCHEDULED);
    }

    private FollowUpRow onlyFollowUp() {
        return db.jdbi().onDemand(FollowUpDao.class).due("T1", "2030-01-01", Long.MAX_VALUE, 10).stream()
                .findFirst()
                .orElseThrow();
    }

    private String onlyFollowUpStatus() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT status FROM follow_up WHERE team_id = 'T1'")
                .mapTo(String.class)
                .one());
    }
}
