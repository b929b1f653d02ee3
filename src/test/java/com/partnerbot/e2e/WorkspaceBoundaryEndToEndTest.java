package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.charter.CharterIds;
import com.partnerbot.slack.portfolio.PortfolioIds;
import com.partnerbot.slack.reminders.ReminderIds;
import com.partnerbot.store.Partnership;
import com.partnerbot.testing.Payloads;
import com.partnerbot.testing.RecordedCall;
import com.partnerbot.testing.StubWorkspaces;
import com.partnerbot.testing.TestReminders;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The request's workspace is the truth: requests signed for the app but coming from another workspace, carrying ids
 * of the host's partnership, its charter, its open questionnaire and its reminder, change nothing. With one bot token
 * they are refused outright; with many workspaces the other workspace is served, and finds none of it.
 */
class WorkspaceBoundaryEndToEndTest {
    private static final ManyWorkspaces.Team OTHER = ManyWorkspaces.Team.workspace("T0OTHER");
    /** The partner's own workspace, whose person works with the host in a Slack Connect channel. */
    private static final String PARTNER = "T0NORTHWIND";

    /** Tables whose rows a forged request could add or change. */
    private static final List<String> TABLES = List.of(
            "partnership",
            "assessment",
            "questionnaire_draft",
            "charter_version",
            "charter_signature",
            "checklist_tick",
            "reminder",
            "reminder_item",
            "outbox");

    @TempDir
    Path dir;

    /** What the host workspace has: a partnership with a charter and a follow-up, and a questionnaire left open. */
    private record Host(Partnership partnership, String openDraftMetadata, String reminderId) {}

    @Test
    void withOneTokenEveryRequestOfAnotherWorkspaceIsRefusedAndStoresNothing() throws Exception {
        try (RunningApp app = RunningApp.http(dir)) {
            Host host = host(app, "T0STUB");
            Map<String, List<Map<String, Object>>> before = rows(app);
            int calls = app.slack.calls().size();

            app.actAs(OTHER);
            HttpResponse<String> list = app.command("list");
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(app.json(list.body()).path("text").asText())
                    .isEqualTo("This Partnerbot is installed for another workspace, so it can't work here and nothing"
                            + " was done. Ask your Slack admin to install Partnerbot in this workspace.");
            assertThat(app.json(list.body()).path("response_type").asText()).isEqualTo("ephemeral");
            for (HttpResponse<String> refused : forge(app, host)) {
                assertThat(refused.statusCode()).isEqualTo(200);
                assertThat(refused.body()).isEmpty();
            }
            app.work.runAll();

            assertThat(rows(app)).isEqualTo(before);
            // One token has no install pages.
            assertThat(app.get("/slack/install").statusCode()).isEqualTo(404);
            assertThat(app.get("/slack/oauth_redirect?code=x&state=y").statusCode())
                    .isEqualTo(404);
            // Not a modal opened, a message posted or a private answer sent: nothing but Bolt's token check.
            assertThat(app.slack.calls().subList(calls, app.slack.calls().size()))
                    .extracting(RecordedCall::method)
                    .allMatch("auth.test"::equals);
        }
    }

    @Test
    void withManyWorkspacesAnotherWorkspaceFindsNoneOfTheHostsIdsAndStoresNothing() throws Exception {
        try (RunningApp app = RunningApp.manyWorkspaces(dir)) {
            var stub = app.slack.workspaces();
            stub.code("code-host", "xoxb-host", StubWorkspaces.Workspace.team("T0HOST", "Host"), "U1")
                    .code("code-other", "xoxb-other", StubWorkspaces.Workspace.team(OTHER.teamId(), "Other"), "U1");
            new ManyWorkspaces.Browser(app).install("code-host");
            new ManyWorkspaces.Browser(app).install("code-other");
            app.actAs(ManyWorkspaces.Team.workspace("T0HOST"));
            Host host = host(app, "T0HOST");
            Map<String, List<Map<String, Object>>> before = rows(app);
            int answers = app.slack.calls("response_url").size();

            app.actAs(OTHER);
            List<HttpResponse<String>> forged = forge(app, host);
            app.work.runAll();

            assertThat(rows(app)).isEqualTo(before);
            // The questionnaire's draft is the host's: for the other workspace the form is no longer open.
            assertThat(app.json(forged.get(0).body()).path("view").toString()).contains("no longer open");
            List<String> said = app.slack.calls("response_url").stream()
                    .skip(answers)
                    .map(c -> c.arg("text"))
                    .toList();
            assertThat(said)
                    .contains(
                            "That partnership no longer exists.",
                            "This partnership has no charter any more.",
                            "This checklist's partnership was not found, so nothing was ticked.",
                            "This reminder no longer exists.")
                    // The other workspace's own list: empty, and never the host's partnership.
                    .noneMatch(text -> text != null && text.contains("Northwind"));
            assertThat(app.slack.calls("chat.postMessage")).noneMatch(c -> "xoxb-other".equals(c.token()));
        }
    }

