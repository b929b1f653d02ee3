package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.slack.phases.PhaseIds;
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
 * Crawl, walk, run end to end: {@code /partner phase}, Start Crawl, the gate review posted at its time with Run the
 * gate, the gate's outcome posted to the channel and the next phase started, gates from {@code /partner decide
 * phase-gate}, stale buttons and forms, the overdue notice, status and help.
 */
class PhaseEndToEndTest {
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
        northwind = app.partnerships().findByName("T0STUB", "Northwind").orElseThrow();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private JsonNode command(String text) throws Exception {
        return app.json(app.command(text).body());
    }

    /** Clicks a button on a message in C1; returns the response URL its private answers go to. */
    private String click(String actionId, String value) {
        String responseUrl = app.slack.responseUrl("click-" + actionId + "-" + System.nanoTime());
        app.interaction(Payloads.buttonAction(actionId, value, "U1", null, "C1", responseUrl));
        return responseUrl;
    }

    private JsonNode lastOpened(int before) {
        List<RecordedCall> opened = app.slack.calls("views.open");
        assertThat(opened).hasSize(before + 1);
        return opened.get(before).args().get("view");
    }

    private JsonNode submit(Payloads.ViewSubmission submission) throws Exception {
        String body = app.interaction(submission.json()).body();
        return body.isEmpty() ? app.json("{}") : app.json(body);
    }

    private static Payloads.ViewSubmission form(JsonNode view) {
        return Payloads.viewSubmission(
                view.path("callback_id").asText(), view.path("private_metadata").asText(), "U1");
    }

    private static List<String> blockIds(JsonNode view) {
        List<String> ids = new ArrayList<>();
        view.path("blocks").forEach(b -> ids.add(b.path("block_id").asText()));
        return ids;
    }

    private static String buttonValue(JsonNode message, String actionId) {
        for (JsonNode block : message.path("blocks")) {
            for (JsonNode element : block.path("elements")) {
                if (actionId.equals(element.path("action_id").asText())) {
                    return element.path("value").asText();
                }
            }
        }
        throw new AssertionError("no button " + actionId + " in " + message);
    }

    private List<String> channelTexts() {
        return app.slack.messagesIn("C1").stream()
                .map(m -> m.path("text").asText())
                .toList();
    }

    private JsonNode channelMessage(String startsWith) {
        return app.slack.messagesIn("C1").stream()
                .filter(m -> m.path("text").asText().startsWith(startsWith))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no message " + startsWith + " in " + channelTexts()));
    }

    private String lastPrivateAnswer() {
        List<RecordedCall> answers = app.slack.calls("response_url");
        return answers.get(answers.size() - 1).args().toString();
    }

    /** The reminder sweep at the clock's time, then the posts it queued. */
    private int sweepAt(String instant) {
        app.clock.set(Instant.parse(instant));
        int queued = app.wiring.reminders().sendDue();
        app.work.runAll();
        return queued;
    }

    private void startCrawl(String date, String criteria) throws Exception {
        int before = app.slack.calls("views.open").size();
        click(PhaseIds.START_ACTION, northwind.id());
        JsonNode view = lastOpened(before);
        assertThat(submit(form(view).date(PhaseIds.START_DATE_BLOCK, date).text(PhaseIds.CRITERIA_BLOCK, criteria))
                        .path("response_action")
                        .asText())
                .isEqualTo("clear");
        app.work.runAll();
    }

    /** Opens the running phase's gate with {@code /partner decide phase-gate Northwind}. */
    private JsonNode decideGate() {
        int before = app.slack.calls("views.open").size();
        app.command("decide phase-gate Northwind");
        return lastOpened(before);
    }

    private JsonNode answer(JsonNode gateView, String node, String answer, String criteria) throws Exception {
        var s = form(gateView).option(PhaseIds.nodeBlock(node), answer);
        if (criteria != null) {
            s.text(PhaseIds.NEXT_CRITERIA_BLOCK, criteria);
        }
        JsonNode body = submit(s);
        app.work.runAll();
        return body;
    }

