package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.charter.CharterIds;
import com.partnerbot.store.Partnership;
import com.partnerbot.testing.Payloads;
import com.partnerbot.testing.RecordedCall;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The charter end to end: written in the modal, posted to the channel as one message, signed by both sides (the
 * partner's person from their own workspace through Slack Connect, or recorded as signed outside Slack), edited,
 * ticked; the message is edited in place each time.
 */
class CharterEndToEndTest {
    private static final String TEAM = "T0STUB";
    private static final String PARTNER_TEAM = "T0NORTHWIND";

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

    private Partnership assessed(String name) throws Exception {
        QuestionnaireDriver.assessNew(
                app, name, "C1", "spend_commitment", "dedicated_engineering", "requirement", "yes");
        app.work.runAll();
        return app.partnerships().findByName(TEAM, name).orElseThrow();
    }

    /** Runs {@code /partner charter NAME} and returns the modal it opened. */
    private JsonNode openCharter(String name) {
        int before = app.slack.calls("views.open").size();
        app.command("charter " + name);
        List<RecordedCall> opened = app.slack.calls("views.open");
        assertThat(opened).hasSize(before + 1);
        return opened.get(before).args().get("view");
    }

    private static String initialValue(JsonNode view, String blockId) {
        for (JsonNode block : view.path("blocks")) {
            if (blockId.equals(block.path("block_id").asText())) {
                JsonNode element = block.path("element");
                return element.has("initial_value")
                        ? element.path("initial_value").asText()
                        : element.path("initial_user").asText(null);
            }
        }
        throw new AssertionError("no block " + blockId);
    }

    private Payloads.ViewSubmission filled(JsonNode view, String user, String partnerUser) {
        var s = Payloads.viewSubmission(
                        CharterIds.VIEW, view.path("private_metadata").asText(), user)
                .text(CharterIds.textBlock("mutual_goals"), "Win mid-market together")
                .text(CharterIds.textBlock("value_exchange"), "We commit spend; they commit engineers")
                .text(CharterIds.textBlock("integration_pathway"), "Marketplace listing plus SSO connector")
                .text(CharterIds.textBlock("timeline"), "Crawl in Q4, Walk in Q1")
                .date(CharterIds.textBlock("launch_date"), "2026-10-01")
                .text(CharterIds.textBlock("measurement"), "Joint deals per quarter")
                .text(CharterIds.textBlock("success_measures"), "5 joint deals by Walk")
                .text(CharterIds.textBlock("exit_criteria"), "Fewer than 2 deals after Crawl")
                .text(CharterIds.textBlock("governance"), "Monthly steering")
                .text(CharterIds.textBlock("launch_owner_us"), "Ana (PMM)")
                .text(CharterIds.textBlock("launch_owner_partner"), "Dana Reyes")
                .user(CharterIds.OUR_SIGNER_BLOCK, "U1");
        return partnerUser == null ? s : s.user(CharterIds.PARTNER_SIGNER_BLOCK, partnerUser);
    }

    private JsonNode submit(Payloads.ViewSubmission submission) throws Exception {
        var response = app.interaction(submission.json());
        return response.body().isEmpty() ? app.json("{}") : app.json(response.body());
    }

    /** The charter messages that landed in C1 (the verdicts are there too). */
    private List<JsonNode> charterMessages() {
        return app.slack.messagesIn("C1").stream()
                .filter(m -> m.path("text").asText().startsWith("Charter for"))
                .toList();
    }

    private JsonNode theCharterMessage() {
        List<JsonNode> messages = charterMessages();
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private String click(String actionId, String value, String user, String userTeam) {
        String responseUrl = app.slack.responseUrl("click-" + actionId + "-" + user + "-" + System.nanoTime());
        app.interaction(Payloads.buttonActionFrom(actionId, value, user, userTeam, "C1", responseUrl));
        return responseUrl;
    }

    private List<String> privateAnswers() {
        return app.slack.calls("response_url").stream()
                .map(c -> c.args().toString())
                .toList();
    }

    private String signButton(Partnership p, int version) {
        return CharterIds.versionValue(p.id(), version);
    }

    @Test
    void writtenSignedByBothSidesEditedAndSignedAgain_oneMessageUpdatedInPlace() throws Exception {
        Partnership p = assessed("Northwind");

        JsonNode view = openCharter("Northwind");
        // Prefilled from the assessment: the three-sided value, each side's commitment, the exit criteria.
        assertThat(initialValue(view, CharterIds.textBlock("mutual_goals")))
                .isEqualTo("Our company: a\nThe partner: b\nShared customers: c");
        assertThat(initialValue(view, CharterIds.textBlock("value_exchange")))
                .contains("We commit, and would lose: Spend or revenue commitment (e.g. multi-year cloud spend)"
                        + " (our side: spend_commitment)")
                .contains("Dedicated engineering team");
        assertThat(initialValue(view, CharterIds.textBlock("exit_criteria"))).isEqualTo("x");
        assertThat(initialValue(view, CharterIds.OUR_SIGNER_BLOCK)).isEqualTo("U1");
        assertThat(view.toString()).contains("Mutual Goals").contains("Who decides, and how often do we meet?");

        // Mistakes stay in the form under their fields.
        JsonNode errors = submit(filled(view, "U1", null)
                .text(CharterIds.textBlock("mutual_goals"), "g".repeat(3001))
                .text(CharterIds.PARTNER_NAME_BLOCK, "Dana Reyes")
                .text(CharterIds.PARTNER_EMAIL_BLOCK, "dana at northwind"));
        assertThat(errors.path("response_action").asText()).isEqualTo("errors");
        assertThat(errors.path("errors")
                        .path(CharterIds.textBlock("mutual_goals"))
                        .asText())
                .contains("3000 characters (it has 3001)");
        assertThat(errors.path("errors").path(CharterIds.PARTNER_EMAIL_BLOCK).asText())
                .contains("not an email address");

        JsonNode saved = submit(filled(view, "U1", "U9"));
        assertThat(saved.path("response_action").asText()).isEqualTo("clear");
        app.work.runAll();
        JsonNode message = theCharterMessage();
        String ts = message.path("ts").asText();
        assertThat(message.toString())
                .contains("Version 1 by <@U1>")
                .contains("Win mid-market together")
                .contains("Waiting for:* <@U1> (our side); <@U9>, Northwind")
                .contains("If either side won't commit to paper, there's no real partnership.")
                .contains("Before starting*: 5 of 6 done")
                .contains("\"action_id\":\"charter_sign\"");

        // Someone else clicks Sign: told privately who can, nothing changes.
        int updates = app.slack.calls("chat.update").size();
        click(CharterIds.SIGN_ACTION, signButton(p, 1), "U5", TEAM);
        app.work.runAll();
        assertThat(privateAnswers())
                .last()
                .asString()
                .contains("Only <@U1> (our side) or <@U9>, Northwind can sign this.");
        assertThat(app.slack.calls("chat.update")).hasSize(updates);

        // The partner's person signs from their own workspace, in the Slack Connect channel.
        click(CharterIds.SIGN_ACTION, signButton(p, 1), "U9", PARTNER_TEAM);
        app.work.runAll();
        assertThat(app.slack.calls("chat.update")).hasSize(updates + 1);
        assertThat(theCharterMessage().path("ts").asText()).isEqualTo(ts);
        assertThat(theCharterMessage().toString())
                .contains("Waiting for:* <@U1> (our side)")
                .contains("<@U9>, Northwind: signed on 2026-08-31");

        // A second click changes nothing.
        click(CharterIds.SIGN_ACTION, signButton(p, 1), "U9", PARTNER_TEAM);
        app.work.runAll();
        assertThat(privateAnswers()).last().asString().contains("You signed version 1 on 2026-08-31; nothing changed.");
        assertThat(app.slack.calls("chat.update")).hasSize(updates + 1);

        click(CharterIds.SIGN_ACTION, signButton(p, 1), "U1", TEAM);
        app.work.runAll();
        assertThat(theCharterMessage().toString())
                .contains("Signed by both sides")
                .contains("<@U1> (our side): signed on 2026-08-31")
                .contains("<@U9>, Northwind: signed on 2026-08-31")
                .doesNotContain("\"action_id\":\"charter_sign\"");
        var signatures = app.wiring.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT side, user_id, user_team_id, version FROM charter_signature WHERE team_id = :t")
                .bind("t", TEAM)
                .mapToMap()
                .list());
        assertThat(signatures).anySatisfy(s -> assertThat(s)
                .containsEntry("side", "partner")
                .containsEntry("user_id", "U9")
                .containsEntry("user_team_id", PARTNER_TEAM)
                .containsEntry("version", 1));

        // Editing a signed charter makes version 2, clears both signatures and tells the channel.
        app.clock.advance(Duration.ofDays(1));
        click(CharterIds.EDIT_ACTION, signButton(p, 1), "U1", TEAM);
        JsonNode editView = app.slack
                .calls("views.open")
                .get(app.slack.calls("views.open").size() - 1)
                .args()
                .get("view");
        assertThat(initialValue(editView, CharterIds.textBlock("governance"))).isEqualTo("Monthly steering");
        assertThat(submit(filled(editView, "U1", "U9").text(CharterIds.textBlock("governance"), "Biweekly steering"))
                        .path("response_action")
                        .asText())
                .isEqualTo("clear");
        app.work.runAll();
        assertThat(theCharterMessage().path("ts").asText()).isEqualTo(ts);
        assertThat(theCharterMessage().toString())
                .contains("Version 2 by <@U1> on 2026-09-01")
                .contains("Biweekly steering")
                .contains("Waiting for:* <@U1> (our side); <@U9>, Northwind");
        assertThat(app.slack.messagesIn("C1"))
                .anySatisfy(m -> assertThat(m.path("text").asText())
                        .contains("changed after it was signed. Version 2 must be signed again by both sides"));

        // A button of version 1 answers with the current charter.
        click(CharterIds.SIGN_ACTION, signButton(p, 1), "U9", PARTNER_TEAM);
        assertThat(privateAnswers())
                .last()
                .asString()
                .contains("This button is from version 1 of the charter, which is now at version 2")
                .contains("Biweekly steering");

        // Status and history tell the same story.
        var status = app.json(app.command("status Northwind").body()).toString();
        assertThat(status)
                .contains("*Charter:* draft, version 2: waiting for <@U1> (our side); <@U9> (the partner's side)");
        click(CharterIds.SIGN_ACTION, signButton(p, 2), "U9", PARTNER_TEAM);
        click(CharterIds.SIGN_ACTION, signButton(p, 2), "U1", TEAM);
        app.work.runAll();
        status = app.json(app.command("status Northwind").body()).toString();
        assertThat(status).contains("*Charter:* signed by both sides on 2026-09-01 (version 2)");
        String history = app.json(app.command("history Northwind").body()).toString();
        assertThat(history)
                .contains("History of Northwind, newest first")
                .contains("signed version 2 for our side")
                .contains("signed version 1 for the partner (workspace T0NORTHWIND)")
                .contains("wrote charter version 2")
                .contains("assessed it (#1)");
        assertThat(history.indexOf("wrote charter version 2")).isLessThan(history.indexOf("wrote charter version 1"));
        assertThat(charterMessages()).hasSize(1);
    }

    @Test
    void twoPeopleEditingAtOnce_theLaterSaveIsRefusedWithTheCurrentTextAndKeepsItsOwn() throws Exception {
        assessed("Northwind");
        submit(filled(openCharter("Northwind"), "U1", "U9"));
        JsonNode first = openCharter("Northwind");
        JsonNode second = openCharter("Northwind");

        submit(filled(first, "U1", "U9").text(CharterIds.textBlock("timeline"), "Crawl starts in November"));
        JsonNode refused =
                submit(filled(second, "U2", "U9").text(CharterIds.textBlock("timeline"), "Crawl starts in January"));

        assertThat(refused.path("response_action").asText()).isEqualTo("update");
        String shown = refused.path("view").toString();
        assertThat(shown)
                .contains("The charter changed since you opened it")
                .contains("Crawl starts in November")
                .contains("Crawl starts in January");
        assertThat(initialValue(refused.path("view"), CharterIds.textBlock("timeline")))
                .isEqualTo("Crawl starts in January");
        app.slack.captureAck(refused.toString());
        // Saving again from the refreshed form is version 3.
        JsonNode again = submit(Payloads.viewSubmission(
                        CharterIds.VIEW,
                        refused.path("view").path("private_metadata").asText(),
                        "U2")
                .text(CharterIds.textBlock("mutual_goals"), "Win mid-market together")
                .text(CharterIds.textBlock("value_exchange"), "Spend and engineers")
                .text(CharterIds.textBlock("timeline"), "Crawl starts in January")
                .text(CharterIds.textBlock("measurement"), "Joint deals")
                .text(CharterIds.textBlock("governance"), "Monthly")
                .user(CharterIds.OUR_SIGNER_BLOCK, "U1")
                .user(CharterIds.PARTNER_SIGNER_BLOCK, "U9"));
        assertThat(again.path("response_action").asText()).isEqualTo("clear");
        app.work.runAll();
        assertThat(theCharterMessage().toString())
                .contains("Version 3 by <@U2>")
                .contains("Crawl starts in January");
        assertThat(app.slack.calls("chat.postMessage").stream()
                        .filter(c -> c.args().path("text").asText().startsWith("Charter for")))
                .hasSize(1);
    }

    @Test
    void partnerOutsideSlack_theOwnerRecordsTheSignatureWithItsEvidence() throws Exception {
        Partnership p = assessed("Contoso");
        submit(filled(openCharter("Contoso"), "U1", null)
                .text(CharterIds.PARTNER_NAME_BLOCK, "Dana Reyes")
                .text(CharterIds.PARTNER_EMAIL_BLOCK, "dana@contoso.example"));
        app.work.runAll();
        assertThat(theCharterMessage().toString())
                .contains("Dana Reyes (dana@contoso.example, outside Slack), Contoso")
                .contains("\"action_id\":\"charter_attest\"");

        // Nobody signs for them in Slack, and only the owner records it.
        click(CharterIds.SIGN_ACTION, signButton(p, 1), "U5", TEAM);
        assertThat(privateAnswers()).last().asString().contains("signs outside Slack; <@U1> records it");
        click(CharterIds.ATTEST_ACTION, signButton(p, 1), "U5", TEAM);
        assertThat(privateAnswers()).last().asString().contains("Only the partnership's owner, <@U1>");

        int opened = app.slack.calls("views.open").size();
        click(CharterIds.ATTEST_ACTION, signButton(p, 1), "U1", TEAM);
        JsonNode form = app.slack.calls("views.open").get(opened).args().get("view");
        assertThat(form.path("callback_id").asText()).isEqualTo(CharterIds.ATTEST_VIEW);
        JsonNode empty = submit(Payloads.viewSubmission(
                        CharterIds.ATTEST_VIEW, form.path("private_metadata").asText(), "U1")
                .text(CharterIds.EVIDENCE_BLOCK, " "));
        assertThat(empty.path("errors").path(CharterIds.EVIDENCE_BLOCK).asText())
                .contains("what shows they signed");
        JsonNode done = submit(Payloads.viewSubmission(
                        CharterIds.ATTEST_VIEW, form.path("private_metadata").asText(), "U1")
                .text(CharterIds.EVIDENCE_BLOCK, "Signed PDF emailed by Dana on 31 Aug"));
        assertThat(done.path("response_action").asText()).isEqualTo("clear");
        click(CharterIds.SIGN_ACTION, signButton(p, 1), "U1", TEAM);
        app.work.runAll();

        assertThat(theCharterMessage().toString())
                .contains("Signed by both sides")
                .contains("outside Slack, recorded by <@U1>: Signed PDF emailed by Dana on 31 Aug")
                .doesNotContain("\"action_id\":\"charter_attest\"");
    }

    @Test
    void checklistsTickByRuleAndByHand_whoAndWhenShown_theMessageFollows() throws Exception {
        Partnership p = assessed("Northwind");
        String launching = app.json(
                        app.command("checklist Northwind before_launching").body())
                .toString();
        assertThat(launching)
                .contains("Before launching*: 0 of 6 done")
                .contains(":white_large_square: The charter is signed by both sides");

        submit(filled(openCharter("Northwind"), "U1", "U9"));
        click(CharterIds.SIGN_ACTION, signButton(p, 1), "U1", TEAM);
        click(CharterIds.SIGN_ACTION, signButton(p, 1), "U9", PARTNER_TEAM);
        app.work.runAll();
        String ts = theCharterMessage().path("ts").asText();

        // By rule: what the charter records ticks the launch checklist.
        launching = app.json(app.command("checklist Northwind before_launching").body())
                .toString();
        assertThat(launching)
                .contains(":white_check_mark: The charter is signed by both sides")
                .contains(":white_check_mark: The integration pathway is documented")
                .contains(":white_check_mark: Each side's launch owner is named")
                .contains(":white_check_mark: Success measures are agreed")
                .contains("Before launching*: 5 of 6 done");

        // By hand, in the channel's message.
        String block = CharterIds.checklistBlock(p.id(), "before_starting", 0);
        app.interaction(Payloads.checkboxes(block, List.of("kickoff"), "U3", "C1", null, false));
        app.work.runAll();
        assertThat(theCharterMessage().path("ts").asText()).isEqualTo(ts);
        assertThat(theCharterMessage().toString())
                .contains("Before starting*: 6 of 6 done")
                .contains("ticked by <@U3> on 2026-08-31");

        // By hand, in a private checklist: redrawn in place, and the channel's message follows.
        String responseUrl = app.slack.responseUrl("checklist-private");
        app.interaction(Payloads.checkboxes(
                CharterIds.checklistBlock(p.id(), "before_launching", 0),
                List.of("enablement"),
                "U4",
                "C1",
                responseUrl,
                true));
        assertThat(privateAnswers())
                .last()
                .asString()
                .contains("Before launching*: 6 of 6 done")
                .contains("\"replace_original\":true");
        app.clock.advance(Duration.ofHours(2));
        app.interaction(Payloads.checkboxes(block, List.of(), "U3", "C1", null, false));
        app.work.runAll();
        assertThat(theCharterMessage().toString())
                .contains("Before starting*: 5 of 6 done")
                .contains("unticked by <@U3>")
                .contains("Before launching: 6 of 6 done");
        String history = app.json(app.command("history Northwind").body()).toString();
        assertThat(history.indexOf("unticked")).isLessThan(history.indexOf("ticked “Announcement"));
    }

    @Test
    void aDeletedCharterMessageIsPostedAgainAndRemembered() throws Exception {
        Partnership p = assessed("Northwind");
        submit(filled(openCharter("Northwind"), "U1", "U9"));
        app.work.runAll();
        String ts = theCharterMessage().path("ts").asText();
        assertThat(app.slack.deleteMessage("C1", ts)).isTrue();

        click(CharterIds.SIGN_ACTION, signButton(p, 1), "U1", TEAM);
        app.work.runAll();
        String reposted = theCharterMessage().path("ts").asText();
        assertThat(reposted).isNotEqualTo(ts);

        click(CharterIds.SIGN_ACTION, signButton(p, 1), "U9", PARTNER_TEAM);
        app.work.runAll();
        assertThat(theCharterMessage().path("ts").asText()).isEqualTo(reposted);
        assertThat(theCharterMessage().toString()).contains("Signed by both sides");
    }

    @Test
    void aSignatoryWhoLeavesTheWorkspaceBeforeSigningIsToldToTheOwnerOnce() throws Exception {
        Partnership p = assessed("Northwind");
        submit(filled(openCharter("Northwind"), "U1", "U7"));
        app.work.runAll();
        click(CharterIds.SIGN_ACTION, signButton(p, 1), "U1", TEAM);
        app.work.runAll();

        // Someone who already signed leaving changes nothing; the one still to sign is told to the owner.
        assertThat(app.signed
                        .postEvent(app.events, Payloads.userDeactivated("U1"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(app.signed
                        .postEvent(app.events, Payloads.userDeactivated("U7"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(app.signed
                        .postEvent(app.events, Payloads.userDeactivated("U5"))
                        .statusCode())
                .isEqualTo(200);
        app.work.runAll();

        assertThat(app.slack.messagesIn("U1"))
                .filteredOn(m -> m.path("text").asText().contains("left the workspace"))
                .singleElement()
                .satisfies(m -> assertThat(m.path("text").asText())
                        .contains("<@U7>")
                        .contains("the partner's side")
                        .contains("Northwind")
                        .contains("Edit"));
    }

    @Test
    void anArchivedChannelTellsTheOwner() throws Exception {
        Partnership p = assessed("Northwind");
        submit(filled(openCharter("Northwind"), "U1", "U9"));
        app.work.runAll();
        app.slack.archive("C1");

        click(CharterIds.SIGN_ACTION, signButton(p, 1), "U9", PARTNER_TEAM);
        app.work.runAll();

        assertThat(app.slack.messagesIn("U1"))
                .anySatisfy(m -> assertThat(m.path("text").asText())
                        .contains("is archived")
                        .contains("the charter for Northwind"));
    }

    @Test
    void unknownNamesNoAssessmentAndWarningsFromTheCharter() throws Exception {
        assessed("Northwind");
        String unknown = app.json(app.command("charter Northwnd").body()).toString();
        assertThat(unknown).contains("Did you mean").contains("/partner charter Northwind");
        assertThat(app.command("charter").body()).contains("Which partnership?");

        // Without a launch date nothing says the launch lacks a pathway; a charter with a date and no pathway does.
        assertThat(app.command("status Northwind").body()).doesNotContain("integration pathway");
        JsonNode view = openCharter("Northwind");
        submit(Payloads.viewSubmission(
                        CharterIds.VIEW, view.path("private_metadata").asText(), "U1")
                .text(CharterIds.textBlock("mutual_goals"), "Goals")
                .text(CharterIds.textBlock("value_exchange"), "Exchange")
                .text(CharterIds.textBlock("timeline"), "Q4")
                .date(CharterIds.textBlock("launch_date"), "2026-10-01")
                .text(CharterIds.textBlock("measurement"), "Deals")
                .text(CharterIds.textBlock("governance"), "Monthly")
                .user(CharterIds.OUR_SIGNER_BLOCK, "U1")
                .user(CharterIds.PARTNER_SIGNER_BLOCK, "U9"));
        String status = app.command("status Northwind").body();
        assertThat(status)
                .contains("Launching without a clear integration pathway")
                .contains("Expecting partners to self-promote")
                .contains("*Charter:* draft, version 1");
        assertThat(app.command("help").body()).contains("charter NAME").contains("checklist NAME");
        assertThat(SlackIds.COMMAND).isEqualTo("/partner");
        assertThat(Map.of()).isEmpty();
    }
}
