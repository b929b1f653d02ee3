package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.slack.portfolio.PortfolioIds;
import com.partnerbot.testing.Payloads;
import com.partnerbot.testing.PortfolioData;
import com.partnerbot.testing.RecordedCall;
import com.partnerbot.testing.TextObjects;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /partner list} with filters and orders, and the Home tab as the program's dashboard, over signed HTTP with
 * the real application, a real SQLite file and the Slack stub.
 */
class PortfolioEndToEndTest {
    private static final String TEAM = "T0STUB";

    @TempDir
    Path dir;

    private RunningApp app;
    private PortfolioData data;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.http(dir);
        data = new PortfolioData(app.wiring.database().jdbi(), TEAM);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private JsonNode list(String text) throws Exception {
        JsonNode body = app.json(app.command("list " + text).body());
        assertThat(body.path("response_type").asText()).isEqualTo("ephemeral");
        return body;
    }

    private List<RecordedCall> published() {
        return app.slack.calls("views.publish");
    }

    private JsonNode lastHome() {
        List<RecordedCall> all = published();
        return all.get(all.size() - 1).args().get("view");
    }

    private void openHome(String userId) {
        assertThat(app.signed
                        .postEvent(app.events, Payloads.appHomeOpened(userId))
                        .statusCode())
                .isEqualTo(200);
        app.work.runAll();
    }

    @Test
    void aListIsFilteredAndSortedAsAsked() throws Exception {
        data.partnership("Acme", "U1");
        data.partnership("Beta", "U2");
        data.partnership("Cyan", "U1");
        data.assessed("Acme", "real", "tier_1", 30).assessed("Beta", "handshake", null, 2);
        data.assessed("Cyan", "real", "tier_1", 5);
        data.phase("Beta", 1, "crawl");

        String tier = list("tier 1 sort:assessed").path("blocks").toString();
        assertThat(tier).contains("\"Cyan\"").contains("\"Acme\"").doesNotContain("\"Beta\"");
        assertThat(tier.indexOf("\"Cyan\"")).isLessThan(tier.indexOf("\"Acme\""));
        assertThat(tier).contains("Tier: Tier 1: Integration Partner (self-serve)* 1–2 of 2, last assessed first");

        assertThat(list("mine").path("blocks").toString()).contains("\"Acme\"").doesNotContain("\"Beta\"");
        String attention = list("attention").path("blocks").toString();
        assertThat(attention)
                .contains("\"Beta\"")
                .contains("handshake: nothing committed")
                .doesNotContain("\"Acme\"");
        assertThat(list("phase Crawl").path("blocks").toString())
                .contains("\"Beta\"")
                .doesNotContain("\"Cyan\"");
    }

    @Test
    void anUnknownFilterGetsAPrivateAnswerListingTheValidOnes() throws Exception {
        data.partnership("Acme", "U1");
        JsonNode body = list("evrything");
        assertThat(body.path("text").asText()).contains("Not a filter: evrything");
        assertThat(body.path("blocks").toString())
                .contains("`mine`")
                .contains("`attention`")
                .contains("`tier NAME`")
                .contains("`phase NAME`")
                .contains("sort:assessed")
                .doesNotContain("\"Acme\"");
        assertThat(list("tier 7").path("text").asText()).contains("No tier named 7");
        assertThat(list("sort:size").path("text").asText()).contains("Not an order: size");
        TextObjects.assertShownAsTyped(list("*every* <!here>").path("blocks"), "*every* <!here>");
    }

    @Test
    void nextKeepsTheFilterAndTheOrder() throws Exception {
        IntStream.rangeClosed(1, 12).forEach(i -> {
            data.partnership(String.format("Mine %02d", i), "U1");
            data.assessed(String.format("Mine %02d", i), "real", "tier_2", i);
        });
        data.partnership("Not mine", "U2");
        JsonNode first = list("mine sort:assessed");
        String firstBlocks = first.path("blocks").toString();
        assertThat(firstBlocks).contains("Mine 01").contains("Mine 10").doesNotContain("Mine 11");
        String responseUrl = app.slack.responseUrl("list-mine");
        app.interaction(Payloads.buttonAction(
                PortfolioIds.LIST_NEXT_ACTION,
                ListAndStatusEndToEndTest.buttonValue(first.path("blocks"), PortfolioIds.LIST_NEXT_ACTION),
                "U1",
                null,
                "C1",
                responseUrl));
        app.work.runAll();
        String second =
                app.slack.calls("response_url").get(0).args().get("blocks").toString();
        assertThat(second)
                .contains("Mine (as owner)* 11–12 of 12, last assessed first")
                .contains("Mine 11")
                .contains("Mine 12")
                .doesNotContain("Not mine")
                .contains(PortfolioIds.LIST_PREVIOUS_ACTION);
        assertThat(second.indexOf("Mine 11")).isLessThan(second.indexOf("Mine 12"));
    }

