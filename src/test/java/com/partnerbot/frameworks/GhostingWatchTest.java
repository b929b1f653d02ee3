package com.partnerbot.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.playbook.AntiPattern;
import com.partnerbot.playbook.Condition;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.PlaybookLoader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GhostingWatchTest {
    private static final Playbook PLAYBOOK = PlaybookLoader.loadDefault();
    private static final LocalDate LAUNCH = LocalDate.of(2027, 6, 1);

    @Test
    void theDefaultPlaybookWarnsOnTheFifteenthSilentDayInItsOwnWords() {
        GhostingWatch watch = GhostingWatch.of(PLAYBOOK).orElseThrow();
        assertThat(watch.threshold()).isEqualTo(14);
        PlannedReminder next = watch.next(LAUNCH, Optional.empty());
        assertThat(next.kind()).isEqualTo(ReminderKind.GHOSTING);
        assertThat(next.date()).isEqualTo(LAUNCH.plusDays(15));
        assertThat(next.key()).isEqualTo("ghosting@2027-06-01");
        assertThat(next.label()).isEqualTo("No post-launch activity recorded for 15 days (more than 14).");
    }

    @Test
    void silenceCountsFromTheLastActivityAfterLaunchOnly() {
        GhostingWatch watch = GhostingWatch.of(PLAYBOOK).orElseThrow();
        assertThat(watch.next(LAUNCH, Optional.of(LAUNCH.plusDays(10))).date()).isEqualTo(LAUNCH.plusDays(25));
        assertThat(watch.next(LAUNCH, Optional.of(LAUNCH.minusDays(3))).date()).isEqualTo(LAUNCH.plusDays(15));
        assertThat(GhostingWatch.silentSince(LAUNCH, Optional.of(LAUNCH))).isEqualTo(LAUNCH);
    }

    @Test
    void theWarningFallsTheDayTheDetectorFirstSeesGhosting() {
        GhostingWatch watch = GhostingWatch.of(PLAYBOOK).orElseThrow();
        LocalDate due = watch.next(LAUNCH, Optional.empty()).date();
        var detector = new AntiPatternDetector();
        var before =
                PartnershipFacts.builder(due.minusDays(1)).launchDate(LAUNCH).build();
        var on = PartnershipFacts.builder(due).launchDate(LAUNCH).build();
        assertThat(detector.detect(PLAYBOOK, before)).extracting(Warning::id).doesNotContain("ghosting");
        assertThat(detector.detect(PLAYBOOK, on)).extracting(Warning::id).contains("ghosting");
    }

    @Test
    void aPlaybookWithGhostingSwitchedOffWatchesNothing() {
        List<AntiPattern> patterns = new ArrayList<>();
        for (AntiPattern p : PLAYBOOK.antiPatterns()) {
            patterns.add(
                    p.id().equals("ghosting")
                            ? new AntiPattern(p.id(), p.title(), p.description(), false, p.detect(), p.reason())
                            : p);
        }
        assertThat(GhostingWatch.of(with(patterns))).isEmpty();
    }

    @Test
    void aThresholdThatIsNotADayCountWatchesNothing() {
        List<AntiPattern> patterns = new ArrayList<>();
        for (AntiPattern p : PLAYBOOK.antiPatterns()) {
            patterns.add(
                    p.id().equals("ghosting")
                            ? new AntiPattern(
                                    p.id(),
                                    p.title(),
                                    p.description(),
                                    true,
                                    List.of(new Condition(
                                            "days_since_post_launch_activity", null, null, null, "14", null)),
                                    p.reason())
                            : p);
        }
        assertThat(GhostingWatch.of(with(patterns))).isEmpty();
    }

    private static Playbook with(List<AntiPattern> patterns) {
        Playbook p = PLAYBOOK;
        return new Playbook(
                p.id(),
                p.version(),
                p.name(),
                p.recommendedMaxTiers(),
                p.qualification(),
                p.value(),
                p.leverageTypes(),
                p.investmentLevels(),
                p.tiers(),
                p.trees(),
                p.phases(),
                p.charter(),
                p.launch(),
                patterns,
                p.checklists(),
                p.placeholderAnswers(),
                p.precedence());
    }
}
