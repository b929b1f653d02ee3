package com.partnerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerbot.slack.launch.LaunchIds;
import com.partnerbot.slack.reminders.ReminderIds;
import com.partnerbot.store.Partnership;
import com.partnerbot.store.ReminderDao;
import com.partnerbot.store.ReminderRow;
import com.partnerbot.testing.Payloads;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launch plan end to end on an injected clock: set in its form, posted to the channel, and every stage and
 * check-in posted once, in order, at 09:00 in New York, across the end of daylight saving and a restart; ghosting
 * warned once per stretch of silence; activity logged from a check-in.
 */
class LaunchEndToEndTest {
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

    private Partnership assessed(String name, String channel) throws Exception {
        QuestionnaireDriver.assessNew(
                app, name, channel, "spend_commitment", "dedicated_engineering", "requirement", "yes");
        app.work.runAll();
        return app.partnerships().findByName(TEAM, name).orElseThrow();
    }

    private JsonNode openLaunch(String name) {
        int before = app.slack.calls("views.open").size();
        app.command("launch " + name);
        var opened = app.slack.calls("views.open");
        assertThat(opened).hasSize(before + 1);
        return opened.get(before).args().get("view");
    }

    private static String initial(JsonNode view, String blockId, String field) {
        for (JsonNode block : view.path("blocks")) {
            if (blockId.equals(block.path("block_id").asText())) {
                return block.path("element").path(field).asText(null);
            }
        }
        throw new AssertionError("no block " + blockId);
    }

    private Payloads.ViewSubmission plan(JsonNode view, String date, String zone) {
        return Payloads.viewSubmission(
                        LaunchIds.VIEW, view.path("private_metadata").asText(), "U1")
                .date(LaunchIds.DATE_BLOCK, date)
                .user(LaunchIds.OUR_OWNER_BLOCK, "U1")
                .text(LaunchIds.PARTNER_OWNER_BLOCK, "Dana Reyes")
                .text(LaunchIds.PATHWAY_BLOCK, "Marketplace listing and SSO connector, docs on both sites")
                .text(LaunchIds.TIME_ZONE_BLOCK, zone)
                .time(LaunchIds.REMIND_AT_BLOCK, "09:00");
    }

    private JsonNode submit(Payloads.ViewSubmission submission) throws Exception {
        var response = app.interaction(submission.json());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().isEmpty() ? app.json("{}") : app.json(response.body());
    }

    /** Sweeps the reminders at {@code instant} and lets the outbox post them. */
    private void sweepAt(String instant) {
        app.clock.set(Instant.parse(instant));
        app.wiring.reminders().sendDue();
        app.work.runAll();
    }

    private List<String> texts(String channel) {
        return app.slack.messagesIn(channel).stream()
                .map(m -> m.path("text").asText())
                .toList();
    }

    private List<String> reminderTexts() {
        return texts("C1").stream()
                .filter(t -> t.contains(" starts (") || t.contains("check-in") || t.contains("Ghosting"))
                .toList();
    }

    private ReminderRow reminder(Partnership p, String key) {
        return app.wiring.database().jdbi().onDemand(ReminderDao.class).ofPartnership(TEAM, p.id()).stream()
                .filter(r -> r.key().equals(key) && !r.status().equals(ReminderRow.CANCELLED))
                .findFirst()
                .orElseThrow();
    }

    private String lastPrivateAnswer() {
        var calls = app.slack.calls("response_url");
        return calls.get(calls.size() - 1).args().toString();
    }

    private String click(String actionId, String value) {
        String responseUrl = app.slack.responseUrl("click-" + actionId + "-" + System.nanoTime());
        app.interaction(Payloads.buttonAction(actionId, value, "U2", null, "C1", responseUrl));
        app.work.runAll();
        return responseUrl;
    }