    @Test
    void crawlStartsFromTheButton_itsGateReviewComesAtItsTime_theGateAdvancesToWalk() throws Exception {
        // No phase yet: the state and one button, Start Crawl.
        JsonNode none = command("phase northwind");
        assertThat(none.toString())
                .contains("Northwind: no phase has started yet")
                .contains("\"action_id\":\"phase_start\"")
                .doesNotContain("phase_gate_run");

        // The start form: today to begin with; a date more than a year away, or before the partnership, is refused.
        int before = app.slack.calls("views.open").size();
        click(PhaseIds.START_ACTION, northwind.id());
        JsonNode startView = lastOpened(before);
        assertThat(startView.path("callback_id").asText()).isEqualTo(PhaseIds.START_VIEW);
        assertThat(startView.toString()).contains("\"initial_date\":\"2026-08-31\"");
        JsonNode tooFar = submit(form(startView)
                .date(PhaseIds.START_DATE_BLOCK, "2027-09-01")
                .text(PhaseIds.CRITERIA_BLOCK, "Two design partners"));
        assertThat(tooFar.path("errors").path(PhaseIds.START_DATE_BLOCK).asText())
                .startsWith("More than a year from today");
        JsonNode tooEarly = submit(form(startView).date(PhaseIds.START_DATE_BLOCK, "2026-08-30"));
        assertThat(tooEarly.path("errors").path(PhaseIds.START_DATE_BLOCK).asText())
                .startsWith("Before the partnership existed");
        assertThat(tooEarly.path("errors").path(PhaseIds.CRITERIA_BLOCK).asText())
                .startsWith("Write the success criteria");
        JsonNode noDate = submit(form(startView).text(PhaseIds.CRITERIA_BLOCK, "Two design partners"));
        assertThat(noDate.path("errors").path(PhaseIds.START_DATE_BLOCK).asText())
                .isEqualTo("Pick the day the phase starts.");
        assertThat(app.slack.messagesIn("C1").stream()
                        .filter(m -> m.path("text").asText().contains("Crawl")))
                .isEmpty();

        startCrawl("2026-08-31", "Two design partners use it weekly");
        assertThat(channelMessage("Northwind: Crawl starts on 2026-08-31").toString())
                .contains("Gate review due 2026-09-28; overdue after 2026-10-26.")
                .contains("Two design partners use it weekly")
                .contains("Started by <@U1>");

        // /partner phase: the phase, its window, activities, go/no-go, criteria, and Run the gate.
        JsonNode crawl = command("phase Northwind");
        assertThat(crawl.toString())
                .contains("Northwind is in Crawl, since 2026-08-31.")
                .contains("*Window:* 4-8 weeks (2026-08-31 to 2026-10-26)")
                .contains("*Gate review due:* 2026-09-28")
                .contains("Run it with 1-3 design-partner customers")
                .contains("*After Crawl* (go/no-go)")
                .contains("At least one shared customer used it and would miss it")
                .contains("Two design partners use it weekly")
                .contains("\"action_id\":\"phase_gate_run\"")
                .doesNotContain("\"action_id\":\"phase_start\"");
        assertThat(command("status Northwind").toString())
                .contains("*Phase:* Crawl since 2026-08-31 (4-8 weeks; gate review due 2026-09-28)");

        // The gate review: not a second before 09:00 UTC on its day, then once.
        assertThat(sweepAt("2026-09-28T08:59:59Z")).isZero();
        assertThat(sweepAt("2026-09-28T09:00:00Z")).isEqualTo(1);
        JsonNode review = channelMessage("Northwind: Crawl gate review due");
        assertThat(review.toString()).contains("Crawl has reached its minimum length (4 weeks)");
        String runGate = buttonValue(review, PhaseIds.RUN_GATE_ACTION);
        assertThat(runGate).startsWith(northwind.id() + ":");

        // Run the gate opens the Crawl gate: Crawl's question only.
        before = app.slack.calls("views.open").size();
        click(PhaseIds.RUN_GATE_ACTION, runGate);
        JsonNode gate = lastOpened(before);
        assertThat(gate.path("callback_id").asText()).isEqualTo(PhaseIds.GATE_VIEW);
        assertThat(gate.path("title").path("text").asText()).isEqualTo("Crawl gate");
        assertThat(blockIds(gate))
                .contains(PhaseIds.nodeBlock("crawl_met"), PhaseIds.NEXT_CRITERIA_BLOCK)
                .doesNotContain(PhaseIds.nodeBlock("walk_met"));

        JsonNode unanswered = submit(form(gate));
        assertThat(unanswered
                        .path("errors")
                        .path(PhaseIds.nodeBlock("crawl_met"))
                        .asText())
                .isEqualTo("Answer this one: your earlier answers lead here.");
        JsonNode noCriteria = answer(gate, "crawl_met", "yes", null);
        assertThat(noCriteria.path("errors").path(PhaseIds.NEXT_CRITERIA_BLOCK).asText())
                .isEqualTo("Walk starts now. Write the success criteria: the gate compares the results with them.");

        app.clock.set(Instant.parse("2026-09-29T15:00:00Z"));
        assertThat(answer(gate, "crawl_met", "yes", "Five customers, both sales teams")
                        .path("response_action")
                        .asText())
                .isEqualTo("clear");
        JsonNode outcome = channelMessage("Northwind: Crawl gate: Advance to Walk");
        assertThat(outcome.toString())
                .contains("Crawl met its success criteria → Advance to Walk")
                .contains("*Walk starts today, 2026-09-29.*")
                .contains("Gate review due 2026-11-24")
                .contains("Five customers, both sales teams");

        // The same form again, and the old reminder's button: nothing changes, the current state is shown.
        int posts = app.slack.messagesIn("C1").size();
        JsonNode again = answer(gate, "crawl_met", "no", null);
        assertThat(again.path("response_action").asText()).isEqualTo("update");
        assertThat(again.path("view").toString())
                .contains("This gate was run already, so nothing changed.")
                .contains("Northwind is in Walk, since 2026-09-29.");
        before = app.slack.calls("views.open").size();
        click(PhaseIds.RUN_GATE_ACTION, runGate);
        assertThat(app.slack.calls("views.open")).hasSize(before);
        assertThat(lastPrivateAnswer())
                .contains("This button is for an earlier phase, whose gate was run already; nothing changed.")
                .contains("Northwind is in Walk, since 2026-09-29.");
        assertThat(app.slack.messagesIn("C1")).hasSize(posts);

        // The Crawl reminders gave way to Walk's.
        assertThat(sweepAt("2026-10-27T09:00:00Z")).isZero();
        assertThat(command("phase Northwind").toString())
                .contains("*Gates so far*")
                .contains("2026-09-29, Crawl gate (started 2026-08-31) by <@U1>: Crawl met its success criteria →"
                        + " Advance to Walk");
    }

