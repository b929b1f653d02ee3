package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.store.OutboxDao;
import com.partnerbot.store.OutboxRow;
import com.partnerbot.testing.Payloads;
import com.partnerbot.testing.SlackStub;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of post through Slack storms, in the running app: a verdict, a decision and the notice that tells a
 * person a post could not be made each land exactly once while Slack answers 500 (some after posting), 503 and
 * 429, and the app's clock moves on.
 */
class DeliveryEndToEndTest {
    @TempDir
    Path dir;

    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.http(dir);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private void decideIn(String channel) {
        String submission = Payloads.buildOrPartnerDecision(channel).json();
        assertThat(app.interaction(submission).statusCode()).isEqualTo(200);
    }

    /** Lets time pass a minute at a time, running what the outbox's poll would, until nothing is owed. */
    private int passTimeUntilDelivered() {
        OutboxDao outbox = app.wiring.database().jdbi().onDemand(OutboxDao.class);
        int minutes = 0;
        app.work.runAll();
        while (outbox.all(SlackStub.TEAM_ID).stream()
                .anyMatch(
                        r -> r.status().equals(OutboxRow.PENDING) || r.status().equals(OutboxRow.SENDING))) {
            assertThat(++minutes).as("minutes passed").isLessThan(20);
            app.clock.advance(Duration.ofMinutes(1));
            app.work.tick();
        }
        return minutes;
    }

    @Test
    void aVerdictAndADecisionLandOnceEachThroughAStormOf500s503sAnd429s() throws Exception {
        app.slack.failNextHttp("chat.postMessage", 500, 2, true);
        app.slack.failNextHttp("chat.postMessage", 503, 2, false);
        app.slack.rateLimitNext("chat.postMessage", 5).rateLimitNext("chat.postMessage", 5);
        QuestionnaireDriver.assessNew(app, "Acme", "C1", "spend_commitment", "spend_commitment", "economic", "yes");
        decideIn("C2");
        passTimeUntilDelivered();
        assertThat(app.slack.messagesIn("C1")).hasSize(1);
        assertThat(app.slack.messagesIn("C2")).hasSize(1);
        assertThat(app.slack.messagesIn("U1")).isEmpty();
        assertThat(app.slack.calls("conversations.history")).isNotEmpty();
    }

    @Test
    void theNoticeForAPostThatCannotBeMadeLandsOnceThroughAStormToo() throws Exception {
        app.slack.channel("C9", "secret-deals", true, false);
        decideIn("C9");
        app.slack.failNextHttp("chat.postMessage", 503, 1, false);
        app.slack.failNextHttp("chat.postMessage", 500, 1, true);
        passTimeUntilDelivered();
        assertThat(app.slack.messagesIn("C9")).isEmpty();
        assertThat(app.slack.messagesIn("U1")).singleElement().satisfies(dm -> assertThat(
                        dm.path("text").asText())
                .contains("/invite @Partnerbot")
                .contains("decision"));
    }

    @Test
    void slackDownForLongerThanAVerdictMattersIsToldOnceAndNotRetriedForever() throws Exception {
        app.slack.failNextHttp("chat.postMessage", 503, 40, false);
        QuestionnaireDriver.assessNew(app, "Acme", "C1", "spend_commitment", "spend_commitment", "economic", "yes");
        int minutes = passTimeUntilDelivered();
        // Given up when the next try would fall past the quarter of an hour a verdict matters.
        assertThat(minutes).isBetween(8, 15);
        assertThat(app.slack.messagesIn("C1")).isEmpty();
        // Still within the command's response URL's half hour: told privately where it was asked.
        assertThat(app.slack.calls("response_url")).singleElement().satisfies(notice -> assertThat(notice.arg("text"))
                .contains("Slack was unavailable")
                .contains("Acme"));
    }
}