    @Test
    void aSlackConnectPartnerSignsAndTicksTheirOwnOnTheHostsMessageAndNothingElse() throws Exception {
        try (RunningApp app = RunningApp.http(dir)) {
            Host host = host(app, "T0STUB");
            String id = host.partnership().id();
            String kickoff = CharterIds.checklistBlock(id, "before_starting", 0);

            // Anything but signing and ticking is for the host's own people: said privately, nothing changes.
            Map<String, List<Map<String, Object>>> before = rows(app);
            int opened = app.slack.calls("views.open").size();
            for (String[] button : List.of(
                    new String[] {CharterIds.EDIT_ACTION, CharterIds.versionValue(id, 1)},
                    new String[] {SlackIds.REASSESS_ACTION, id},
                    new String[] {ReminderIds.DONE_ACTION, host.reminderId()},
                    new String[] {ReminderIds.SNOOZE_DAY_ACTION, host.reminderId()})) {
                String url = app.slack.responseUrl("partner-" + button[0]);
                assertThat(app.interaction(Payloads.buttonActionFrom(button[0], button[1], "U9", PARTNER, "C1", url))
                                .statusCode())
                        .isEqualTo(200);
                assertThat(lastAnswer(app))
                        .startsWith("As the partner in this shared channel you can sign the charter");
            }
            // A tick of a private checklist (not the shared channel's message) is not theirs either.
            app.interaction(fromPartner(Payloads.checkboxes(
                    kickoff, List.of("kickoff"), "U9", "C1", app.slack.responseUrl("partner-private"), true)));
            assertThat(lastAnswer(app)).startsWith("As the partner in this shared channel");
            assertThat(rows(app)).isEqualTo(before);
            assertThat(app.slack.calls("views.open")).hasSize(opened);

            // Ticks on the charter's message act on the host's checklist; the host's own ticks stay the host's.
            app.interaction(Payloads.checkboxes(
                    kickoff, List.of("kickoff"), "U1", "C1", app.slack.responseUrl("host-tick"), false));
            app.interaction(fromPartner(Payloads.checkboxes(
                    kickoff, List.of(), "U9", "C1", app.slack.responseUrl("partner-untick"), false)));
            assertThat(lastAnswer(app))
                    .isEqualTo("You can untick only what you ticked yourself: \"Kick-off held with the partner's"
                            + " owner\" stays ticked, as the host's team ticked it.");
            String enablement = CharterIds.checklistBlock(id, "before_launching", 0);
            app.interaction(fromPartner(Payloads.checkboxes(
                    enablement, List.of("enablement"), "U9", "C1", app.slack.responseUrl("partner-tick"), false)));
            app.interaction(fromPartner(Payloads.checkboxes(
                    enablement, List.of(), "U9", "C1", app.slack.responseUrl("partner-own-untick"), false)));
            assertThat(query(
                            app,
                            "SELECT item_id, CASE WHEN ticked THEN 'ticked' ELSE 'unticked' END AS state, user_id"
                                    + " FROM checklist_tick ORDER BY seq"))
                    .extracting(t -> t.get("item_id") + " " + t.get("state") + " by " + t.get("user_id"))
                    .containsExactly("kickoff ticked by U1", "enablement ticked by U9", "enablement unticked by U9");

            // And the partner's signatory signs, for the host's charter.
            app.interaction(Payloads.buttonActionFrom(
                    CharterIds.SIGN_ACTION, CharterIds.versionValue(id, 1), "U9", PARTNER, "C1", null));
            assertThat(query(app, "SELECT team_id, user_id, user_team_id FROM charter_signature"))
                    .containsExactly(Map.of("team_id", "T0STUB", "user_id", "U9", "user_team_id", PARTNER));
        }
    }

