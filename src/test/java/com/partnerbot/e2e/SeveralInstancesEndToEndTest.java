package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.http.Redeliveries;
import com.partnerbot.http.StoredRedeliveries;
import com.partnerbot.outbox.Claimants;
import com.partnerbot.outbox.OutboxSender;
import com.partnerbot.store.AssessmentDao;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.PartnershipDao;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.Payloads;
import com.partnerbot.testing.RecordedCall;
import com.partnerbot.testing.SignedRequests;
import com.partnerbot.testing.SlackStub;
import com.partnerbot.testing.TestReminders;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three instances of the bot on one PostgreSQL database, behind one load balancer, talking to one Slack: any instance
 * takes any step of a modal, Slack's retry reaches another instance than the first delivery, every instance sweeps
 * reminders and sends the outbox at the same time, and an instance is stopped and another started while work is
 * under way. Each instance has its own server, background work and clock (kept at the same instant).
 */
class SeveralInstancesEndToEndTest {
    private static final String TEAM = SlackStub.TEAM_ID;

    @TempDir
    Path dir;

    private final SlackStub slack = new SlackStub();
    private final List<RunningApp> instances = new ArrayList<>();
    private String databaseUrl;

    @BeforeEach
    void start() throws Exception {
        databaseUrl = TestDatabases.url(TestDatabases.Kind.POSTGRESQL, dir);
        for (int i = 0; i < 3; i++) {
            instances.add(RunningApp.instance(slack, databaseUrl));
        }
    }

    @AfterEach
    void stop() {
        instances.forEach(RunningApp::close);
        slack.close();
    }

    private RunningApp instance(int i) {
        return instances.get(i);
    }

    /** Stops instance {@code i} and starts a new process in its place. */
    private void replace(int i) throws Exception {
        instances.get(i).close();
        instances.set(i, RunningApp.instance(slack, databaseUrl));
    }

