package com.partnerbot.slack.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.portfolio.HomeState;
import com.partnerbot.portfolio.Portfolio;
import com.partnerbot.portfolio.PortfolioFilter;
import com.partnerbot.store.Database;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.ManualWork;
import com.partnerbot.testing.PortfolioData;
import com.partnerbot.testing.RecordedCall;
import com.partnerbot.testing.SlackStub;
import com.partnerbot.testing.TestClock;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Home is published on its own work, latest wins per person, and a refresh publishes only the views that changed, for
 * those of the workspace who opened Home in the last hour. A real SQLite file; Slack's Web API is the stub.
 */
class HomePublisherTest {
    @TempDir
    Path dir;

    private Database db;
    private SlackStub slack;
    private final TestClock clock = new TestClock(PortfolioData.NOW);
    private final ManualWork home = new ManualWork();
    private Portfolio portfolio;
    private HomePublisher publisher;
    private PortfolioData data;

    @BeforeEach
    void start() {
        db = TestDatabases.open(dir);
        slack = new SlackStub();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        var client = Slack.getInstance(config).methods(SlackStub.BOT_TOKEN);
        portfolio = new Portfolio(db.jdbi(), PlaybookLoader.loadDefault(), clock);
        publisher = new HomePublisher(portfolio, PlaybookLoader.loadDefault(), team -> client, home, clock);
        data = new PortfolioData(db.jdbi(), "T1");
    }

    @AfterEach
    void stop() {
        slack.close();
        db.close();
    }

    private List<RecordedCall> published() {
        return slack.calls("views.publish");
    }

    private static String view(RecordedCall call) {
        return call.args().get("view").toString();
    }

    /** A workspace changed: the overview is forgotten, then Home refreshed, as the refresher does. */
    private void changedAndRefreshed(String teamId) {
        portfolio.changed(teamId);
        publisher.refresh(teamId);
        home.runAll();
    }

    @Test
    void homeIsPublishedOnItsOwnWorkAfterTheOpen() {
        data.partnership("Acme", "U7");
        publisher.opened("T1", "U7");
        assertThat(published()).isEmpty();
        assertThat(home.runAll()).isEqualTo(1);
        RecordedCall call = published().get(0);
        assertThat(call.arg("user_id")).isEqualTo("U7");
        JsonNode view = call.args().get("view");
        assertThat(view.path("type").asText()).isEqualTo("home");
        assertThat(view.toString()).contains("Acme").contains("Your partnerships");
    }

    @Test
    void aPersonsLatestAskWinsOverTheirEarlierOnesStillQueued() {
        data.partnership("Acme", "U7");
        data.assessed("Acme", "real", "tier_1", 1);
        publisher.opened("T1", "U7");
        publisher.show("T1", "U7", new HomeState(PortfolioFilter.tier("tier_2"), 0));
        publisher.show("T1", "U7", new HomeState(PortfolioFilter.tier("tier_1"), 0));
        publisher.opened("T1", "U8");
        home.runAll();
        assertThat(published()).extracting(c -> c.arg("user_id")).containsExactly("U7", "U8");
        assertThat(view(published().get(0))).contains("tier:tier_1").contains("Partnerships* 1–1 of 1");
        // The choice is kept: opening Home again shows the same filter.
        publisher.opened("T1", "U7");
        home.runAll();
        assertThat(view(published().get(2)))
                .contains("\"initial_option\":{\"text\":{\"type\":\"plain_text\","
                        + "\"text\":\"Tier: Tier 1: Integration Partner (self-serve)\"");
    }

    @Test
    void aRefreshPublishesOnlyTheViewsThatChangedOfThatWorkspace() {
        data.partnership("Acme", "U7");
        data.in("T2").partnership("Elsewhere", "U9");
        publisher.opened("T1", "U7");
        publisher.opened("T1", "U8");
        publisher.opened("T2", "U9");
        home.runAll();
        assertThat(published()).hasSize(3);

        changedAndRefreshed("T1");
        assertThat(published()).as("nothing changed").hasSize(3);

        data.assessed("Acme", "handshake", null, 0);
        changedAndRefreshed("T1");
        assertThat(published()).extracting(c -> c.arg("user_id")).containsExactly("U7", "U8", "U9", "U7", "U8");
        assertThat(view(published().get(3))).contains("handshake: nothing committed");
        changedAndRefreshed("T1");
        assertThat(published()).hasSize(5);
    }

    @Test
    void onlyThoseWhoOpenedHomeInTheLastHourAreRefreshed() {
        data.partnership("Acme", "U7");
        publisher.opened("T1", "U7");
        home.runAll();
        clock.advance(Duration.ofMinutes(59));
        publisher.opened("T1", "U8");
        home.runAll();
        clock.advance(Duration.ofMinutes(2));
        data.assessed("Acme", "handshake", null, 0);
        changedAndRefreshed("T1");
        assertThat(published()).extracting(c -> c.arg("user_id")).containsExactly("U7", "U8", "U8");
    }

    @Test
    void aPublishSlackRefusedIsMadeAgainAtTheNextRefresh() {
        data.partnership("Acme", "U7");
        slack.failNext("views.publish", "internal_error");
        publisher.opened("T1", "U7");
        home.runAll();
        assertThat(published()).hasSize(1);
        changedAndRefreshed("T1");
        assertThat(published()).hasSize(2);
        changedAndRefreshed("T1");
        assertThat(published()).hasSize(2);
    }

    @Test
    void anOpenAlwaysPublishesEvenWhenNothingChanged() {
        publisher.opened("T1", "U7");
        home.runAll();
        publisher.opened("T1", "U7");
        home.runAll();
        assertThat(published()).hasSize(2);
        assertThat(view(published().get(0))).contains("No partnerships yet");
    }
}
