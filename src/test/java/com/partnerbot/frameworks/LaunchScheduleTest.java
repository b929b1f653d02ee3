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
        assertThat(plan.get(0).reminders()).isEmpty();
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
}