    @Test
    void walkMissingItsCriteriaRestartsCrawl_thenCrawlMissingItsCriteriaEndsThePhases() throws Exception {
        startCrawl("2026-08-31", "crawl criteria");
        answer(decideGate(), "crawl_met", "yes", "walk criteria");

        JsonNode walkGate = decideGate();
        assertThat(walkGate.path("title").path("text").asText()).isEqualTo("Walk gate");
        assertThat(blockIds(walkGate))
                .contains(PhaseIds.nodeBlock("walk_met"))
                .doesNotContain(PhaseIds.nodeBlock("crawl_met"));
        answer(walkGate, "walk_met", "no", "crawl again, with a narrower segment");
        assertThat(channelMessage("Northwind: Walk gate: End partnership or restart Crawl with changes")
                        .toString())
                .contains("Crawl met its success criteria → Walk missed its success criteria → End partnership or"
                        + " restart Crawl with changes")
                .contains("*Crawl starts today, 2026-08-31.*")
                .contains("crawl again, with a narrower segment");

        answer(decideGate(), "crawl_met", "no", null);
        assertThat(channelMessage("Northwind: Crawl gate: End partnership, learn from failure")
                        .toString())
                .contains("Most partnerships fail in Crawl, and that is good")
                .contains("The partnership's phases end here; no more gate reminders.");

        JsonNode ended = command("phase Northwind");
        assertThat(ended.toString())
                .contains("Northwind: the phases ended at the Crawl gate on 2026-08-31 (End partnership, learn from"
                        + " failure).")
                .contains("Start Crawl again")
                .doesNotContain("phase_gate_run");
        assertThat(command("decide phase-gate Northwind").toString())
                .contains("The partnership's phases have ended, so there is no gate to run.");
        assertThat(command("status Northwind").toString()).contains("*Phase:* ended at the Crawl gate on 2026-08-31");
        assertThat(app.wiring.reminders().upcoming("T0STUB", java.util.Optional.of(northwind.id()), 10).stream()
                        .filter(r -> r.source().equals("phase")))
                .isEmpty();
    }

