package com.partnerbot.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.playbook.PlaybookLoader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchScheduleTest {
    private static final LocalDate LAUNCH = LocalDate.of(2026, 6, 1);

    @Test
    void stagesSitAroundTheLaunchDate() {
        List<StageWindow> plan =
                new LaunchSchedule().plan(PlaybookLoader.loadDefault().launch(), LAUNCH);

        assertThat(plan).extracting(w -> w.stage().id()).containsExactly("pre_launch", "launch_week", "post_launch");
        assertThat(plan.get(0).start()).isEqualTo(LAUNCH.minusWeeks(6));
        assertThat(plan.get(0).end()).isEqualTo(LAUNCH.minusWeeks(4).plusDays(6));
        assertThat(plan.get(0).reminders())
                .containsExactly(LAUNCH.minusWeeks(6), LAUNCH.minusWeeks(5), LAUNCH.minusWeeks(4));
        assertThat(plan.get(1).start()).isEqualTo(LAUNCH);
        assertThat(plan.get(1).end()).isEqualTo(LAUNCH.plusDays(6));
    }

    @Test
    void postLaunchWeeksTwoToEightGetAWeeklyReminder() {
        StageWindow post = new LaunchSchedule()
                .plan(PlaybookLoader.loadDefault().launch(), LAUNCH)
                .get(2);

        assertThat(post.start()).isEqualTo(LAUNCH.plusWeeks(1));
        assertThat(post.end()).isEqualTo(LAUNCH.plusWeeks(8).minusDays(1));
        assertThat(post.reminders()).hasSize(7).first().isEqualTo(LAUNCH.plusWeeks(1));
        assertThat(post.reminders()).last().isEqualTo(LAUNCH.plusWeeks(7));
    }

    @Test
    void eachRemindingStageIsPostedOnItsFirstDayAndChecksInEachLaterWeek() {
        List<PlannedReminder> reminders =
                new LaunchSchedule().reminders(PlaybookLoader.loadDefault().launch(), LAUNCH);

        assertThat(reminders)
                .extracting(r -> r.kind() + " " + r.key() + " " + r.date() + " until "
                        + r.until().orElseThrow())
                .containsExactly(
                        "LAUNCH_STAGE stage:pre_launch 2026-04-20 until 2026-05-11",
                        "CHECK_IN check_in:pre_launch:-5 2026-04-27 until 2026-05-04",
                        "CHECK_IN check_in:pre_launch:-4 2026-05-04 until 2026-05-11",
                        "LAUNCH_STAGE stage:launch_week 2026-06-01 until 2026-06-08",
                        "LAUNCH_STAGE stage:post_launch 2026-06-08 until 2026-07-27",
                        "CHECK_IN check_in:post_launch:3 2026-06-15 until 2026-06-22",
                        "CHECK_IN check_in:post_launch:4 2026-06-22 until 2026-06-29",
                        "CHECK_IN check_in:post_launch:5 2026-06-29 until 2026-07-06",
                        "CHECK_IN check_in:post_launch:6 2026-07-06 until 2026-07-13",
                        "CHECK_IN check_in:post_launch:7 2026-07-13 until 2026-07-20",
                        "CHECK_IN check_in:post_launch:8 2026-07-20 until 2026-07-27");
        assertThat(reminders.get(5).label()).isEqualTo("Post-launch, week 3 check-in");
        assertThat(reminders.get(0).label()).isEqualTo("Pre-launch");
    }

    @Test
    void keysNameTheirStage() {
        assertThat(LaunchSchedule.stageOf("stage:post_launch")).contains("post_launch");
        assertThat(LaunchSchedule.stageOf("check_in:pre_launch:-5")).contains("pre_launch");
        assertThat(LaunchSchedule.stageOf("check_in:odd")).contains("odd");
        assertThat(LaunchSchedule.stageOf("evaluate_tier_2@2027-01-01")).isEmpty();
    }

    @Test
    void weeksCountFromLaunchDayWithoutAWeekZero() {
        assertThat(LaunchSchedule.weekOf(LAUNCH, LAUNCH)).isEqualTo(1);
        assertThat(LaunchSchedule.weekOf(LAUNCH, LAUNCH.plusDays(6))).isEqualTo(1);
        assertThat(LaunchSchedule.weekOf(LAUNCH, LAUNCH.plusWeeks(7))).isEqualTo(8);
        assertThat(LaunchSchedule.weekOf(LAUNCH, LAUNCH.minusDays(1))).isEqualTo(-1);
        assertThat(LaunchSchedule.weekOf(LAUNCH, LAUNCH.minusWeeks(6))).isEqualTo(-6);
    }
}