    @Test
    void everyStageAndCheckInOnceInOrderAtNineInNewYorkAcrossDaylightSavingAndARestart() throws Exception {
        Partnership p = assessed("Acme", "C1");
        JsonNode view = openLaunch("Acme");
        // A first plan: our owner is the partnership's, the time zone the owner's own in Slack, 09:00.
        assertThat(initial(view, LaunchIds.OUR_OWNER_BLOCK, "initial_user")).isEqualTo("U1");
        assertThat(initial(view, LaunchIds.TIME_ZONE_BLOCK, "initial_value")).isEqualTo("Europe/Berlin");
        assertThat(initial(view, LaunchIds.REMIND_AT_BLOCK, "initial_time")).isEqualTo("09:00");

        submit(plan(view, "2026-10-19", "America/New_York"));
        app.work.runAll();

        JsonNode planPost = app.slack.messagesIn("C1").stream()
                .filter(m -> m.path("text").asText().startsWith("Launch plan for Acme"))
                .findFirst()
                .orElseThrow();
        assertThat(planPost.path("text").asText()).isEqualTo("Launch plan for Acme: launch on 2026-10-19");
        assertThat(planPost.path("blocks").toString())
                .contains("Pre-launch* (2026-09-07 to 2026-09-27)")
                .contains("Post-launch* (2026-10-26 to 2026-12-13)")
                .contains("Dana Reyes")
                .contains("09:00 America/New_York")
                .contains("Post-launch, week 8 check-in")
                .contains("<!date^1788786000^");
        // The tier follow-up moved to the partnership's time too: 09:00 in New York on its date.
        assertThat(app.wiring.database().jdbi().onDemand(ReminderDao.class).ofPartnership(TEAM, p.id()).stream()
                        .filter(r -> r.kind().equals("follow_up"))
                        .map(ReminderRow::dueAt))
                .containsExactly(Instant.parse("2027-02-28T14:00:00Z"));

        String[][] timeline = {
            {"2026-09-07T13:00:00Z", "Acme: Pre-launch starts (2026-09-07)"},
            {"2026-09-14T13:00:00Z", "Acme: Pre-launch, week -5 check-in. What moved this week?"},
            {"2026-09-21T13:00:00Z", "Acme: Pre-launch, week -4 check-in. What moved this week?"},
            {"2026-10-19T13:00:00Z", "Acme: Launch week starts (2026-10-19)"},
            {"2026-10-26T13:00:00Z", "Acme: Post-launch starts (2026-10-26)"},
            // Daylight saving ends on 2026-11-01: 09:00 in New York is 14:00 UTC from then on.
            {"2026-11-02T14:00:00Z", "Acme: Post-launch, week 3 check-in. What moved this week?"},
            {"2026-11-09T14:00:00Z", "Acme: Post-launch, week 4 check-in. What moved this week?"},
            {"2026-11-16T14:00:00Z", "Acme: Post-launch, week 5 check-in. What moved this week?"},
            {"2026-11-23T14:00:00Z", "Acme: Post-launch, week 6 check-in. What moved this week?"},
            {"2026-11-30T14:00:00Z", "Acme: Post-launch, week 7 check-in. What moved this week?"},
            {"2026-12-07T14:00:00Z", "Acme: Post-launch, week 8 check-in. What moved this week?"},
        };
        int posted = 0;
        for (String[] step : timeline) {
            Instant due = Instant.parse(step[0]);
            sweepAt(due.minus(Duration.ofMinutes(1)).toString());
            assertThat(reminderTexts()).as("nothing before " + step[1]).hasSize(posted);
            sweepAt(due.toString());
            posted++;
            assertThat(reminderTexts()).as("at " + due).hasSize(posted).last().isEqualTo(step[1]);
            sweepAt(due.plus(Duration.ofMinutes(1)).toString());
            assertThat(reminderTexts()).hasSize(posted);
            if (step[1].contains("Launch week")) {
                app = app.restart();
            }
            if (step[1].contains("week 3 check-in")) {
                // No activity since launch on 2026-10-19: on the fifteenth day, the ghosting warning, once.
                sweepAt("2026-11-03T13:59:00Z");
                assertThat(texts("U1")).noneMatch(t -> t.contains("Ghosting"));
                sweepAt("2026-11-03T14:00:00Z");
                posted++;
                assertThat(reminderTexts()).hasSize(posted).last().asString().contains("Ghosting after launch");
                assertThat(texts("U1"))
                        .filteredOn(t -> t.contains("Ghosting after launch"))
                        .hasSize(1);
                sweepAt("2026-11-04T14:00:00Z");
                assertThat(reminderTexts()).hasSize(posted);
                assertThat(app.command("status Acme").body())
                        .contains("Ghosting after launch")
                        .contains("Ghosting warning");
            }
        }
        assertThat(reminderTexts()).doesNotHaveDuplicates();
        assertThat(texts("U1")).filteredOn(t -> t.contains("Ghosting")).hasSize(1);
    }

