package com.partnerbot.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.slack.SlackDelivery;
import com.partnerbot.store.Database;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.OutboxDao;
import com.partnerbot.store.OutboxRow;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.SlackStub;
import com.partnerbot.testing.TestClock;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import io.github.resilience4j.core.IntervalFunction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * The outbox on a real database (SQLite, then PostgreSQL) against the Slack stub: each message lands exactly once whatever Slack answers,
 * and when it cannot land the person who asked is told once, in plain words.
 */
@OnEachDatabase
class OutboxSenderTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final String TEAM = "T1";

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-08-31T09:30:00Z");
    private final SlackStub slack = new SlackStub();
    private Database db;
    private OutboxDao dao;
    private SlackDelivery delivery;
    private MethodsClient client;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        dao = db.jdbi().onDemand(OutboxDao.class);
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        Slack sdk = Slack.getInstance(config);
        client = sdk.methods(SlackStub.BOT_TOKEN);
        delivery = new SlackDelivery(team -> client, sdk, clock);
    }

    @AfterEach
    void close() {
        slack.close();
        db.close();
    }

    /** A sender that retries after exactly {@code attempt} seconds (1 s, 2 s, 3 s...), so the test knows when the next try is due. */
    private OutboxSender sender() {
        return new OutboxSender(
                db.jdbi(), clock, delivery, Runnable::run, IntervalFunction.of(1000L, previous -> previous + 1000L));
    }

    private String add(Kind kind, String channel, Optional<String> responseUrl) {
        var message = new OutboxMessage(
                kind,
                channel,
                "Verdict for Acme",
                Optional.of("[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"Real partnership\"}}]"),
                Optional.of("U5"),
                responseUrl,
                "the verdict for Acme");
        return db.jdbi().inTransaction(h -> new Outbox(clock, () -> {}).add(h, TEAM, message));
    }

    private String addVerdict() {
        return add(Kind.VERDICT, "C1", Optional.empty());
    }

    private OutboxRow row(String id) {
        return dao.find(TEAM, id).orElseThrow();
    }

    @Test
    void aMessageIsPostedOnceWithItsIdInTheMetadataAndSlacksTsRecorded() {
        String id = addVerdict();
        assertThat(sender().sendDue()).isEqualTo(1);
        assertThat(sender().sendDue()).isZero();
        assertThat(slack.messagesIn("C1")).singleElement().satisfies(m -> {
            assertThat(m.path("metadata").path("event_type").asText()).isEqualTo(SlackDelivery.EVENT_TYPE);
            assertThat(m.path("metadata")
                            .path("event_payload")
                            .path("outbox_id")
                            .asText())
                    .isEqualTo(id);
            assertThat(row(id).ts()).contains(m.path("ts").asText());
        });
        assertThat(row(id).status()).isEqualTo(OutboxRow.SENT);
    }

    @Test
    void addingInARolledBackTransactionLeavesNothingToSend() {
        try {
            db.jdbi().useTransaction(h -> {
                new Outbox(clock, () -> {}).add(h, TEAM, sample());
                throw new IllegalStateException("the change it reports failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(dao.all(TEAM)).isEmpty();
    }

    @Test
    void theSenderIsWokenOnlyAfterTheCommit() {
        int[] wakes = {0};
        var outbox = new Outbox(clock, () -> wakes[0]++);
        db.jdbi().useTransaction(h -> {
            outbox.add(h, TEAM, sample());
            outbox.add(h, TEAM, sample());
            assertThat(wakes[0]).isZero();
        });
        assertThat(wakes[0]).isEqualTo(2);
    }

    private static OutboxMessage sample() {
        return new OutboxMessage(
                Kind.DECISION, "C1", "x", Optional.empty(), Optional.empty(), Optional.empty(), "a decision");
    }

    @Test
    void aRateLimitWaitsForRetryAfterThenPosts() {
        String id = addVerdict();
        slack.rateLimitNext("chat.postMessage", 30);
        assertThat(sender().sendDue()).isZero();
        assertThat(row(id).status()).isEqualTo(OutboxRow.PENDING);
        assertThat(row(id).notBefore()).isEqualTo(clock.millis() + 30_000);
        clock.advance(Duration.ofSeconds(29));
        assertThat(sender().sendDue()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(sender().sendDue()).isEqualTo(1);
        assertThat(slack.messagesIn("C1")).hasSize(1);
        assertThat(slack.calls("conversations.history")).isEmpty();
    }

    @Test
    void aStormOfServerErrorsIsRetriedWithBackoffAndPostsOnceWhenItPasses() {
        String id = addVerdict();
        slack.failNextHttp("chat.postMessage", 503, 3, false);
        OutboxSender sender = sender();
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(sender.sendDue()).isZero();
            OutboxRow waiting = row(id);
            assertThat(waiting.status()).isEqualTo(OutboxRow.PENDING);
            assertThat(waiting.lastError()).contains("http_503");
            assertThat(waiting.notBefore()).isEqualTo(clock.millis() + attempt * 1000L);
            clock.advance(Duration.ofSeconds(attempt));
        }
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(slack.messagesIn("C1")).hasSize(1);
        // A 5xx may follow a post that landed: the history is searched before each next try.
        assertThat(slack.calls("conversations.history")).hasSize(3);
    }

    @Test
    void aPostThatLandedBeforeA500IsFoundInTheHistoryAndNotPostedAgain() {
        String id = addVerdict();
        slack.failNextHttp("chat.postMessage", 500, 1, true);
        assertThat(sender().sendDue()).isZero();
        assertThat(slack.messagesIn("C1")).hasSize(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(sender().sendDue()).isEqualTo(1);
        assertThat(slack.messagesIn("C1")).hasSize(1);
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
        assertThat(row(id).status()).isEqualTo(OutboxRow.SENT);
        assertThat(row(id).ts())
                .contains(slack.messagesIn("C1").get(0).path("ts").asText());
    }

    @Test
    void aClaimLeftByAProcessThatDiedIsTakenOverAfterTheLeaseAndNotPostedTwice() throws Exception {
        String id = addVerdict();
        long diedAt = clock.millis();
        assertThat(dao.claim(TEAM, id, "dead-process", diedAt, diedAt + OutboxSender.LEASE.toMillis()))
                .isEqualTo(1);
        // The dead process had posted, and died before recording it.
        client.chatPostMessage(r -> r.channel("C1")
                .text("Verdict for Acme")
                .metadata(new com.slack.api.model.Message.Metadata(
                        SlackDelivery.EVENT_TYPE, Map.of(SlackDelivery.PAYLOAD_ID, id))));
        clock.advance(OutboxSender.LEASE.minusSeconds(1));
        assertThat(sender().sendDue()).isZero();
        assertThat(row(id).status()).isEqualTo(OutboxRow.SENDING);
        clock.advance(Duration.ofSeconds(2));
        sender().sendDue();
        assertThat(row(id).status()).isEqualTo(OutboxRow.SENT);
        assertThat(slack.messagesIn("C1")).hasSize(1);
        assertThat(slack.calls("conversations.history")).singleElement().satisfies(call -> {
            assertThat(call.arg("include_all_metadata")).isIn("1", "true");
            assertThat(Double.parseDouble(call.arg("oldest"))).isLessThanOrEqualTo(diedAt / 1000.0);
        });
    }

    @Test
    void atStartAClaimOfAProcessOfThisHostThatIsGoneIsTakenOverAtOnce() {
        String abandoned = addVerdict();
        String held = addVerdict();
        String host = Claimant.thisProcess().host();
        long now = clock.millis();
        long lease = now + OutboxSender.LEASE.toMillis();
        dao.claim(TEAM, abandoned, host + "/" + (ProcessHandle.current().pid() + 4_000_000L) + "/dead0000", now, lease);
        dao.claim(TEAM, held, "other-host/1/live0000", now, lease);
        OutboxSender sender = sender();
        assertThat(sender.releaseAbandoned()).isEqualTo(1);
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(row(abandoned).status()).isEqualTo(OutboxRow.SENT);
        assertThat(row(held).status()).isEqualTo(OutboxRow.SENDING);
        // Taken over, so searched for first: the dead process may have posted it.
        assertThat(slack.calls("conversations.history")).hasSize(1);
    }

    @Test
    void aClaimLeftByAProcessThatDiedBeforePostingIsPostedOnce() {
        String id = addVerdict();
        dao.claim(TEAM, id, "dead-process", clock.millis(), clock.millis() + OutboxSender.LEASE.toMillis());
        clock.advance(OutboxSender.LEASE.plusSeconds(1));
        assertThat(sender().sendDue()).isEqualTo(1);
        assertThat(slack.messagesIn("C1")).hasSize(1);
    }

    @Test
    void aSenderWhoseClaimWasTakenOverCannotRecordOverTheNewClaimant() {
        String id = addVerdict();
        long now = clock.millis();
        assertThat(dao.claim(TEAM, id, "first", now, now + 1)).isEqualTo(1);
        assertThat(dao.claim(TEAM, id, "second", now, now + 30_000)).isZero();
        assertThat(dao.claim(TEAM, id, "second", now + 2, now + 30_000)).isEqualTo(1);
        assertThat(dao.sent(TEAM, id, "first", "C1", "1.1", now + 3)).isZero();
        assertThat(dao.failed(TEAM, id, "first", "x", now + 3)).isZero();
        assertThat(dao.retryLater(TEAM, id, "first", now, "x", null)).isZero();
        assertThat(row(id).status()).isEqualTo(OutboxRow.SENDING);
        assertThat(row(id).uncertainSince()).contains(now);
    }

    @Test
    void anArchivedChannelFailsAtOnceAndTellsTheRequesterInPlainWordsOnce() {
        String id = addVerdict();
        slack.failNext("chat.postMessage", "is_archived");
        OutboxSender sender = sender();
        sender.sendDue();
        sender.sendDue();
        assertThat(row(id).status()).isEqualTo(OutboxRow.FAILED);
        assertThat(slack.messagesIn("C1")).isEmpty();
        assertThat(slack.messagesIn("U5")).singleElement().satisfies(dm -> assertThat(
                        dm.path("text").asText())
                .contains("<#C1> is archived")
                .contains("the verdict for Acme")
                .doesNotContain("is_archived"));
    }

    @Test
    void aPrivateChannelTheBotIsNotInIsToldWithHowToInviteIt() {
        slack.channel("C1", "secret", true, false);
        addVerdict();
        sender().sendDue();
        sender().sendDue();
        assertThat(slack.messagesIn("U5"))
                .singleElement()
                .satisfies(dm -> assertThat(dm.path("text").asText()).contains("/invite @Partnerbot"));
    }

    @Test
    void aPublicChannelTheBotIsNotInIsJoinedAndPosted() {
        slack.channel("C1", "deals", false, false);
        addVerdict();
        assertThat(sender().sendDue()).isEqualTo(1);
        assertThat(slack.messagesIn("C1")).hasSize(1);
    }

    @Test
    void whenSlackStaysDownPastTheTimeTheMessageMattersTheRequesterIsToldOnce() {
        String id = addVerdict();
        slack.failNextHttp("chat.postMessage", 500, 100, false);
        OutboxSender sender = sender();
        long giveUpAt = row(id).giveUpAt();
        while (row(id).status().equals(OutboxRow.PENDING)) {
            sender.sendDue();
            clock.set(java.time.Instant.ofEpochMilli(row(id).notBefore()));
        }
        assertThat(row(id).status()).isEqualTo(OutboxRow.FAILED);
        assertThat(clock.millis()).isLessThanOrEqualTo(giveUpAt);
        assertThat(giveUpAt - row(id).createdAt())
                .isEqualTo(Kind.VERDICT.mattersFor().toMillis());
        List<OutboxRow> notices =
                dao.all(TEAM).stream().filter(r -> r.kind().equals("notice")).toList();
        assertThat(notices).singleElement().satisfies(n -> assertThat(n.text())
                .contains("Slack was unavailable")
                .doesNotContain("http_500"));
    }

    @Test
    void aNoticeGoesThroughTheResponseUrlWhileItLastsAndByDirectMessageAfter() {
        add(Kind.VERDICT, "C1", Optional.of(slack.responseUrl("r1")));
        slack.failNext("chat.postMessage", "is_archived");
        sender().sendDue();
        sender().sendDue();
        assertThat(slack.calls("response_url")).singleElement().satisfies(call -> {
            assertThat(call.arg("response_type")).isEqualTo("ephemeral");
            assertThat(call.arg("text")).contains("is archived");
        });
        assertThat(slack.messagesIn("U5")).isEmpty();

        add(Kind.VERDICT, "C1", Optional.of(slack.responseUrl("r2")));
        clock.advance(Duration.ofMinutes(31));
        slack.failNext("chat.postMessage", "is_archived");
        sender().sendDue();
        sender().sendDue();
        assertThat(slack.calls("response_url")).hasSize(1);
        assertThat(slack.messagesIn("U5")).hasSize(1);
    }

    @Test
    void rowsOfAnotherWorkspaceCannotBeClaimedOrRead() {
        String id = addVerdict();
        assertThat(dao.claim("T2", id, "x", clock.millis(), clock.millis() + 1)).isZero();
        assertThat(dao.find("T2", id)).isEmpty();
        assertThat(dao.due("T2", clock.millis(), 10)).isEmpty();
    }

    @Test
    void aStoppedSenderClaimsNothingMoreAndLeavesItForTheNextStart() {
        String id = addVerdict();
        OutboxSender sender = sender();
        sender.stop();
        assertThat(sender.sendDue()).isZero();
        sender.wake();
        assertThat(row(id).status()).isEqualTo(OutboxRow.PENDING);
        assertThat(sender().sendDue()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ living messages

    private String addLiving(String key, String text) {
        var message = new OutboxMessage(
                        Kind.CHARTER,
                        "C1",
                        text,
                        Optional.empty(),
                        Optional.of("U5"),
                        Optional.empty(),
                        "the charter for Acme")
                .keyed(key);
        return db.jdbi().inTransaction(h -> new Outbox(clock, () -> {}).add(h, TEAM, message));
    }

    @Test
    void aLivingMessageIsPostedOnceThenEditedInPlaceWithItsRowIdInTheMetadata() {
        String first = addLiving("charter:p1", "version 1");
        assertThat(sender().sendDue()).isEqualTo(1);
        String ts = slack.messagesIn("C1").get(0).path("ts").asText();

        String second = addLiving("charter:p1", "version 2");
        assertThat(sender().sendDue()).isEqualTo(1);

        assertThat(slack.calls("chat.postMessage")).hasSize(1);
        assertThat(slack.calls("chat.update")).singleElement().satisfies(call -> {
            assertThat(call.args().path("ts").asText()).isEqualTo(ts);
            assertThat(call.args().path("channel").asText()).isEqualTo("C1");
        });
        assertThat(slack.messagesIn("C1")).singleElement().satisfies(m -> {
            assertThat(m.path("text").asText()).isEqualTo("version 2");
            assertThat(m.path("ts").asText()).isEqualTo(ts);
            assertThat(m.path("metadata")
                            .path("event_payload")
                            .path("outbox_id")
                            .asText())
                    .isEqualTo(second);
        });
        assertThat(row(first).ts()).contains(ts);
        assertThat(row(second).ts()).contains(ts);
    }

    @Test
    void aDeletedLivingMessageIsPostedAgainAndTheNewOneIsRemembered() {
        addLiving("charter:p1", "version 1");
        sender().sendDue();
        String oldTs = slack.messagesIn("C1").get(0).path("ts").asText();
        assertThat(slack.deleteMessage("C1", oldTs)).isTrue();

        addLiving("charter:p1", "version 2");
        assertThat(sender().sendDue()).isEqualTo(1);
        String newTs = slack.messagesIn("C1").get(0).path("ts").asText();
        assertThat(newTs).isNotEqualTo(oldTs);

        addLiving("charter:p1", "version 3");
        assertThat(sender().sendDue()).isEqualTo(1);
        assertThat(slack.messagesIn("C1")).singleElement().satisfies(m -> {
            assertThat(m.path("ts").asText()).isEqualTo(newTs);
            assertThat(m.path("text").asText()).isEqualTo("version 3");
        });
        assertThat(slack.calls("chat.postMessage")).hasSize(2);
    }

    @Test
    void onlyTheNewestWaitingVersionIsSentTheOlderOnesAreSuperseded() {
        String v1 = addLiving("charter:p1", "version 1");
        String v2 = addLiving("charter:p1", "version 2");
        String other = addLiving("charter:p2", "another charter");
        String v3 = addLiving("charter:p1", "version 3");

        assertThat(sender().sendDue()).isEqualTo(2);

        assertThat(row(v1).status()).isEqualTo(OutboxRow.SUPERSEDED);
        assertThat(row(v2).status()).isEqualTo(OutboxRow.SUPERSEDED);
        assertThat(row(v3).status()).isEqualTo(OutboxRow.SENT);
        assertThat(row(other).status()).isEqualTo(OutboxRow.SENT);
        assertThat(slack.calls("chat.postMessage")).hasSize(2);
        assertThat(slack.messagesIn("C1"))
                .extracting(m -> m.path("text").asText())
                .containsExactlyInAnyOrder("version 3", "another charter");
    }

    @Test
    void anArchivedChannelFailsTheUpdateAndTellsTheRequester() {
        addLiving("charter:p1", "version 1");
        sender().sendDue();
        slack.archive("C1");
        String v2 = addLiving("charter:p1", "version 2");

        sender().sendDue();

        assertThat(row(v2).status()).isEqualTo(OutboxRow.FAILED);
        assertThat(row(v2).lastError()).contains("is_archived");
        assertThat(slack.messagesIn("U5")).singleElement().satisfies(m -> assertThat(
                        m.path("text").asText())
                .contains("is archived")
                .contains("the charter for Acme"));
    }
}
