package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.reminders.ReminderPreviews.Action;
import com.partnerbot.slack.reminders.ReminderIds;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.ReminderRow;
import com.partnerbot.testing.Payloads;
import com.partnerbot.testing.RecordedCall;
import com.partnerbot.testing.TestReminders;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /partner reminders} end to end over signed HTTP: the list with each time in the reader's zone, the owner
 * snoozing and cancelling from it (the private list replaced through the response URL), a non-owner refused, an
 * unknown name, and a reminder that could not be posted shown with why.
 */
class ReminderPreviewEndToEndTest {
    private static final String TEAM = "T0STUB";

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

    /** Assessed at Tier 1 (owner U1): a follow-up "Evaluate for Tier 2" six months later, at 09:00 UTC. */
    private Partnership assessed(String name, String channel) throws Exception {
        QuestionnaireDriver.assessNew(
                app, name, channel, "spend_commitment", "dedicated_engineering", "requirement", "yes");
        app.work.runAll();
        return app.partnerships().findByName(TEAM, name).orElseThrow();
    }

    private List<ReminderRow> waiting(Partnership p) {
        return TestReminders.scheduled(app.wiring.database().jdbi(), TEAM, p.id());
    }

    private JsonNode command(String text, String user) throws Exception {
        return app.json(app.command(text, user, "C1").body());
    }

    private static String value(Action action, ReminderRow r, Partnership scope) {
        return action.name().toLowerCase(Locale.ROOT) + ":" + r.id() + ":" + (scope == null ? "" : scope.id());
    }

    /** Chooses {@code value} in a reminder's menu as {@code user}; returns what came back through the response URL. */
    private RecordedCall choose(ReminderRow r, String value, String user) {
        int before = app.slack.calls("response_url").size();
        String url = app.slack.responseUrl("manage-" + System.nanoTime());
        var response = app.interaction(Payloads.overflow(
                ReminderIds.MANAGE_ACTION, ReminderIds.PREVIEW_BLOCK_PREFIX + r.id(), value, user, "C1", url));
        assertThat(response.statusCode()).isEqualTo(200);
        List<RecordedCall> answers = app.slack.calls("response_url");
        assertThat(answers).hasSize(before + 1);
        return answers.get(before);
    }

    private static String dateToken(Instant at) {
        return "<!date^" + at.getEpochSecond() + "^{date_short_pretty} at {time}|";
    }

    @Test
    void theWorkspaceListShowsEachReminderInTheReadersZoneWithItsKindPartnershipAndMenu() throws Exception {
        Partnership acme = assessed("Acme Cloud", "C1");
        Partnership northwind = assessed("Northwind", "C2");
        ReminderRow acmeFollowUp = waiting(acme).get(0);
        assertThat(acmeFollowUp.dueDate()).isEqualTo(LocalDate.parse("2027-02-28"));

        JsonNode all = command("reminders", "U1");
        assertThat(all.path("response_type").asText()).isEqualTo("ephemeral");
        String shown = all.toString();
        int total = waiting(acme).size() + waiting(northwind).size();
        assertThat(shown)
                .contains("Coming up in this workspace: " + total + " reminders.")
                .contains(dateToken(acmeFollowUp.dueAt()) + "2027-02-28 09:00 UTC>")
                .contains("Follow-up")
                .contains("Acme Cloud\\n" + acmeFollowUp.label())
                .contains("Northwind\\n")
                .contains("\"action_id\":\"" + ReminderIds.MANAGE_ACTION + "\"")
                .contains(value(Action.SNOOZE_WEEK, acmeFollowUp, null))
                .doesNotContain("more after these");

        JsonNode one = command("reminders acme cloud", "U1");
        assertThat(one.toString())
                .contains("Acme Cloud: " + waiting(acme).size())
                .contains(value(Action.CANCEL, acmeFollowUp, acme))
                .doesNotContain("Northwind");
    }

