package com.partnerbot.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbot.store.Database;
import com.partnerbot.store.OnEachDatabase;
import com.partnerbot.store.OutboxDao;
import com.partnerbot.store.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** The small parts the sender relies on: kinds by id, claimant ids, and waking outside a transaction. */
@OnEachDatabase
class OutboxPartsTest {
    @Parameter
    TestDatabases.Kind kind;

    @Test
    void aKindReadsBackFromItsId() {
        for (Kind kind : Kind.values()) {
            assertThat(Kind.of(kind.id())).isEqualTo(kind);
        }
        assertThat(Kind.FOLLOW_UP.id()).isEqualTo("follow_up");
    }

    @Test
    void aClaimantIdNeedsAHost() {
        assertThat(Claimant.parse("/12/abcd1234")).isEmpty();
        assertThat(Claimant.parse("h/12/abcd1234")).contains(new Claimant("h", 12, "abcd1234"));
        assertThat(Claimant.parse("a/b/12/abcd1234")).contains(new Claimant("a/b", 12, "abcd1234"));
    }

    @Test
    void addedOutsideATransactionTheSenderIsWokenAtOnce(@TempDir Path dir) {
        int[] wakes = {0};
        try (Database db = TestDatabases.open(kind, dir)) {
            var message = new OutboxMessage(
                    Kind.DECISION, "C1", "x", Optional.empty(), Optional.empty(), Optional.empty(), "a decision");

            String id =
                    db.jdbi().withHandle(h -> new Outbox(Clock.systemUTC(), () -> wakes[0]++).add(h, "T1", message));

            assertThat(wakes[0]).isEqualTo(1);
            assertThat(db.jdbi().onDemand(OutboxDao.class).find("T1", id)).isPresent();
        }
    }

    @Test
    void thisProcessHasAHostThatAnIdCanCarry() {
        Claimant me = Claimant.thisProcess();

        assertThat(me.host()).isNotBlank().doesNotContain("/");
        assertThat(me.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(me.token()).hasSize(8);
        assertThat(Claimant.thisProcess().token()).isNotEqualTo(me.token());
    }

    @Test
    void aFirstMessageIsAddedWithoutSupersedingAndWakesAfterTheCommitOrAtOnce(@TempDir Path dir) {
        int[] wakes = {0};
        try (Database db = TestDatabases.open(kind, dir)) {
            var outbox = new Outbox(Clock.systemUTC(), () -> wakes[0]++);
            var message = new OutboxMessage(
                            Kind.CHARTER, "C1", "x", Optional.empty(), Optional.empty(), Optional.empty(), "a charter")
                    .keyed("charter:p1");
            OutboxDao dao = db.jdbi().onDemand(OutboxDao.class);

            String inTransaction = db.jdbi().inTransaction(h -> {
                String id = outbox.addFirst(h, "T1", message);
                assertThat(wakes[0]).isZero();
                return id;
            });
            assertThat(wakes[0]).isEqualTo(1);
            String outside = db.jdbi().withHandle(h -> outbox.addFirst(h, "T1", message));

            assertThat(wakes[0]).isEqualTo(2);
            assertThat(outside).isNotEqualTo(inTransaction);
            assertThat(dao.find("T1", inTransaction).orElseThrow().status()).isEqualTo("pending");
            assertThat(dao.find("T1", outside).orElseThrow().status()).isEqualTo("pending");
        }
    }
}