    /**
     * Every instance does {@code first}, then runs its periodic and queued work, all at the same time, each on its
     * own thread.
     */
    private void everyInstanceWorks(Consumer<RunningApp> first) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(instances.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (RunningApp app : instances) {
                running.add(threads.submit(() -> {
                    first.accept(app);
                    app.work.tick();
                    return app.work.runAll();
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private void everyInstanceWorks() throws Exception {
        everyInstanceWorks(app -> {});
    }

    private void allClocksAt(Instant instant) {
        instances.forEach(app -> app.clock.set(instant));
    }

    @Test
    void aQuestionnaireAnsweredAcrossInstancesIsOnePartnershipWithOneVerdictPost() throws Exception {
        var q = QuestionnaireDriver.open(instance(0), "new Acme Cloud");
        q.via(instance(1)).basics("Acme Cloud", "C42", "U7");
        assertThat(q.view().toString()).contains("Step 2 of 5");
        q.via(instance(2)).qualification("spend_commitment", "dedicated_engineering", "They lose certification");
        // The instance that opened the modal goes away; its replacement takes a step it never saw the start of.
        replace(0);
        q.via(instance(0)).value("Certified-stack revenue", "Keeps certification", "One supported stack");
        q.via(instance(1)).leverageAndTier("requirement", Map.of("self_serve", "yes"));
        q.via(instance(2)).exit("End if fewer than 5 joint deals after Crawl");
        assertThat(q.lastBody().path("response_action").asText()).isEqualTo("clear");

        everyInstanceWorks();
        everyInstanceWorks();

        PartnershipDao partnerships = instance(1).partnerships();
        Partnership p = partnerships.findByName(TEAM, "acme cloud").orElseThrow();
        assertThat(partnerships.countByTeam(TEAM)).isEqualTo(1);
        var assessment = instance(2)
                .wiring
                .database()
                .jdbi()
                .onDemand(AssessmentDao.class)
                .latest(TEAM, p.id())
                .orElseThrow();
        assertThat(assessment.verdict()).isEqualTo("real");
        assertThat(assessment.answersJson())
                .contains("Acme Cloud", "They lose certification", "Keeps certification", "fewer than 5 joint deals");
        List<RecordedCall> verdicts = slack.calls("chat.postMessage").stream()
                .filter(c -> c.args().path("channel").asText().equals("C42"))
                .toList();
        assertThat(verdicts).hasSize(1);
        assertThat(verdicts.get(0).args().toString()).contains("Acme Cloud");
    }

    @Test
    void aHomeTabOpenedOnOneInstanceIsRefreshedAfterAChangeMadeOnAnother() throws Exception {
        Instant start = RunningApp.CLOCK.instant();
        assertThat(instance(0)
                        .signed
                        .postEvent(instance(0).events, Payloads.appHomeOpened("U1"))
                        .statusCode())
                .isEqualTo(200);
        instance(0).work.runAll();
        int published = slack.calls("views.publish").size();
        assertThat(published).isEqualTo(1);
        assertThat(lastHome()).doesNotContain("Acme Cloud");

        QuestionnaireDriver.assessNew(
                instance(1), "Acme Cloud", "C42", "spend_commitment", "dedicated_engineering", "requirement", "yes");
        // Instance 1 tells the others on its background work; instance 0 hears of the change at a later look, and
        // refreshes the Home it published once things have been quiet for two seconds.
        for (int seconds : new int[] {1, 4, 7}) {
            allClocksAt(start.plusSeconds(seconds));
            everyInstanceWorks();
        }

        assertThat(lastHome()).contains("Acme Cloud");
        assertThat(slack.calls("views.publish").stream()
                        .filter(c -> c.args().path("user_id").asText().equals("U1"))
                        .count())
                .isEqualTo(2);
    }

    private String lastHome() {
        List<RecordedCall> all = slack.calls("views.publish");
        return all.get(all.size() - 1).args().path("view").toString();
    }

    @Test
    void slacksRetryOfACommandReachingAnotherInstanceIsAcknowledgedWithoutDoingItAgain() {
        String body = SignedRequests.formBody(SignedRequests.commandForm(
                "/partner", "new Acme", "U1", "C1", slack.responseUrl("retry"), "9001.42.retried"));
        Instant now = Clock.systemUTC().instant();

        var first = instance(0).signed.postSigned(instance(0).events, SignedRequests.FORM, body, now);
        // Instance 0 marks the request done on its background work, after answering; Slack retries seconds later.
        instance(0).work.runAll();
        var retry = slacksRetry(instance(1), body, now);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(slack.calls("views.open")).hasSize(1);
        assertThat(drafts()).isEqualTo(1);

        // Without the retry header the same body is a person running the command again: it is done.
        instance(2).signed.postSigned(instance(2).events, SignedRequests.FORM, body, now);
        assertThat(slack.calls("views.open")).hasSize(2);
    }

    @Test
    void slacksRetryOfARequestAnotherInstanceIsStillHandlingIsLeftForSlackToSendAgain() {
        String body = SignedRequests.formBody(SignedRequests.commandForm(
                "/partner", "new Acme", "U1", "C1", slack.responseUrl("slow"), "9002.42.slow"));
        Instant now = Clock.systemUTC().instant();
        // Instance 0 took the request and has not answered it yet (slow, or stopped half way).
        String key = Redeliveries.key(new SlackRequestParser(AppConfig.builder()
                        .signingSecret(RunningApp.SIGNING_SECRET)
                        .build())
                .parse(SlackRequestParser.HttpRequest.builder()
                        .requestUri("/slack/events")
                        .queryString(Map.of())
                        .headers(new RequestHeaders(Map.of("Content-Type", List.of(SignedRequests.FORM))))
                        .requestBody(body)
                        .remoteAddress("127.0.0.1")
                        .build()));
        new StoredRedeliveries(instance(0).wiring.database().jdbi(), Clock.systemUTC()).claim(TEAM, key);

        var retry = slacksRetry(instance(1), body, now);

        assertThat(retry.statusCode()).isEqualTo(503);
        assertThat(slack.calls("views.open")).isEmpty();
        assertThat(drafts()).isZero();
    }

    /** {@code body} sent again by Slack, as its first retry after a timeout, to {@code instance}. */
    private static HttpResponse<String> slacksRetry(RunningApp instance, String body, Instant timestamp) {
        return instance.signed.postSigned(
                instance.events,
                SignedRequests.FORM,
                body,
                timestamp,
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
    }

    private int drafts() {
        return instance(0).wiring.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM questionnaire_draft WHERE team_id = :t")
                .bind("t", TEAM)
                .mapTo(Integer.class)
                .one());
    }

    @Test
    void aThousandRemindersDueAtOnceArePostedOnceWhileEveryInstanceSweepsAndSends() throws Exception {
        Instant due = RunningApp.CLOCK.instant().plus(Duration.ofMinutes(5));
        List<String> reminderIds = schedule(100, 10, due);
        allClocksAt(due);

        // Every instance sweeps at the same moment (db-scheduler would let only one; this is the worse case), then
        // sends what is due; one instance is replaced half way.
        everyInstanceWorks(app -> app.wiring.reminders().sendDue());
        replace(1);
        everyInstanceWorks(app -> app.wiring.reminders().sendDue());
        everyInstanceWorks();

        List<String> posted = slack.landed().stream()
                .map(l -> l.message()
                        .path("metadata")
                        .path("event_payload")
                        .path("outbox_id")
                        .asText())
                .toList();
        assertThat(posted).hasSize(reminderIds.size()).doesNotHaveDuplicates();
        Map<String, Long> byStatus = instance(0)
                .wiring
                .database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT status FROM reminder WHERE team_id = :t")
                        .bind("t", TEAM)
                        .mapTo(String.class)
                        .list())
                .stream()
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertThat(byStatus).containsExactly(Map.entry("sent", 1000L));
        List<String> outboxIds = instance(2).wiring.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT id FROM outbox WHERE team_id = :t AND status = 'sent'")
                .bind("t", TEAM)
                .mapTo(String.class)
                .list());
        assertThat(outboxIds).containsExactlyInAnyOrderElementsOf(posted);
    }

    @Test
    void anotherInstancesClaimIsLeftToItsLeaseEvenWithThisProcesssHostAndId() throws Exception {
        Instant due = RunningApp.CLOCK.instant();
        schedule(1, 1, due);
        instance(0).wiring.reminders().sendDue();
        String row = instance(0).wiring.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT id FROM outbox WHERE team_id = :t")
                .bind("t", TEAM)
                .mapTo(String.class)
                .one());
        // A live instance in another container that shares this one's host name and process id claims the row.
        String sameHostAndPid = Claimants.sameHostAndProcessId("other123");
        long now = due.toEpochMilli();
        instance(0).wiring.database().jdbi().useHandle(h -> h.createUpdate(
                        "UPDATE outbox SET status = 'sending', claimed_by = :c, claimed_at = :now, lease_until = :until"
                                + " WHERE team_id = :t AND id = :id")
                .bind("c", sameHostAndPid)
                .bind("now", now)
                .bind("until", now + OutboxSender.LEASE.toMillis())
                .bind("t", TEAM)
                .bind("id", row)
                .execute());

        replace(2);
        everyInstanceWorks();
        assertThat(slack.landed()).isEmpty();

        allClocksAt(due.plus(OutboxSender.LEASE).plusMillis(1));
        everyInstanceWorks();
        assertThat(slack.landed()).hasSize(1);
        assertThat(slack.calls("conversations.history")).isNotEmpty();
    }

    private List<String> schedule(int channels, int each, Instant due) {
        return TestReminders.dueTogether(
                instance(0).wiring.database().jdbi(), TEAM, channels, each, due, RunningApp.CLOCK.millis());
    }
}
