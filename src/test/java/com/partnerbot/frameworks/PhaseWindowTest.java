package com.partnerbot.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.playbook.Phase;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.playbook.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Phase windows on the calendar: the gate review at the minimum length, overdue the day after the maximum. */
class PhaseWindowTest {
    private static final Phase CRAWL =
            PlaybookLoader.loadDefault().phase("crawl").orElseThrow();
    private static final Phase RUN = PlaybookLoader.loadDefault().phase("run").orElseThrow();
    private static final LocalDate START = LocalDate.parse("2026-08-31");

    @Test
    void crawlsGateReviewIsDueAfterFourWeeks_itIsOverdueTheDayAfterEight() {
        assertThat(PhaseWindow.gateDue(CRAWL, START)).isEqualTo("2026-09-28");
        assertThat(PhaseWindow.windowEnd(CRAWL, START)).isEqualTo("2026-10-26");
        assertThat(PhaseWindow.overdueOn(CRAWL, START)).isEqualTo("2026-10-27");
    }

    @Test
    void monthsAreCalendarMonths_theLastDayOfAMonthStaysAtTheEnd() {
        assertThat(PhaseWindow.gateDue(RUN, START)).isEqualTo("2027-02-28");
        assertThat(PhaseWindow.windowEnd(RUN, START)).isEqualTo("2027-08-31");
    }

    @Test
    void aRunGetsItsGateReviewAndItsOverdueNotice_keyedByTheRun() {
        List<PlannedReminder> planned = PhaseWindow.reminders(CRAWL, "r1", START, START);

        assertThat(planned)
                .containsExactly(
                        PlannedReminder.on(
                                ReminderKind.GATE_REVIEW,
                                "gate_review:crawl:r1",
                                "Crawl gate review due",
                                LocalDate.parse("2026-09-28")),
                        PlannedReminder.on(
                                ReminderKind.PHASE_OVERDUE,
                                "overdue:crawl:r1",
                                "Crawl is past its 8 weeks without a gate",
                                LocalDate.parse("2026-10-27")));
    }

    @Test
    void aRunStartedSoLongAgoThatItIsOverdueGetsOnlyTheOverdueNotice() {
        LocalDate start = LocalDate.parse("2026-06-01");

        assertThat(PhaseWindow.reminders(CRAWL, "r1", start, LocalDate.parse("2026-07-27")))
                .extracting(PlannedReminder::kind)
                .containsExactly(ReminderKind.GATE_REVIEW, ReminderKind.PHASE_OVERDUE);
        assertThat(PhaseWindow.reminders(CRAWL, "r1", start, LocalDate.parse("2026-07-28")))
                .extracting(PlannedReminder::kind)
                .containsExactly(ReminderKind.PHASE_OVERDUE);
    }

    @Test
    void theKeyOfAGateReminderNamesItsPhase() {
        assertThat(PhaseWindow.phaseOf("gate_review:crawl:r1")).contains("crawl");
        assertThat(PhaseWindow.phaseOf("overdue:walk:r2")).contains("walk");
        assertThat(PhaseWindow.phaseOf("stage:pre_launch")).isEmpty();
        assertThat(PhaseWindow.phaseOf("gate_review::r1")).isEmpty();
        assertThat(PhaseWindow.phaseOf("gate_review:crawl")).isEmpty();
        assertThat(PhaseWindow.phaseOf("overdue:crawl:r1:x")).isEmpty();
        assertThat(PhaseWindow.phaseOf(null)).isEqualTo(Optional.empty());
    }

    @Test
    void weeksAreTheUnitUnlessMonthsIsSaid() {
        assertThat(PhaseWindow.plus(START, 2, Span.WEEKS)).isEqualTo("2026-09-14");
        assertThat(PhaseWindow.plus(START, 2, Span.MONTHS)).isEqualTo("2026-10-31");
    }
}