    /** The payload as sent when the partner's person, of their own workspace, acts. */
    private static String fromPartner(String payloadJson) throws Exception {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(payloadJson);
        ((ObjectNode) root.get("user")).put("team_id", PARTNER);
        return root.toString();
    }

    /** The text of the last private answer sent through a response URL. */
    private static String lastAnswer(RunningApp app) {
        List<RecordedCall> answers = app.slack.calls("response_url");
        return answers.get(answers.size() - 1).arg("text");
    }

    /** Sets the host up through Slack, as its own people would, in channel C1. */
    private static Host host(RunningApp app, String teamId) throws Exception {
        QuestionnaireDriver.assessNew(
                app, "Northwind", "C1", "spend_commitment", "dedicated_engineering", "requirement", "yes");
        app.work.runAll();
        Partnership partnership =
                app.partnerships().findByName(teamId, "Northwind").orElseThrow();
        int opened = app.slack.calls("views.open").size();
        app.command("charter Northwind");
        JsonNode charter = app.slack.calls("views.open").get(opened).args().get("view");
        app.interaction(Payloads.viewSubmission(
                        CharterIds.VIEW, charter.path("private_metadata").asText(), "U1")
                .text(CharterIds.textBlock("mutual_goals"), "Win mid-market together")
                .text(CharterIds.textBlock("value_exchange"), "Spend for engineers")
                .text(CharterIds.textBlock("timeline"), "Crawl in Q4")
                .text(CharterIds.textBlock("measurement"), "Joint deals")
                .text(CharterIds.textBlock("governance"), "Monthly steering")
                .user(CharterIds.OUR_SIGNER_BLOCK, "U1")
                .user(CharterIds.PARTNER_SIGNER_BLOCK, "U9")
                .json());
        app.work.runAll();
        String draft = QuestionnaireDriver.open(app, "new Globex").metadata();
        String reminder = TestReminders.scheduled(app.wiring.database().jdbi(), teamId, partnership.id())
                .get(0)
                .id();
        return new Host(partnership, draft, reminder);
    }

    /**
     * The host's ids sent back from the acting workspace: the open questionnaire's next step, Re-assess, Sign as the
     * host's signatory, a tick of the host's checklist, the list's next page, the follow-up's Done and Snooze.
     */
    private static List<HttpResponse<String>> forge(RunningApp app, Host host) {
        String id = host.partnership().id();
        String url = app.slack.responseUrl("forged");
        List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(app.interaction(Payloads.viewSubmission(SlackIds.QUESTIONNAIRE_VIEW, host.openDraftMetadata(), "U1")
                .text(SlackIds.NAME_BLOCK, "Globex")
                .conversation(SlackIds.CHANNEL_BLOCK, "C1")
                .user(SlackIds.OWNER_BLOCK, "U1")
                .text(SlackIds.DESCRIPTION_BLOCK, "taken over")
                .json()));
        answers.add(app.interaction(Payloads.buttonAction(SlackIds.REASSESS_ACTION, id, "U1", null, "C1", url)));
        answers.add(app.interaction(
                Payloads.buttonAction(CharterIds.SIGN_ACTION, CharterIds.versionValue(id, 1), "U1", null, "C1", url)));
        answers.add(app.interaction(Payloads.checkboxes(
                CharterIds.checklistBlock(id, "before_starting", 0), List.of("kickoff"), "U1", "C1", url, false)));
        answers.add(app.interaction(Payloads.buttonAction(PortfolioIds.LIST_NEXT_ACTION, "1", "U1", null, "C1", url)));
        answers.add(app.interaction(
                Payloads.buttonAction(ReminderIds.DONE_ACTION, host.reminderId(), "U1", null, "C1", url)));
        answers.add(app.interaction(
                Payloads.buttonAction(ReminderIds.SNOOZE_WEEK_ACTION, host.reminderId(), "U1", null, "C1", url)));
        return answers;
    }

    /** Every row of the tables a forged request could touch, table by table. */
    private static Map<String, List<Map<String, Object>>> rows(RunningApp app) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, query(app, "SELECT * FROM " + table));
        }
        return rows;
    }

    private static List<Map<String, Object>> query(RunningApp app, String sql) {
        return app.wiring.database().jdbi().withHandle(h -> h.createQuery(sql)
                .mapToMap()
                .list());
    }
}
