package com.partnerbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.charter.CharterDraft;
import com.partnerbot.charter.CharterService;
import com.partnerbot.charter.Signatory;
import com.partnerbot.launch.ActivityLog;
import com.partnerbot.launch.LaunchAnnouncer;
import com.partnerbot.launch.LaunchDraft;
import com.partnerbot.launch.LaunchService;
import com.partnerbot.outbox.Kind;
import com.partnerbot.outbox.Outbox;
import com.partnerbot.outbox.OutboxMessage;
import com.partnerbot.partnerships.AssessmentService;
import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.phases.PhaseService;
import com.partnerbot.playbook.Playbook;
import com.partnerbot.playbook.PlaybookLoader;
import com.partnerbot.reminders.Reminders;
import com.partnerbot.slack.reminders.ReminderMessages;
import com.partnerbot.store.Database;
import com.partnerbot.store.Partnership;
import com.partnerbot.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jdbi.v3.core.Jdbi;

/**
 * Fills a real SQLite file with a workspace's portfolio as it grows in use: each partnership lives its own story
 * through the production services, all stories together on one clock moved from the oldest first assessment up to
 * {@code now}, with the reminder sweep run at each reminder's time and every post delivered as the sender records it.
 * A story: one to three assessments with every verdict and tier; for most committed ones a charter (signed by both
 * sides, by ours only, or waiting), for some a launch plan with its stages, check-ins and ghosting watch, a Crawl phase
 * (some gated on to Walk), activity recorded, launch stages marked done (see {@link SeedTimeline}).
 */
final class PortfolioSeed {
    private final Instant now;
    private final String team;
    private final Random random = new Random(42);
    private final AssessmentService assessments;
    private final CharterService charters;
    private final LaunchService launches;
    private final PhaseService phases;
    private final SeedTimeline timeline;

    /** One partnership as it is told: what is known before it exists, and its id once the first step made it. */
    private static final class Story {
        final String name;
        final String owner;
        final String channel;
        String id;

        Story(String name, String owner, String channel) {
            this.name = name;
            this.owner = owner;
            this.channel = channel;
        }
    }

    private PortfolioSeed(Database db, Instant now, String team) {
        this.now = now;
        this.team = team;
        TestClock clock = new TestClock(now);
        Jdbi jdbi = db.jdbi();
        Playbook playbook = PlaybookLoader.loadDefault();
        Outbox outbox = new Outbox(clock, () -> {});
        ActivityLog activity = new ActivityLog(playbook, clock);
        Reminders reminders = new Reminders(jdbi, clock, outbox, new ReminderMessages(playbook), activity);
        this.assessments = new AssessmentService(jdbi, playbook, clock, new PartnershipService(jdbi, clock), outbox);
        this.charters = new CharterService(jdbi, playbook, clock, outbox);
        this.launches = new LaunchService(jdbi, playbook, clock, outbox, reminders, activity, charters);
        this.phases = new PhaseService(jdbi, playbook, clock, outbox);
        this.timeline = new SeedTimeline(now, team, clock, reminders, random);
    }

    /** Seeds {@code count} partnerships in {@code team}, named {@link SeedTexts#name} 0 to {@code count - 1}. */
    static void seed(Database db, Instant now, String team, int count) {
        PortfolioSeed seed = new PortfolioSeed(db, now, team);
        for (int i = 0; i < count; i++) {
            seed.story(i);
        }
        seed.timeline.run(db.jdbi());
    }

    private void story(int i) {
        Story s = new Story(
                SeedTexts.name(i),
                String.format("U0OWN%03d", random.nextInt(60)),
                String.format("C%s%06d", team.substring(2, 4), i));
        Instant created =
                now.minus(Duration.ofDays(30 + random.nextInt(700))).plus(Duration.ofMinutes(random.nextInt(8 * 60)));
        int rounds = 1 + (random.nextInt(20) < 10 ? 0 : random.nextInt(20) < 14 ? 1 : 2);
        int sides = committing();
        var first = SeedTexts.answers(s.name, s.channel, s.owner, sides, random, 1);
        timeline.later(
                created,
                () -> s.id = ((AssessmentService.Result.Recorded)
                                assessments.assessNew(team, s.owner, first, Optional.empty()))
                        .partnership()
                        .id());
        Instant at = created;
        for (int round = 2; round <= rounds; round++) {
            at = at.plus(Duration.ofDays(14 + random.nextInt(90)));
            sides = committing();
            var answers = SeedTexts.answers(s.name, s.channel, s.owner, sides, random, round);
            timeline.later(at, () -> assertThat(assessments.reassess(team, s.owner, s.id, answers, Optional.empty()))
                    .isInstanceOf(AssessmentService.Result.Recorded.class));
        }
        if (sides == 0 || random.nextInt(10) >= 6) {
            return;
        }
        Instant written = at.plus(Duration.ofDays(3 + random.nextInt(30)));
        LocalDate launch = LocalDate.ofInstant(written, ZoneOffset.UTC).plusWeeks(7 + random.nextInt(14));
        charterStory(s, i, written, launch);
        if (random.nextInt(10) < 6) {
            launchStory(s, written.plus(Duration.ofDays(1 + random.nextInt(7))), launch);
        }
        if (random.nextInt(10) < 5) {
            phaseStory(s, written.plus(Duration.ofDays(random.nextInt(10))));
        }
    }