    @Test
    void walkMeetingItsCriteriaMovesToRun_whichIsOngoing() throws Exception {
        startCrawl("2026-08-31", "crawl criteria");
        answer(decideGate(), "crawl_met", "yes", "walk criteria");
        answer(decideGate(), "walk_met", "yes", "run criteria");

        assertThat(channelMessage("Northwind: Walk gate: Move to Run phase").toString())
                .contains("Crawl met its success criteria → Walk met its success criteria → Move to Run phase")
                .contains("Scale it: commit the resources in the charter and review it every quarter.")
                .contains("Window 6-12 months, ongoing: no gate closes it.");
        JsonNode run = command("phase Northwind");
        assertThat(run.toString())
                .contains("Northwind is in Run, since 2026-08-31.")
                .contains("Ongoing: no gate closes this phase.")
                .doesNotContain("phase_gate_run")
                .doesNotContain("phase_start");
        assertThat(command("decide phase-gate Northwind").toString()).contains("Run is ongoing: no gate closes it.");
        assertThat(command("status Northwind").toString())
                .contains("*Phase:* Run since 2026-08-31 (6-12 months; ongoing, no gate)");
    }

    @Test
    void aPhaseUngatedPastItsMaximumTellsTheChannelAndTheOwner() throws Exception {
        startCrawl("2026-08-31", "crawl criteria");

        assertThat(sweepAt("2026-10-26T12:00:00Z")).isEqualTo(1);
        assertThat(sweepAt("2026-10-27T09:00:00Z")).isEqualTo(1);

        String overdue = "Northwind: Crawl is past its 8 weeks without a gate";
        assertThat(channelMessage(overdue).toString())
                .contains("Crawl is past its maximum length (8 weeks) and its gate has not been run")
                .contains("\"action_id\":\"phase_gate_run\"");
        assertThat(app.slack.messagesIn("U1"))
                .anySatisfy(dm -> assertThat(dm.path("text").asText()).isEqualTo(overdue));
        assertThat(command("phase Northwind").toString()).contains("*overdue*: past its maximum on 2026-10-26");
    }

    @Test
    void startingTwiceAndGatesWithoutAPhaseAnswerWithWhereThingsStand() throws Exception {
        click(PhaseIds.RUN_GATE_ACTION, northwind.id());
        assertThat(lastPrivateAnswer()).contains("No phase has started yet, so there is no gate to run.");
        assertThat(command("decide phase-gate Northwind").toString())
                .contains("No phase has started yet, so there is no gate to run.")
                .contains("\"action_id\":\"phase_start\"");

        int before = app.slack.calls("views.open").size();
        click(PhaseIds.START_ACTION, northwind.id());
        JsonNode firstForm = lastOpened(before);
        startCrawl("2026-08-31", "crawl criteria");
        JsonNode late = submit(form(firstForm)
                .date(PhaseIds.START_DATE_BLOCK, "2026-09-01")
                .text(PhaseIds.CRITERIA_BLOCK, "other criteria"));
        assertThat(late.path("response_action").asText()).isEqualTo("update");
        assertThat(late.path("view").toString()).contains("Crawl was started meanwhile; nothing was started twice.");
        before = app.slack.calls("views.open").size();
        click(PhaseIds.START_ACTION, northwind.id());
        assertThat(app.slack.calls("views.open")).hasSize(before);
        assertThat(lastPrivateAnswer()).contains("Crawl is running already; nothing was started.");
        assertThat(channelTexts().stream().filter(t -> t.contains("Crawl starts on")))
                .hasSize(1);
    }

    @Test
    void helpListsPhase_decideNamesThePhaseGate_unknownNamesGetSuggestions() throws Exception {
        assertThat(command("help").toString())
                .contains("/partner phase NAME")
                .contains("decide build-or-partner | ecosystem | phase-gate NAME");
        assertThat(command("decide phase-gate").toString())
                .contains("Which partnership? Usage: `/partner decide phase-gate NAME`");
        assertThat(command("phase").toString()).contains("Which partnership? Usage: `/partner phase Acme Cloud`");
        assertThat(command("phase Nortwind").toString()).contains("Northwind");
        assertThat(command("decide PHASE-GATE Nortwind").toString()).contains("Northwind");
    }
}
