package com.partnerbot.slack.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.charter.Signature;
import com.partnerbot.frameworks.ReminderKind;
import com.partnerbot.history.HistoryEntry;
import com.partnerbot.history.HistoryEntry.Change;
import com.partnerbot.history.HistoryEntry.Ending;
import com.partnerbot.history.HistoryEntry.Outcome;
import com.partnerbot.history.HistoryPage;
import com.partnerbot.store.Partnership;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each kind of entry as one line; what people typed stays plain text, playbook words are escaped once. */
class HistoryRendererTest {
    private static final Instant AT = Instant.parse("2026-09-01T10:05:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-09-08");
    private static final Partnership ACME = new Partnership("T1", "p1", "<!channel> Acme", "C9", "U1", null, "U1", AT);

    private static String line(HistoryEntry entry) {
        return HistoryRenderer.line(entry, ACME);
    }

    private static HistoryEntry.ReminderEnded ended(Ending ending, Optional<String> by, Optional<String> reason) {
        return new HistoryEntry.ReminderEnded(AT, by, ReminderKind.LAUNCH_STAGE, "Launch & learn", ending, reason, DAY);
    }

    @Test
    void everyKindOfEntryReadsAsOneLineWithItsTimeAndWho() {
        var outcome = new Outcome("Real partnership", Optional.of("Tier 1"), Optional.of("Full"));
        assertThat(line(new HistoryEntry.Assessed(AT, "U1", 1, outcome, true, List.of())))
                .isEqualTo("`2026-09-01 10:05 UTC` <@U1> assessed it (#1): *Real partnership* · Tier 1 · Full");
        assertThat(line(new HistoryEntry.Assessed(
                        AT,
                        "U2",
                        2,
                        new Outcome("Handshake", Optional.empty(), Optional.empty()),
                        false,
                        List.of(new Change("Tier", Optional.of("Tier 1"), Optional.empty())))))
                .isEqualTo("`2026-09-01 10:05 UTC` <@U2> re-assessed it (#2): *Handshake*\nTier Tier 1 → none");
        assertThat(line(new HistoryEntry.Assessed(AT, "U2", 3, outcome, false, List.of())))
                .endsWith("*Real partnership* · Tier 1 · Full\nsame verdict, tier and investment");
        assertThat(line(new HistoryEntry.CharterWritten(AT, "U1", 2))).endsWith("<@U1> wrote charter version 2");
        assertThat(line(new HistoryEntry.Signed(
                        AT,
                        "U9",
                        2,
                        Signature.Side.PARTNER,
                        Signature.Method.SLACK,
                        Optional.of("T9"),
                        Optional.empty())))
                .endsWith("<@U9> signed version 2 for the partner (workspace T9)");
        assertThat(line(new HistoryEntry.Signed(
                        AT, "U1", 2, Signature.Side.US, Signature.Method.SLACK, Optional.empty(), Optional.empty())))
                .endsWith("<@U1> signed version 2 for our side");
        assertThat(line(new HistoryEntry.Signed(
                        AT,
                        "U1",
                        2,
                        Signature.Side.PARTNER,
                        Signature.Method.OUTSIDE,
                        Optional.empty(),
                        Optional.of("PDF"))))
                .endsWith("<@U1> recorded that the partner signed version 2 outside Slack");
        assertThat(line(new HistoryEntry.Ticked(AT, "U3", "Before starting", "Kick-off <held>", false)))
                .endsWith("<@U3> unticked “Kick-off &lt;held&gt;” (Before starting)");
        assertThat(line(new HistoryEntry.PhaseStarted(AT, "U1", "Walk", DAY)))
                .endsWith("<@U1> started Walk on 2026-09-08");
        assertThat(line(new HistoryEntry.GateRun(AT, "U1", "Crawl", "Advance to Walk", false)))
                .endsWith("<@U1> ran the Crawl gate: *Advance to Walk*");
        assertThat(line(new HistoryEntry.GateRun(AT, "U1", "Crawl", "End partnership", true)))
                .endsWith("*End partnership* (the phases end)");
        assertThat(line(new HistoryEntry.ReminderSent(AT, ReminderKind.FOLLOW_UP, "Evaluate for Tier 2")))
                .endsWith("Reminder posted: Follow-up “Evaluate for Tier 2”");
        assertThat(line(new HistoryEntry.ActivityLogged(AT, "U4", DAY, "Demo <b> done")))
                .endsWith("<@U4> logged activity for 2026-09-08: Demo &lt;b&gt; done");
    }

    @Test
    void remindersSayHowTheyEndedAndWhoEndedThem() {
        String reminder = "Launch stage “Launch &amp; learn”";
        assertThat(line(ended(Ending.DONE, Optional.of("U5"), Optional.empty())))
                .endsWith("<@U5> marked done: " + reminder);
        assertThat(line(ended(Ending.NOT_APPLICABLE, Optional.of("U5"), Optional.empty())))
                .endsWith("<@U5> marked not applicable: " + reminder);
        assertThat(line(ended(Ending.CANCELLED, Optional.of("U5"), Optional.empty())))
                .endsWith("<@U5> cancelled: " + reminder);
        assertThat(line(ended(Ending.SNOOZED, Optional.of("U5"), Optional.empty())))
                .endsWith("<@U5> snoozed to 2026-09-08: " + reminder);
        assertThat(line(ended(Ending.DONE, Optional.empty(), Optional.empty())))
                .endsWith("Partnerbot marked done: " + reminder);
        assertThat(line(ended(Ending.MISSED, Optional.empty(), Optional.of("not posted in its time"))))
                .endsWith("Not posted in its time (the bot was not running): " + reminder);
        assertThat(line(ended(Ending.FAILED, Optional.empty(), Optional.of("is_archived"))))
                .endsWith("Could not be posted: " + reminder + ". <#C9> is archived, so it could not be posted there.");
    }

    @Test
    void theNameAndTheEvidenceAreShownAsTyped() {
        var page = new HistoryPage(
                List.of(new HistoryEntry.Signed(
                        AT,
                        "U1",
                        1,
                        Signature.Side.PARTNER,
                        Signature.Method.OUTSIDE,
                        Optional.empty(),
                        Optional.of("<@U2> emailed the PDF"))),
                0,
                1,
                10);

        var blocks = new HistoryRenderer().render(ACME, page);

        assertThat(((SectionBlock) blocks.get(0)).getText())
                .isEqualTo(PlainTextObject.builder()
                        .text("History of <!channel> Acme, newest first")
                        .emoji(false)
                        .build());
        assertThat(((ContextBlock) blocks.get(2)).getElements())
                .containsExactly(PlainTextObject.builder()
                        .text("Evidence: <@U2> emailed the PDF")
                        .emoji(false)
                        .build());
        assertThat(blocks).hasSize(3);
        assertThat(new HistoryRenderer().fallback(ACME, page)).isEqualTo("History of &lt;!channel&gt; Acme: 1 entries");
    }
}
