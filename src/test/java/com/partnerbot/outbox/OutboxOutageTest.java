package com.partnerbot.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.store.Database;
import com.partnerbot.store.OutboxDao;
import com.partnerbot.store.OutboxRow;
import com.partnerbot.store.RestartablePostgres;
import com.partnerbot.testing.TestClock;
import io.github.resilience4j.core.IntervalFunction;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL lost while the outbox holds posts, and back: nothing is posted while it is gone, everything is posted
 * once when it returns, and a post made just as the server went away is found in Slack rather than made twice.
 */
class OutboxOutageTest {
    private static final String TEAM = "T1";

    private final TestClock clock = TestClock.at("2026-08-31T09:30:00Z");
    private final OutboxClaimsTest.Script delivery = new OutboxClaimsTest.Script();
    private RestartablePostgres server;
    private Database db;
    private OutboxDao dao;
    private OutboxSender sender;

    @BeforeEach
    void open() {
        server = RestartablePostgres.shared();
        db = Database.open(server.freshDatabase());
        dao = db.jdbi().onDemand(OutboxDao.class);
        sender = new OutboxSender(db.jdbi(), clock, delivery, Runnable::run, IntervalFunction.of(1000L));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String add(String text) {
        var message = new OutboxMessage(
                Kind.VERDICT, "C1", text, Optional.empty(), Optional.of("U5"), Optional.empty(), "the verdict");
        return db.jdbi().inTransaction(h -> Outbox.insert(h, clock.millis(), TEAM, message));
    }

    private OutboxRow row(String id) {
        return dao.find(TEAM, id).orElseThrow();
    }

    @Test
    void postsWaitingWhileTheDatabaseIsGoneAreSentOnceWhenItIsBack() {
        String first = add("Verdict for Acme");
        String second = add("Verdict for Beta");

        server.stop();
        assertThat(sender.sendDue()).as("a pass with the database gone").isZero();
        assertThat(delivery.delivered).isEmpty();

        server.startAgain(db);
        assertThat(sender.sendDue()).isEqualTo(2);

        assertThat(delivery.delivered).containsExactlyInAnyOrder(first, second);
        assertThat(row(first).status()).isEqualTo("sent");
        assertThat(row(second).status()).isEqualTo("sent");
        assertThat(sender.sendDue()).as("nothing is left to send twice").isZero();
    }

    @Test
    void aPostMadeAsTheDatabaseWentAwayIsFoundInSlackNotPostedTwice() {
        String id = add("Verdict for Acme");
        delivery.deliver = row -> {
            // Slack took the post; the server stops before the sender can record it.
            server.stop();
            return new Delivery.Outcome.Delivered(row.channelId(), "1.0");
        };

        assertThat(sender.sendDue()).isZero();
        server.startAgain(db);
        assertThat(row(id).status()).as("claimed, never recorded as sent").isEqualTo("sending");

        delivery.deliver = row -> new Delivery.Outcome.Delivered(row.channelId(), "2.0");
        delivery.find = row -> new Delivery.Lookup.Found(row.channelId(), "1.0");
        assertThat(sender.sendDue()).as("the claim still holds").isZero();
        clock.advance(OutboxSender.LEASE.plusSeconds(1));
        assertThat(sender.sendDue()).isEqualTo(1);

        assertThat(delivery.searched).containsExactly(id);
        assertThat(delivery.delivered).as("posted once").containsExactly(id);
        assertThat(row(id).status()).isEqualTo("sent");
        assertThat(row(id).ts()).contains("1.0");
    }
}
