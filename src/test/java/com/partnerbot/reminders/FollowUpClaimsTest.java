package com.partnerbot.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.outbox.Outbox;
import com.partnerbot.partnerships.PartnershipDraft;
import com.partnerbot.partnerships.PartnershipService;
import com.partnerbot.slack.render.FollowUpMessage;
import com.partnerbot.store.Database;
import com.partnerbot.store.FollowUpDao;
import com.partnerbot.store.FollowUpRow;
import com.partnerbot.store.OutboxDao;
import com.partnerbot.store.OutboxRow;
import com.partnerbot.store.TestDatabases;
import com.partnerbot.testing.TestClock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two sweeps over the same follow-ups: the one that finishes a follow-up queues its post; the other, which listed
 * it too, queues nothing for it.
 */
class FollowUpClaimsTest {
    private static final String TEAM = "T1";

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2027-02-28T09:00:00Z");
    private Database db;
    private FollowUpDao followUps;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir);
        followUps = db.jdbi().onDemand(FollowUpDao.class);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String dueFollowUp(String partnershipName, String id) {
        var created = (com.partnerbot.partnerships.CreateResult.Created) new PartnershipService(db.jdbi(), clock)
                .create(TEAM, "U1", new PartnershipDraft(partnershipName, "C1", "U9", null));
        followUps.schedule(
                TEAM, id, created.partnership().id(), "a1", "evaluate_tier_2", "Evaluate for Tier 2", "2027-02-28");
        return id;
    }

    private List<OutboxRow> posts() {
        return db.jdbi().onDemand(OutboxDao.class).all(TEAM);
    }

    @Test
    void aFollowUpFinishedByAnotherSweepAfterThisOneListedItIsNotQueuedAgain() {
        dueFollowUp("Acme", "f1");
        dueFollowUp("Beta", "f2");
        FollowUpReminders other =
                new FollowUpReminders(db.jdbi(), clock, new Outbox(clock, () -> {}), new FollowUpMessage());
        List<Integer> otherQueued = new ArrayList<>();
        // Right after this sweep queues its first follow-up, another sweep runs and takes the second.
        FollowUpReminders sweep = new FollowUpReminders(
                db.jdbi(),
                clock,
                new Outbox(clock, () -> {
                    if (otherQueued.isEmpty()) {
                        otherQueued.add(other.sendDue());
                    }
                }),
                new FollowUpMessage());

        int queued = sweep.sendDue();

        assertThat(queued).isEqualTo(1);
        assertThat(otherQueued).containsExactly(1);
        assertThat(posts()).hasSize(2).extracting(OutboxRow::kind).containsOnly("follow_up");
        assertThat(posts())
                .extracting(OutboxRow::text)
                .containsExactlyInAnyOrder(
                        "Follow-up for Acme: Evaluate for Tier 2", "Follow-up for Beta: Evaluate for Tier 2");
        assertThat(followUps.status(TEAM, "f1")).contains(FollowUpRow.SENT);
        assertThat(followUps.status(TEAM, "f2")).contains(FollowUpRow.SENT);
    }

    @Test
    void aFollowUpWhosePartnershipIsGoneFailsAndPostsNothing() {
        db.jdbi().useHandle(h -> {
            h.execute("PRAGMA foreign_keys = OFF");
            try {
                h.attach(FollowUpDao.class)
                        .schedule(TEAM, "f9", "gone", "a1", "evaluate_tier_2", "Evaluate for Tier 2", "2027-02-28");
            } finally {
                h.execute("PRAGMA foreign_keys = ON");
            }
        });

        int queued =
                new FollowUpReminders(db.jdbi(), clock, new Outbox(clock, () -> {}), new FollowUpMessage()).sendDue();

        assertThat(queued).isZero();
        assertThat(posts()).isEmpty();
        assertThat(followUps.status(TEAM, "f9")).contains(FollowUpRow.FAILED);
    }

    @Test
    void theOwnerIsWhoIsToldWhenTheFollowUpCannotBePosted() {
        dueFollowUp("Acme", "f1");

        new FollowUpReminders(db.jdbi(), clock, new Outbox(clock, () -> {}), new FollowUpMessage()).sendDue();

        assertThat(posts()).singleElement().satisfies(row -> {
            assertThat(row.channelId()).isEqualTo("C1");
            assertThat(row.requesterId()).contains("U9");
            assertThat(row.about()).isEqualTo("the follow-up \"Evaluate for Tier 2\" for Acme");
        });
    }
}