    @Test
    void activityLoggedFromACheckInIsPostedEndsTheCheckInAndTheGhostingEpisode() throws Exception {
        Partnership p = assessed("Acme", "C1");
        submit(plan(openLaunch("Acme"), "2026-09-07", "UTC"));
        app.work.runAll();
        sweepAt("2026-09-14T09:00:00Z");
        sweepAt("2026-09-22T09:00:00Z");
        assertThat(reminderTexts()).anyMatch(t -> t.contains("Ghosting after launch"));
        ReminderRow checkIn = reminder(p, "check_in:post_launch:3");

        click(ReminderIds.LOG_ACTIVITY_ACTION, p.id() + "|" + checkIn.id());
        JsonNode form = app.slack
                .calls("views.open")
                .get(app.slack.calls("views.open").size() - 1)
                .args()
                .get("view");
        assertThat(form.path("callback_id").asText()).isEqualTo(LaunchIds.ACTIVITY_VIEW);
        JsonNode refused = submit(Payloads.viewSubmission(
                        LaunchIds.ACTIVITY_VIEW, form.path("private_metadata").asText(), "U2")
                .text(LaunchIds.ACTIVITY_BLOCK, "   "));
        assertThat(refused.path("errors").path(LaunchIds.ACTIVITY_BLOCK).asText())
                .contains("what moved");
        submit(Payloads.viewSubmission(
                        LaunchIds.ACTIVITY_VIEW, form.path("private_metadata").asText(), "U2")
                .text(LaunchIds.ACTIVITY_BLOCK, "First two customers live on the connector"));
        app.work.runAll();

        assertThat(texts("C1")).contains("Acme: First two customers live on the connector");
        assertThat(reminder(p, "check_in:post_launch:3").status()).isEqualTo(ReminderRow.DONE);
        assertThat(app.command("status Acme").body())
                .doesNotContain("Ghosting warning")
                .contains("Last activity logged:* 2026-09-22");
        // The next stretch of silence counts from the activity: warned on its fifteenth day, again once.
        assertThat(reminder(p, "ghosting@2026-09-22").dueAt()).isEqualTo(Instant.parse("2026-10-07T09:00:00Z"));
    }

    @Test
    void mistakesStayInTheFormUnderTheirFields() throws Exception {
        assessed("Acme", "C1");
        JsonNode view = openLaunch("Acme");

        JsonNode tooFar = submit(plan(view, "2029-01-01", "Atlantis/Lost"));

        assertThat(tooFar.path("response_action").asText()).isEqualTo("errors");
        assertThat(tooFar.path("errors").path(LaunchIds.DATE_BLOCK).asText())
                .isEqualTo("That is more than two years away; pick a date up to 2028-08-31.");
        assertThat(tooFar.path("errors").path(LaunchIds.TIME_ZONE_BLOCK).asText())
                .contains("\"Atlantis/Lost\" is not a time zone I know");
        JsonNode before = submit(plan(view, "2026-08-01", "UTC"));
        assertThat(before.path("errors").path(LaunchIds.DATE_BLOCK).asText())
                .isEqualTo("That is before this partnership existed (it was created on 2026-08-31).");
        assertThat(texts("C1")).noneMatch(t -> t.startsWith("Launch plan"));

        assertThat(app.command("launch Acmee").body()).contains("Acme");
        assertThat(app.command("launch").body()).contains("Which partnership?");
    }