    @Test
    void theWorkspaceListIsBoundedAndCountsTheRest() throws Exception {
        for (int i = 0; i < 22; i++) {
            assessed("Partner " + i, "C1");
        }
        JsonNode all = command("reminders", "U1");
        long menus = all.path("blocks").findValues("action_id").stream()
                .filter(a -> a.asText().equals(ReminderIds.MANAGE_ACTION))
                .count();
        assertThat(menus).isEqualTo(20);
        int total = app.wiring.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM reminder WHERE team_id = :t AND status = 'scheduled'")
                .bind("t", TEAM)
                .mapTo(Integer.class)
                .one());
        assertThat(all.toString()).contains("…and " + (total - 20) + " more after these.");
    }

    @Test
    void theOwnerSnoozesThenCancelsAndTheListIsReplacedEachTime() throws Exception {
        Partnership acme = assessed("Acme Cloud", "C1");
        ReminderRow followUp = waiting(acme).get(0);
        command("reminders Acme Cloud", "U1");

        RecordedCall snoozed = choose(followUp, value(Action.SNOOZE_WEEK, followUp, acme), "U1");
        ReminderRow moved = app.wiring
                .database()
                .jdbi()
                .onDemand(com.partnerbot.store.ReminderDao.class)
                .find(TEAM, followUp.id())
                .orElseThrow();
        assertThat(moved.dueDate()).isEqualTo(LocalDate.parse("2027-03-07"));
        assertThat(moved.scheduled()).isTrue();
        assertThat(snoozed.args().path("replace_original").asBoolean()).isTrue();
        assertThat(snoozed.args().path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(snoozed.args().toString())
                .contains("Snoozed: " + followUp.label() + " is now due " + dateToken(moved.dueAt()))
                .contains("Snoozed by <@U1>")
                .contains(dateToken(moved.dueAt()) + "2027-03-07 09:00 UTC>");

        int before = waiting(acme).size();
        RecordedCall cancelled = choose(followUp, value(Action.CANCEL, followUp, acme), "U1");
        assertThat(waiting(acme)).hasSize(before - 1).noneMatch(r -> r.id().equals(followUp.id()));
        assertThat(cancelled.args().path("replace_original").asBoolean()).isTrue();
        assertThat(cancelled.args().toString())
                .contains("Cancelled: " + followUp.label() + " will not be posted.")
                .doesNotContain(ReminderIds.PREVIEW_BLOCK_PREFIX + followUp.id());

        // Chosen again from a list still on someone's screen: nothing changes, and they are told so.
        RecordedCall again = choose(followUp, value(Action.SNOOZE_DAY, followUp, acme), "U1");
        assertThat(again.args().toString()).contains("That reminder was already cancelled, so nothing changed.");
        assertThat(waiting(acme)).noneMatch(r -> r.id().equals(followUp.id()));
    }

    @Test
    void someoneWhoIsNotTheOwnerIsToldPrivatelyWhoCanAndNothingChanges() throws Exception {
        Partnership acme = assessed("Acme Cloud", "C1");
        ReminderRow followUp = waiting(acme).get(0);

        RecordedCall refused = choose(followUp, value(Action.CANCEL, followUp, null), "U5");

        assertThat(refused.args().path("replace_original").asBoolean()).isFalse();
        assertThat(refused.args().path("text").asText())
                .isEqualTo("Only <@U1>, the owner of Acme Cloud, can snooze or cancel its reminders. Nothing changed.");
        assertThat(waiting(acme)).singleElement().isEqualTo(followUp);
    }

    @Test
    void anUnknownNameGetsTheClosestNames() throws Exception {
        assessed("Acme Cloud", "C1");
        JsonNode answer = command("reminders Acme Clod", "U1");
        assertThat(answer.path("text").asText()).isEqualTo("No partnership named Acme Clod");
        assertThat(answer.toString()).contains("Did you mean:\\n• /partner reminders Acme Cloud");
    }

    @Test
    void aReminderThatCouldNotBePostedIsShownWithWhyInPlainWords() throws Exception {
        Partnership acme = assessed("Acme Cloud", "C1");
        Partnership northwind = assessed("Northwind", "C2");
        ReminderRow followUp = waiting(northwind).get(0);
        app.slack.archive("C2");
        app.clock.set(followUp.dueAt());
        assertThat(TestReminders.sweep(app.wiring.database().jdbi(), app.clock)).isPositive();
        app.work.tick();

        JsonNode all = command("reminders", "U1");
        assertThat(all.toString())
                .contains("*Not posted lately*")
                .contains("<#C2> is archived, so it could not be posted there.")
                .contains(ReminderIds.PREVIEW_FAILED_BLOCK_PREFIX + followUp.id())
                .contains("Northwind\\n" + followUp.label());
        // Acme's follow-up, due at the same time in a channel that works, was posted and is not listed.
        assertThat(app.slack.messagesIn("C1"))
                .anySatisfy(m -> assertThat(m.path("text").asText()).contains("Follow-up for Acme Cloud"));
        assertThat(command("reminders Acme Cloud", "U1").toString()).doesNotContain("Not posted lately");
    }

    @Test
    void helpListsTheSubcommand() throws Exception {
        assertThat(command("help", "U1").toString())
                .contains("/partner reminders [NAME]")
                .contains("/partner reminders Acme Cloud");
    }
}
