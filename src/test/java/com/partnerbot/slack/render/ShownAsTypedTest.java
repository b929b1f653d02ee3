package com.partnerbot.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.partnerships.AssessmentSummary;
import com.partnerbot.partnerships.PartnershipStatus;
import com.partnerbot.partnerships.QuestionnaireAnswers;
import com.partnerbot.partnerships.StoredAssessment;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.slack.reminders.ReminderMessages;
import com.partnerbot.store.Partnership;
import com.partnerbot.testing.TestReminders;
import com.partnerbot.testing.TextObjects;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every renderer shows names and notes people typed as typed, and escapes notification text exactly once. */
class ShownAsTypedTest {
    private static final String NAME = "*AT&T* <!channel> _x_ ~y~ `code` :tada:";
    private static final String NOTE_REASON = "Our company would lose: Spend commitment, *50k* <!here> & _maybe_";

    private static final Partnership PARTNERSHIP =
            new Partnership("T1", "p1", NAME, "C1", "U7", null, "U1", Instant.parse("2026-08-31T09:30:00Z"));
    private static final AssessmentSummary SUMMARY = new AssessmentSummary(
            "real",
            "Real partnership",
            "Both sides commit.",
            true,
            List.of(NOTE_REASON, "Partner would lose: Dedicated engineering"),
            List.of(),
            "",
            "requirement",
            "Requirement",
            "full",
            "Full partnership investment",
            null,
            "Requirement (strongest) -> Full partnership investment",
            "tier_1",
            "Tier 1",
            null,
            "the partner can self-serve -> Start at Tier 1",
            List.of(new AssessmentSummary.Due("evaluate_tier_2", "Evaluate for Tier 2", "2027-02-28")),
            List.of(),
            "Write the charter");
    private static final StoredAssessment ASSESSMENT = new StoredAssessment(
            "a1",
            "p1",
            1,
            "default",
            "1",
            "U1",
            Instant.parse("2026-08-31T09:30:00Z"),
            QuestionnaireAnswers.empty(),
            SUMMARY);

    @Test
    void escapeAndUnescapeAreExactInverses() {
        assertThat(Text.escape("AT&T <!channel> &amp;")).isEqualTo("AT&amp;T &lt;!channel&gt; &amp;amp;");
        for (String typed : List.of(NAME, "AT&T", "&amp;", "&lt;b&gt;", "a &amp;lt; b", "", "<<>>&&")) {
            assertThat(Text.unescape(Text.escape(typed))).as(typed).isEqualTo(typed);
        }
        assertThat(Text.unescape("AT&amp;T &lt;x&gt; &amp;amp; &quot;")).isEqualTo("AT&T <x> &amp; &quot;");
        assertThat(Text.literal(NAME, 10).getText()).isEqualTo("*AT&T* <!…");
        assertThat(Text.literal(NAME, 100).getEmoji()).isFalse();
    }

    @Test
    void anAssessmentShowsTheNameAndNotesAsTyped() {
        var blocks = TextObjects.json(new AssessmentBlocks().summary(PARTNERSHIP, ASSESSMENT));
        TextObjects.assertShownAsTyped(blocks, NAME);
        TextObjects.assertShownAsTyped(blocks, NOTE_REASON);
        assertThat(blocks.toString()).contains("*Real partnership*").contains("Tier 1");
        assertThat(new AssessmentBlocks().fallback(PARTNERSHIP, ASSESSMENT))
                .isEqualTo(Text.escape(NAME) + ": Real partnership");
    }

    @Test
    void statusEscapesItsNotificationTextOnceAndShowsNamesAsTyped() {
        StatusRenderer status = new StatusRenderer(new AssessmentBlocks());
        var found = new PartnershipStatus.Found(PARTNERSHIP, Optional.of(ASSESSMENT));
        assertThat(status.fallbackText(found, NAME)).isEqualTo(Text.escape(NAME) + ": Real partnership");
        TextObjects.assertShownAsTyped(TextObjects.json(status.render(found, NAME)), NAME);

        var notAssessed = new PartnershipStatus.Found(PARTNERSHIP, Optional.empty());
        assertThat(status.fallbackText(notAssessed, NAME)).isEqualTo(Text.escape(NAME) + " is not assessed yet");
        var blocks = TextObjects.json(status.render(notAssessed, NAME));
        TextObjects.assertShownAsTyped(blocks, NAME);
        TextObjects.assertShownAsTyped(blocks, "/partner qualify " + NAME);

        var unknown = new PartnershipStatus.Unknown(List.of(NAME));
        assertThat(status.fallbackText(unknown, "<!here>")).isEqualTo("No partnership named &lt;!here&gt;");
        var suggested = TextObjects.json(status.render(unknown, "<!here>"));
        TextObjects.assertShownAsTyped(suggested, "<!here>");
        TextObjects.assertShownAsTyped(suggested, "/partner status " + NAME);
    }

    @Test
    void helpAndDecisionsEchoAnUnknownWordAsTyped() {
        TextObjects.assertShownAsTyped(
                TextObjects.json(new HelpRenderer().render(List.of(), "*x*<!here>")), "*x*<!here>");
        TextObjects.assertShownAsTyped(
                TextObjects.json(new DecisionMessages().choices(List.of(), "`y` <!channel>")), "`y` <!channel>");
    }

    @Test
    void aFollowUpShowsTheNameAsTypedAndItsNotificationEscapedOnce() {
        var row = TestReminders.row(
                "f1", "p1", "follow_up", "evaluate_tier_2@2027-02-28", "Evaluate for Tier 2", "2027-02-28");
        var message = new ReminderMessages(PlaybookLoader.loadDefault()).render(PARTNERSHIP, row, List.of());
        TextObjects.assertShownAsTyped(TextObjects.json(message.blocks()), NAME);
        TextObjects.assertEscapedOnce(message.text(), NAME);
        assertThat(TextObjects.json(message.blocks()).toString()).contains("<@U7>");
    }
}
