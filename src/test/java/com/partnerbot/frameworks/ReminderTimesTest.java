package com.partnerbot.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.frameworks.ReminderTimes.Disposition;
import com.partnerbot.playbook.PlaybookLoader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reminders in a partnership's own time: across daylight saving, and a plan made after some were due. */
class ReminderTimesTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalTime NINE = LocalTime.of(9, 0);

    @Test
    void nineInNewYorkStaysNineAcrossTheSpringAndAutumnChanges() {
        // 2027-03-14 is the spring change in the US, 2027-11-07 the autumn one.
        assertThat(ReminderTimes.at(LocalDate.of(2027, 3, 13), NINE, NEW_YORK))
                .isEqualTo(Instant.parse("2027-03-13T14:00:00Z"));
        assertThat(ReminderTimes.at(LocalDate.of(2027, 3, 15), NINE, NEW_YORK))
                .isEqualTo(Instant.parse("2027-03-15T13:00:00Z"));
        assertThat(ReminderTimes.at(LocalDate.of(2027, 11, 8), NINE, NEW_YORK))
                .isEqualTo(Instant.parse("2027-11-08T14:00:00Z"));
    }

    @Test
    void aTimeTheSpringChangeSkipsFallsJustAfterTheGap() {
        assertThat(ReminderTimes.at(LocalDate.of(2027, 3, 14), LocalTime.of(2, 30), NEW_YORK))
                .isEqualTo(Instant.parse("2027-03-14T07:30:00Z"));
    }

    private static List<PlannedReminder> plan(LocalDate launch) {
        return new LaunchSchedule().reminders(PlaybookLoader.loadDefault().launch(), launch);
    }

    @Test
    void aPlanForTheFutureIsAllAhead() {
        var placed = ReminderTimes.place(
                plan(LocalDate.of(2027, 6, 1)), NINE, NEW_YORK, Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(placed).extracting(ReminderTimes.Placed::disposition).containsOnly(Disposition.AHEAD);
    }

    @Test
    void aPastLaunchDatePostsOnlyTheCurrentStageAndMarksTheRestMissed() {
        // Launched 2027-06-01; on 2027-06-24 (week 4) post-launch is the current stage.
        var placed = ReminderTimes.place(
                plan(LocalDate.of(2027, 6, 1)), NINE, NEW_YORK, Instant.parse("2027-06-24T15:00:00Z"));
        assertThat(placed)
                .filteredOn(p -> p.disposition() == Disposition.NOW)
                .extracting(p -> p.reminder().key())
                .containsExactly("stage:post_launch");
        assertThat(placed)
                .filteredOn(p -> p.disposition() == Disposition.MISSED)
                .extracting(p -> p.reminder().key())
                .containsExactly(
                        "stage:pre_launch",
                        "check_in:pre_launch:-5",
                        "check_in:pre_launch:-4",
                        "stage:launch_week",
                        "check_in:post_launch:3",
                        "check_in:post_launch:4");
        assertThat(placed)
                .filteredOn(p -> p.disposition() == Disposition.AHEAD)
                .extracting(p -> p.reminder().key())
                .startsWith("check_in:post_launch:5");
    }

    @Test
    void aLaunchLongOverPostsNothing() {
        var placed = ReminderTimes.place(
                plan(LocalDate.of(2027, 1, 4)), NINE, NEW_YORK, Instant.parse("2027-06-24T15:00:00Z"));
        assertThat(placed).extracting(ReminderTimes.Placed::disposition).containsOnly(Disposition.MISSED);
    }

    @Test
    void aStageDueThisVeryMinuteIsPostedNotMissed() {
        LocalDate launch = LocalDate.of(2027, 6, 1);
        Instant nine = ReminderTimes.at(launch, NINE, NEW_YORK);
        var placed = ReminderTimes.place(plan(launch), NINE, NEW_YORK, nine);
        assertThat(placed)
                .filteredOn(p -> p.disposition() == Disposition.NOW)
                .extracting(p -> p.reminder().key())
                .containsExactly("stage:launch_week");
        assertThat(ReminderTimes.place(plan(launch), NINE, NEW_YORK, nine.minusSeconds(1)))
                .filteredOn(p -> p.reminder().key().equals("stage:launch_week"))
                .extracting(ReminderTimes.Placed::disposition)
                .containsExactly(Disposition.AHEAD);
    }
}
