package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.slack.SlackIds;
import com.partnerbot.slack.render.Text;
import com.partnerbot.testing.Payloads;
import com.partnerbot.testing.RecordedCall;
import com.partnerbot.testing.TextObjects;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text people type comes back exactly as typed, both ways: Slack escapes {@code &}, {@code <} and {@code >} in command
 * text (not in modals), and whatever mrkdwn would format or ping is shown literally wherever the bot shows it.
 */
class EscapingEndToEndTest {
    private static final String NAME = "*AT&T* <!channel> _x_ ~y~ `code` :tada:";
    private static final String NOTE = "*50k* <!here> & _maybe_ `now`";

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

    /** {@code /partner TEXT} as Slack sends it: {@code &}, {@code <}, {@code >} escaped. */
    private JsonNode command(String typed) throws Exception {
        return app.json(app.command(Text.escape(typed)).body());
    }

    private void assess() throws Exception {
        var q = QuestionnaireDriver.open(app, Text.escape("new " + NAME));
        assertThat(q.view().findValuesAsText("initial_value")).contains(NAME);
        q.basics(NAME, "C1", "U1");
        TextObjects.assertShownAsTyped(q.view(), NAME);
        q.submit(s -> s.option(SlackIds.OUR_KIND_BLOCK, "spend_commitment")
                        .text(SlackIds.OUR_NOTE_BLOCK, NOTE)
                        .option(SlackIds.PARTNER_KIND_BLOCK, "dedicated_engineering")
                        .text(SlackIds.PARTNER_NOTE_BLOCK, "their side")
                        .option(SlackIds.DEPENDENCY_KIND_BLOCK, "loses_money")
                        .text(SlackIds.DEPENDENCY_BLOCK, "x"))
                .value("a", "b", "c")
                .leverageAndTier("requirement", Map.of("self_serve", "yes"))
                .exit("x");
        assertThat(q.lastBody().path("response_action").asText()).isEqualTo("clear");
        assertThat(app.partnerships().findByName("T0STUB", NAME)).isPresent();
    }

    @Test
    void theVerdictPostShowsTheNameAndNotesAsTypedAndItsNotificationEscapedOnce() throws Exception {
        assess();
        app.work.runAll();
        RecordedCall post = app.slack.calls("chat.postMessage").get(0);
        TextObjects.assertShownAsTyped(post.args().get("blocks"), NAME);
        TextObjects.assertShownAsTyped(post.args().get("blocks"), NOTE);
        TextObjects.assertEscapedOnce(post.arg("text"), NAME);

        // Re-assess opens the questionnaire headed by the name as typed.
        app.interaction(Payloads.buttonAction(
                SlackIds.REASSESS_ACTION,
                app.partnerships().findByName("T0STUB", NAME).orElseThrow().id(),
                "U1",
                null,
                "C1",
                app.slack.responseUrl("reassess")));
        List<RecordedCall> opened = app.slack.calls("views.open");
        TextObjects.assertShownAsTyped(opened.get(opened.size() - 1).args().get("view"), NAME);
    }

    @Test
    void statusFindsTheNameSlackSentEscapedAndShowsItAsTyped() throws Exception {
        assess();
        JsonNode status = command("status " + NAME);
        assertThat(status.path("blocks").toString()).contains("Real partnership");
        TextObjects.assertShownAsTyped(status.path("blocks"), NAME);
        TextObjects.assertShownAsTyped(status.path("blocks"), NOTE);
        TextObjects.assertEscapedOnce(status.path("text").asText(), NAME);
    }

    @Test
    void listAndHomeShowTheNameAsTyped() throws Exception {
        assess();
        TextObjects.assertShownAsTyped(command("list").path("blocks"), NAME);

        app.signed.postEvent(app.events, Payloads.appHomeOpened("U1"));
        app.work.runAll();
        TextObjects.assertShownAsTyped(
                app.slack.calls("views.publish").get(0).args().get("view"), NAME);
    }

    @Test
    void ampersandsTypedInACommandFindTheNameTypedInTheModal() throws Exception {
        QuestionnaireDriver.assessNew(
                app, "AT&T", "C1", "spend_commitment", "dedicated_engineering", "economic", "yes");
        assertThat(app.partnerships().findByName("T0STUB", "AT&T")).isPresent();

        // Slack sends "/partner status AT&T" as text=AT&amp;T.
        JsonNode status = app.json(app.command("status AT&amp;T").body());
        assertThat(status.path("text").asText()).isEqualTo("AT&amp;T: Real partnership");
        TextObjects.assertShownAsTyped(status.path("blocks"), "AT&T");

        // Someone who really typed "AT&amp;T" means those eight characters.
        JsonNode literal = app.json(app.command("status AT&amp;amp;T").body());
        TextObjects.assertShownAsTyped(literal.path("blocks"), "AT&amp;T");
        assertThat(literal.path("text").asText()).isEqualTo("No partnership named AT&amp;amp;T");
    }

    @Test
    void whatWasTypedIsEchoedAsTypedWhenItMatchesNothing() throws Exception {
        String typed = "<!channel> *nope* :tada:";
        JsonNode status = command("status " + typed);
        TextObjects.assertShownAsTyped(status.path("blocks"), typed);
        TextObjects.assertEscapedOnce(status.path("text").asText(), typed);

        JsonNode qualify = command("qualify " + typed);
        TextObjects.assertShownAsTyped(qualify.path("blocks"), typed);
        TextObjects.assertEscapedOnce(qualify.path("text").asText(), typed);

        JsonNode help = command("*bold*<!here>");
        TextObjects.assertShownAsTyped(help.path("blocks"), "*bold*<!here>");
        TextObjects.assertEscapedOnce(help.path("text").asText(), "*bold*<!here>");

        JsonNode decide = command("decide _x_ <!here>");
        TextObjects.assertShownAsTyped(decide.path("blocks"), "_x_ <!here>");
    }
}