    /** Two sides commit, one, or none: about 45%, 35% and 20%. */
    private int committing() {
        int r = random.nextInt(20);
        return r < 9 ? 2 : r < 16 ? 1 : 0;
    }

    private void charterStory(Story s, int i, Instant written, LocalDate launch) {
        boolean inSlack = random.nextInt(10) < 7;
        String partnerSigner = String.format("U9P%06d", i);
        var draft = new CharterDraft(
                SeedTexts.charter(s.name, s.owner, launch),
                s.owner,
                inSlack
                        ? Signatory.slackUser(partnerSigner)
                        : Signatory.outside("Dana Whitfield", "dana.whitfield@partner" + i + ".example"));
        timeline.later(
                written, () -> assertThat(charters.save(team, s.owner, s.id, 0, draft, CharterService.Announcer.NONE))
                        .isInstanceOf(CharterService.SaveResult.Saved.class));
        int signed = random.nextInt(10);
        if (signed < 8) {
            timeline.later(written.plus(Duration.ofHours(2)), () -> assertThat(
                            charters.sign(team, s.id, 1, s.owner, team, CharterService.Announcer.NONE))
                    .isInstanceOf(CharterService.SignResult.Signed.class));
        }
        if (signed < 6) {
            timeline.later(written.plus(Duration.ofDays(2)), () -> {
                var result = inSlack
                        ? charters.sign(team, s.id, 1, partnerSigner, "T0PARTNER", CharterService.Announcer.NONE)
                        : charters.attest(team, s.id, 1, s.owner, "Signed PDF by email", CharterService.Announcer.NONE);
                assertThat(result).isInstanceOf(CharterService.SignResult.Signed.class);
            });
        }
    }

    private void launchStory(Story s, Instant planned, LocalDate launch) {
        var draft = new LaunchDraft(
                launch.toString(),
                s.owner,
                "Dana Whitfield",
                "Public API and the shared connector",
                SeedTexts.zone(random),
                random.nextBoolean() ? "09:00" : "10:30");
        timeline.later(planned, () -> assertThat(launches.save(team, s.owner, s.id, 0, draft, POSTS))
                .isInstanceOf(LaunchService.SaveResult.Saved.class));
        // Some teams record what moves after launch; the others go quiet and get the ghosting warning.
        if (random.nextBoolean()) {
            Instant moved =
                    launch.plusDays(3 + random.nextInt(20)).atTime(15, 0).toInstant(ZoneOffset.UTC);
            String note = "First joint customer live; two more in trial.";
            timeline.later(
                    moved, () -> assertThat(launches.recordActivity(team, s.owner, s.id, note, Optional.empty(), POSTS))
                            .isInstanceOf(LaunchService.ActivityResult.Recorded.class));
        }
    }

    private void phaseStory(Story s, Instant started) {
        String date = LocalDate.ofInstant(started, ZoneOffset.UTC).toString();
        String criteria = "Two design partners live and using it weekly.";
        timeline.later(started, () -> assertThat(
                        phases.start(team, s.owner, s.id, date, criteria, PhaseService.Announcer.NONE))
                .isInstanceOf(PhaseService.StartResult.Started.class));
        if (random.nextInt(10) < 4) {
            timeline.later(started.plus(Duration.ofDays(40 + random.nextInt(10))), () -> {
                var state = phases.state(team, s.id).orElseThrow();
                String run = state.gateable().orElseThrow().id();
                assertThat(phases.gate(
                                team,
                                s.owner,
                                s.id,
                                run,
                                Map.of("crawl_met", "yes"),
                                "Ten customers live and a joint pipeline of 200k.",
                                PhaseService.Announcer.NONE))
                        .isInstanceOf(PhaseService.GateResult.Gated.class);
            });
        }
    }

    private static final LaunchAnnouncer POSTS = new LaunchAnnouncer() {
        @Override
        public OutboxMessage plan(
                com.partnerbot.launch.LaunchState state,
                Optional<com.partnerbot.store.LaunchPlanRow> before,
                String savedBy) {
            return post(state.partnership(), "Launch plan saved");
        }

        @Override
        public OutboxMessage activity(Partnership partnership, String userId, String note) {
            return post(partnership, "Activity: " + note);
        }

        private OutboxMessage post(Partnership p, String text) {
            return new OutboxMessage(
                    Kind.REMINDER, p.channelId(), text, Optional.empty(), Optional.empty(), Optional.empty(), text);
        }
    };
}