    @Test
    void homeOpensWithTheDashboardAndAFilterChosenInItsMenu() throws Exception {
        data.partnership("Acme", "U1");
        data.partnership("Beta", "U2");
        data.assessed("Acme", "real", "tier_1", 3).assessed("Beta", "handshake", null, 1);
        data.charter("Acme", 1, "us");
        data.scheduled("Acme", "follow_up", 2);
        data.phase("Acme", 1, "walk");
        IntStream.rangeClosed(1, 30).forEach(i -> data.partnership("Partner " + i, "U3"));

        openHome("U1");
        JsonNode home = lastHome();
        assertThat(home.path("type").asText()).isEqualTo("home");
        assertThat(home.path("blocks").size()).isLessThanOrEqualTo(100);
        assertThat(home.toString())
                .contains("*Partnerships*\\n32")
                .contains("*Needs attention*\\n2")
                .contains("Real partnership: 1")
                .contains("Walk: 1")
                .contains("charter waiting for a signature")
                .contains("*Next 7 days* (1 reminders)")
                .contains("*Your partnerships* (1)")
                .contains("Partnerships* 1–10 of 32");
        TextObjects.assertShownAsTyped(home, "Beta");

        app.interaction(Payloads.onHome(
                "static_select", PortfolioIds.HOME_FILTER_ACTION, PortfolioIds.HOME_FILTER_BLOCK, "attention", "U1"));
        assertThat(published()).hasSize(1);
        app.work.runAll();
        assertThat(published()).hasSize(2);
        String filtered = lastHome().toString();
        assertThat(filtered).contains("Partnerships* 1–2 of 2").doesNotContain("Partner 1\"");

        // The choice is kept: the next open shows the same list.
        openHome("U1");
        assertThat(lastHome().toString()).contains("Partnerships* 1–2 of 2");
        // Another person's Home is their own.
        openHome("U2");
        assertThat(lastHome().toString()).contains("Partnerships* 1–10 of 32");
    }

    @Test
    void homesPagesKeepItsFilter() throws Exception {
        IntStream.rangeClosed(1, 25).forEach(i -> data.partnership(String.format("Partner %02d", i), "U1"));
        app.interaction(Payloads.onHome(
                "button", PortfolioIds.HOME_NEXT_ACTION, PortfolioIds.HOME_PAGER_BLOCK, "mine|name|2", "U1"));
        app.work.runAll();
        String page = lastHome().toString();
        assertThat(page)
                .contains("Partnerships* 21–25 of 25")
                .contains("Page 3 of 3")
                .contains("\"mine\"");
        assertThat(page).contains("\"value\":\"mine|name|1\"");
    }

    @Test
    void homeIsRefreshedAfterAnAssessmentInItsWorkspaceShowingOnlyItsOwn() throws Exception {
        data.in("T0OTHER").partnership("Elsewhere", "U1");
        openHome("U1");
        openHome("U2");
        assertThat(published()).extracting(c -> c.arg("user_id")).containsExactly("U1", "U2");

        QuestionnaireDriver.assessNew(app, "Acme", "C1", "nothing", "nothing", "economic", "yes");
        app.work.runAll();
        assertThat(published()).as("not before the workspace is quiet").hasSize(2);
        app.clock.advance(Duration.ofSeconds(3));
        app.work.tick();
        assertThat(published()).extracting(c -> c.arg("user_id")).containsExactlyInAnyOrder("U1", "U2", "U1", "U2");
        String refreshed = lastHome().toString();
        assertThat(refreshed)
                .contains("Acme")
                .contains("handshake: nothing committed")
                .doesNotContain("Elsewhere");

        // Paging a list changes nothing: no refresh follows.
        data.partnership("Quiet", "U1");
        JsonNode listed = list("");
        app.interaction(Payloads.buttonAction(
                PortfolioIds.LIST_NEXT_ACTION, "all|name|0", "U1", null, "C1", app.slack.responseUrl("quiet")));
        app.work.runAll();
        app.clock.advance(Duration.ofSeconds(3));
        app.work.tick();
        assertThat(listed.path("blocks").toString()).contains("Quiet").doesNotContain("Elsewhere");
        assertThat(published()).hasSize(4);
    }

    @Test
    void twoOpensQueuedTogetherPublishOnce() throws Exception {
        app.signed.postEvent(app.events, Payloads.appHomeOpened("U1"));
        app.signed.postEvent(app.events, Payloads.appHomeOpenedIn("U1", TEAM).replace("Ev0HOME", "Ev1HOME"));
        app.signed.postEvent(app.events, Payloads.appHomeOpened("U2"));
        app.work.runAll();
        assertThat(published()).extracting(c -> c.arg("user_id")).containsExactly("U1", "U2");
    }
}
