package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.slack.history.HistoryIds;
import com.partnerbot.slack.phases.PhaseIds;
import com.partnerbot.store.LaunchDao;
import com.partnerbot.store.Partnership;
import com.partnerbot.testing.Payloads;
import com.partnerbot.testing.RecordedCall;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /partner history NAME} end to end: the assessment, a phase started from its button, its gate run from
 * {@code /partner decide phase-gate} and the reminder the sweep posted, newest first; Older and Newer replace the page
 * on screen; a misspelt name gets the closest names, here and in every command that takes one.
 */
class HistoryEndToEndTest {
    private static final String TEAM = "T0STUB";

    @TempDir
    Path dir;

    private RunningApp app;
    private Partnership northwind;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.http(dir);
        QuestionnaireDriver.assessNew(
                app, "Northwind", "C1", "spend_commitment", "dedicated_engineering", "requirement", "yes");
        app.work.runAll();
        northwind = app.partnerships().findByName(TEAM, "Northwind").orElseThrow();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private JsonNode command(String text) throws Exception {
        return app.json(app.command(text).body());
    }

    private JsonNode submit(Payloads.ViewSubmission submission) throws Exception {
        String body = app.interaction(submission.json()).body();
        return body.isEmpty() ? app.json("{}") : app.json(body);
    }

    private JsonNode opened(Runnable action) {
        int before = app.slack.calls("views.open").size();
        action.run();
        List<RecordedCall> opened = app.slack.calls("views.open");
        assertThat(opened).hasSize(before + 1);
        return opened.get(before).args().get("view");
    }

    private static Payloads.ViewSubmission form(JsonNode view) {
        return Payloads.viewSubmission(
                view.path("callback_id").asText(), view.path("private_metadata").asText(), "U1");
    }

    /** Clicks a button of the private message on screen; returns the message that replaced it. */
    private JsonNode click(String actionId, String value) throws Exception {
        String responseUrl = app.slack.responseUrl("history-" + System.nanoTime());
        int before = app.slack.calls("response_url").size();
        app.interaction(Payloads.buttonAction(actionId, value, "U1", null, "C1", responseUrl));
        List<RecordedCall> answers = app.slack.calls("response_url");
        assertThat(answers).hasSize(before + 1);
        return app.json(answers.get(before).args().toString());
    }