    @Test
    void theButtonsOfAStageTickSnoozeAndEndItAndAStaleOneSaysHowItStands() throws Exception {
        Partnership p = assessed("Acme", "C1");
        submit(plan(openLaunch("Acme"), "2026-09-14", "UTC"));
        sweepAt("2026-09-14T09:00:00Z");
        ReminderRow launchWeek = reminder(p, "stage:launch_week");
        assertThat(launchWeek.status()).isEqualTo(ReminderRow.SENT);
        JsonNode post = app.slack.messagesIn("C1").stream()
                .filter(m -> m.path("text").asText().contains("Launch week starts"))
                .findFirst()
                .orElseThrow();
        assertThat(post.path("blocks").toString())
                .contains(ReminderIds.itemsBlock(launchWeek.id(), 0))
                .contains(ReminderIds.SNOOZE_WEEK_ACTION);

        String url = app.slack.responseUrl("tick-" + System.nanoTime());
        app.interaction(Payloads.checkboxes(
                ReminderIds.TICK_ACTION,
                ReminderIds.itemsBlock(launchWeek.id(), 0),
                List.of("0", "2"),
                "U2",
                "C1",
                url,
                false));
        app.work.runAll();
        JsonNode ticked = app.slack.messagesIn("C1").stream()
                .filter(m -> m.path("text").asText().contains("Launch week starts"))
                .findFirst()
                .orElseThrow();
        assertThat(ticked.path("blocks").toString()).contains("2 of 3 done");
        assertThat(app.command("status Acme").body()).contains("Last activity logged:* 2026-09-14");

        click(ReminderIds.SNOOZE_DAY_ACTION, launchWeek.id());
        assertThat(reminder(p, "stage:launch_week").dueAt()).isEqualTo(Instant.parse("2026-09-15T09:00:00Z"));
        sweepAt("2026-09-15T09:00:00Z");
        assertThat(texts("C1"))
                .filteredOn(t -> t.contains("Launch week starts"))
                .hasSize(2);

        click(ReminderIds.NOT_APPLICABLE_ACTION, launchWeek.id());
        assertThat(reminder(p, "stage:launch_week").status()).isEqualTo(ReminderRow.NOT_APPLICABLE);
        int answers = app.slack.calls("response_url").size();
        click(ReminderIds.DONE_ACTION, launchWeek.id());
        assertThat(app.slack.calls("response_url")).hasSize(answers + 1);
        assertThat(lastPrivateAnswer())
                .contains("Nothing to change")
                .contains("marked not applicable by <@U2>")
                .contains("\"ephemeral\"");
        assertThat(reminder(p, "stage:launch_week").status()).isEqualTo(ReminderRow.NOT_APPLICABLE);
        click(ReminderIds.DONE_ACTION, "no-such-reminder");
        assertThat(lastPrivateAnswer()).contains("This reminder no longer exists");
    }

    @Test
    void aReassessmentReplacesOnlyItsOwnFollowUpsNotTheLaunchReminders() throws Exception {
        Partnership p = assessed("Acme", "C1");
        submit(plan(openLaunch("Acme"), "2026-11-02", "Europe/Berlin"));
        app.work.runAll();
        long launchReminders = waiting(p, "launch");

        // Out of Tier 1: its follow-up goes, the launch plan's reminders stay.
        QuestionnaireDriver.open(app, "qualify Acme")
                .qualification("spend_commitment", "dedicated_engineering", "x")
                .value("a", "b", "c")
                .leverageAndTier("requirement", java.util.Map.of("self_serve", "no", "marquee", "yes"))
                .exit("x");
        app.work.runAll();

        assertThat(waiting(p, "launch")).isEqualTo(launchReminders).isGreaterThan(5);
        assertThat(waiting(p, "assessment")).isZero();
        assertThat(waiting(p, "ghosting")).isEqualTo(1);
    }

    private long waiting(Partnership p, String source) {
        return app.wiring.database().jdbi().onDemand(ReminderDao.class).scheduled(TEAM, p.id()).stream()
                .filter(r -> r.source().equals(source))
                .count();
    }
}
