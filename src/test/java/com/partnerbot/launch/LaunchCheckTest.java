package com.partnerbot.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The launch plan's checks at their edges: dates, owners, lengths, time zones and times of day. */
class LaunchCheckTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private static final LocalDate CREATED = LocalDate.of(2026, 8, 20);

    private static LaunchDraft draft(String date) {
        return new LaunchDraft(date, "U9", "Dana", "Marketplace listing", "UTC", "09:00");
    }

    private static LaunchDraft withOwnerAndPathway(String partnerOwner, String pathway) {
        return new LaunchDraft("2026-12-01", "U9", partnerOwner, pathway, "UTC", "09:00");
    }

    private static LaunchDraft withZone(String zone) {
        return new LaunchDraft("2026-12-01", "U9", "Dana", "Docs", zone, "09:00");
    }

    private static LaunchDraft withTime(String time) {
        return new LaunchDraft("2026-12-01", "U9", "Dana", "Docs", "UTC", time);
    }

    private static java.util.Map<String, String> problems(LaunchDraft d) {
        return LaunchCheck.problems(d, TODAY, CREATED);
    }

    @Test
    void aLaunchExactlyTwoYearsAheadPassesAndOneDayMoreDoesNot() {
        assertThat(problems(draft("2028-09-01"))).isEmpty();
        assertThat(problems(draft("2028-09-02")))
                .containsExactly(entry(
                        LaunchDraft.LAUNCH_DATE, "That is more than two years away; pick a date up to 2028-09-01."));
    }

    @Test
    void aLaunchOnTheDayThePartnershipWasCreatedPassesAndTheDayBeforeDoesNot() {
        assertThat(problems(draft("2026-08-20"))).isEmpty();
        assertThat(problems(draft("2026-08-19")))
                .containsExactly(entry(
                        LaunchDraft.LAUNCH_DATE,
                        "That is before this partnership existed (it was created on 2026-08-20)."));
    }

    @Test
    void aDateIsReadWithoutItsSpacesAndWhatIsNotADateIsQuoted() {
        assertThat(problems(draft(" 2026-12-01 "))).isEmpty();
        assertThat(LaunchCheck.date(" 2026-12-01 ")).contains(LocalDate.of(2026, 12, 1));
        assertThat(LaunchCheck.date(null)).isEmpty();
        assertThat(LaunchCheck.date("  ")).isEmpty();
        assertThat(problems(draft(" 2026-13-01 ")))
                .containsExactly(
                        entry(LaunchDraft.LAUNCH_DATE, "\"2026-13-01\" is not a date; pick one, e.g. 2026-10-13."));
        assertThat(problems(draft(""))).containsExactly(entry(LaunchDraft.LAUNCH_DATE, "Pick the launch date."));
    }

    @Test
    void ourLaunchOwnerIsRequired() {
        assertThat(problems(new LaunchDraft("2026-12-01", null, "Dana", "Docs", "UTC", "09:00")))
                .containsExactly(entry(
                        LaunchDraft.OUR_OWNER,
                        "Name who owns the launch on our side: partners rarely promote on their own."));
        assertThat(problems(new LaunchDraft("2026-12-01", "  ", "Dana", "Docs", "UTC", "09:00")))
                .containsOnlyKeys(LaunchDraft.OUR_OWNER);
    }

    @Test
    void thePartnersOwnerTakesUpTo200CharactersAndThePathwayUpTo1000NotCountingOuterSpaces() {
        assertThat(problems(withOwnerAndPathway(" " + "d".repeat(200) + " ", " " + "p".repeat(1000) + " ")))
                .isEmpty();
        assertThat(problems(withOwnerAndPathway("d".repeat(201), "p".repeat(1000))))
                .containsExactly(entry(LaunchDraft.PARTNER_OWNER, "At most 200 characters."));
        assertThat(problems(withOwnerAndPathway("d".repeat(200), "p".repeat(1001))))
                .containsExactly(entry(LaunchDraft.PATHWAY, "At most 1000 characters."));
        assertThat(problems(withOwnerAndPathway(null, null))).isEmpty();
    }

    @Test
    void aTimeZoneIsARegionOrUtcInAnyCase() {
        assertThat(problems(withZone(" Europe/Berlin "))).isEmpty();
        assertThat(LaunchCheck.zone(" Europe/Berlin ")).contains(ZoneId.of("Europe/Berlin"));
        assertThat(LaunchCheck.zone("utc")).contains(ZoneId.of("UTC"));
        assertThat(LaunchCheck.zone("+02:00")).isEmpty();
        assertThat(LaunchCheck.zone(null)).isEmpty();
        assertThat(LaunchCheck.zone(" ")).isEmpty();
        assertThat(problems(withZone(null)))
                .containsExactly(
                        entry(LaunchDraft.TIME_ZONE, "Enter the time zone reminders follow, e.g. America/New_York."));
    }

    @Test
    void anUnknownTimeZoneIsQuotedUpTo60Characters() {
        String sixty = "Z".repeat(60);
        assertThat(problems(withZone(" " + sixty + " ")))
                .containsExactly(entry(
                        LaunchDraft.TIME_ZONE,
                        "\"" + sixty + "\" is not a time zone I know; use a name such as America/New_York,"
                                + " Europe/Berlin or UTC."));
        assertThat(problems(withZone(sixty + "XY")))
                .containsExactly(entry(
                        LaunchDraft.TIME_ZONE,
                        "\"" + sixty + "…\" is not a time zone I know; use a name such as America/New_York,"
                                + " Europe/Berlin or UTC."));
    }

    @Test
    void theTimeOfDayNeedsTwoDigitHoursAndDropsSeconds() {
        assertThat(problems(withTime("09:00"))).isEmpty();
        assertThat(problems(withTime(" 17:45 "))).isEmpty();
        assertThat(problems(withTime("9:00")))
                .containsExactly(entry(LaunchDraft.REMIND_AT, "Pick the time of day, e.g. 09:00."));
        assertThat(problems(withTime(null))).isEmpty();
        assertThat(LaunchCheck.time("10:15:30.5")).contains(LocalTime.of(10, 15));
        assertThat(LaunchCheck.time("9:00")).isEmpty();
    }

    @Test
    void checkedValuesDefaultTheTimeToNine() {
        assertThat(LaunchCheck.checked(withTime(" ")))
                .isEqualTo(new LaunchCheck.Checked(LocalDate.of(2026, 12, 1), ZoneId.of("UTC"), LocalTime.of(9, 0)));
        assertThat(LaunchCheck.checked(new LaunchDraft("2027-01-02", "U9", null, null, "Asia/Tokyo", "07:05:59")))
                .isEqualTo(
                        new LaunchCheck.Checked(LocalDate.of(2027, 1, 2), ZoneId.of("Asia/Tokyo"), LocalTime.of(7, 5)));
    }
}