    private static List<String> actionIds(JsonNode message) {
        List<String> ids = new ArrayList<>();
        message.path("blocks").findValues("action_id").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private void crawlThenWalk() throws Exception {
        JsonNode start = opened(() -> app.interaction(Payloads.buttonAction(
                PhaseIds.START_ACTION, northwind.id(), "U1", null, "C1", app.slack.responseUrl("start"))));
        assertThat(submit(form(start)
                                .date(PhaseIds.START_DATE_BLOCK, "2026-08-31")
                                .text(PhaseIds.CRITERIA_BLOCK, "Two design partners"))
                        .path("response_action")
                        .asText())
                .isEqualTo("clear");
        app.clock.set(Instant.parse("2026-09-29T15:00:00Z"));
        JsonNode gate = opened(() -> app.command("decide phase-gate Northwind"));
        assertThat(submit(form(gate)
                                .option(PhaseIds.nodeBlock("crawl_met"), "yes")
                                .text(PhaseIds.NEXT_CRITERIA_BLOCK, "Five customers"))
                        .path("response_action")
                        .asText())
                .isEqualTo("clear");
        app.work.runAll();
    }

    @Test
    void theRecordNewestFirstWithTheGateAndTheReminderPosted() throws Exception {
        crawlThenWalk();
        // Six months after the Tier 1 start, its follow-up is posted by the sweep.
        app.clock.set(Instant.parse("2027-02-28T09:00:00Z"));
        assertThat(app.wiring.reminders().sendDue()).isPositive();
        app.work.runAll();

        String history = command("history northwind").toString();

        assertThat(history)
                .contains("History of Northwind, newest first")
                .contains("Reminder posted: Follow-up “Evaluate for Tier 2”")
                .contains("<@U1> ran the Crawl gate: *Advance to Walk*")
                .contains("<@U1> started Walk on 2026-09-29")
                .contains("<@U1> started Crawl on 2026-08-31")
                .contains("<@U1> assessed it (#1): *Real partnership*");
        assertThat(history.indexOf("Evaluate for Tier 2")).isLessThan(history.indexOf("started Walk"));
        assertThat(history.indexOf("started Walk")).isLessThan(history.indexOf("ran the Crawl gate"));
        assertThat(history.indexOf("ran the Crawl gate")).isLessThan(history.indexOf("started Crawl"));
        assertThat(history.indexOf("started Crawl")).isLessThan(history.indexOf("assessed it (#1)"));
    }

    @Test
    void olderAndNewerReplaceThePageOnScreen() throws Exception {
        LaunchDao activity = app.wiring.database().jdbi().onDemand(LaunchDao.class);
        for (int i = 1; i <= 12; i++) {
            activity.addActivity(
                    TEAM,
                    "a" + i,
                    northwind.id(),
                    "2026-09-01",
                    "Call " + i,
                    "U2",
                    Instant.parse("2026-09-01T10:00:00Z").plusSeconds(i).toEpochMilli());
        }

        JsonNode first = command("history Northwind");
        assertThat(first.toString())
                .contains("Call 12")
                .contains("Call 3")
                .doesNotContain("Call 2")
                .contains("Entries 1–10 of 13 · page 1 of 2");
        assertThat(actionIds(first)).containsExactly(HistoryIds.NEXT_ACTION);

        JsonNode second = click(
                HistoryIds.NEXT_ACTION,
                ListAndStatusEndToEndTest.buttonValue(first.path("blocks"), HistoryIds.NEXT_ACTION));
        assertThat(second.path("replace_original").asBoolean()).isTrue();
        assertThat(second.toString())
                .contains("Call 2")
                .contains("Call 1")
                .contains("assessed it (#1)")
                .doesNotContain("Call 3")
                .contains("Entries 11–13 of 13 · page 2 of 2");
        assertThat(actionIds(second)).containsExactly(HistoryIds.PREVIOUS_ACTION);

        JsonNode back = click(
                HistoryIds.PREVIOUS_ACTION,
                ListAndStatusEndToEndTest.buttonValue(second.path("blocks"), HistoryIds.PREVIOUS_ACTION));
        assertThat(back.path("blocks")).isEqualTo(first.path("blocks"));

        // A button from a page that no longer exists shows the last one; one for no partnership changes nothing.
        assertThat(click(HistoryIds.NEXT_ACTION, northwind.id() + ":9").path("blocks"))
                .isEqualTo(second.path("blocks"));
        int answers = app.slack.calls("response_url").size();
        app.interaction(Payloads.buttonAction(
                HistoryIds.NEXT_ACTION, "gone:1", "U1", null, "C1", app.slack.responseUrl("gone")));
        assertThat(app.slack.calls("response_url")).hasSize(answers);
    }

    @Test
    void aMisspeltNameGetsTheClosestNamesInEveryCommandThatTakesOne() throws Exception {
        QuestionnaireDriver.assessNew(
                app, "Northwest Labs", "C1", "spend_commitment", "dedicated_engineering", "requirement", "yes");
        app.work.runAll();
        assertThat(app.partnerships().countByTeam(TEAM)).isEqualTo(2);

        assertThat(command("status Nortwind").toString())
                .contains("No partnership here is named “Nortwind”")
                .contains("/partner status Northwind")
                .doesNotContain("/partner status Northwest Labs");
        assertThat(command("history Northwnd").toString()).contains("/partner history Northwind");
        assertThat(command("history northwest").toString()).contains("/partner history Northwest Labs");
        assertThat(command("phase Nortwind").toString()).contains("/partner phase Northwind");
        assertThat(command("charter Nortwind").toString()).contains("/partner charter Northwind");
        assertThat(command("reminders Nortwind").toString()).contains("/partner reminders Northwind");
        assertThat(command("history Hooli").toString())
                .contains("No partnership here is named “Hooli”")
                .contains("To start one");
        assertThat(command("history").path("text").asText()).startsWith("Which partnership?");
    }
}
