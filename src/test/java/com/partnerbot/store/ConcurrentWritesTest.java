package com.partnerbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * Many threads write at once, each in a transaction that reads then writes: the pattern that fails with
 * SQLITE_BUSY_SNAPSHOT under SQLite's default transactions, and on PostgreSQL's READ COMMITTED lets two transactions
 * both find a name free and the second fail on the unique key. Transactions taking turns, none may fail, and each
 * name is written once.
 */
@OnEachDatabase
class ConcurrentWritesTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final int WRITES_PER_THREAD = 10;

    @TempDir
    Path dir;

    @Test
    void writersAtOnceNeitherFailNorWriteTwice() throws Exception {
        // SQLite: 32, eight times its pool. PostgreSQL: one per connection of its pool, since a request waits only
        // two seconds for a connection there (Slack's three seconds), and what is tested is the transactions.
        int threads = kind == TestDatabases.Kind.SQLITE ? 32 : Database.POSTGRESQL_POOL_SIZE;
        try (Database db = TestDatabases.open(kind, dir)) {
            CyclicBarrier start = new CyclicBarrier(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    int written = 0;
                    for (int i = 0; i < WRITES_PER_THREAD; i++) {
                        // Half the names are this thread's own, half every thread's: those are written once.
                        String id = i % 2 == 0 ? thread + "-" + i : "shared-" + i;
                        String name = "Partner " + id;
                        written += db.jdbi().inTransaction(h -> {
                            PartnershipDao dao = h.attach(PartnershipDao.class);
                            if (dao.findByName("T1", name).isPresent()) {
                                return 0;
                            }
                            dao.insert(new Partnership("T1", id, name, "C1", "U1", null, "U1", Instant.EPOCH));
                            return 1;
                        });
                    }
                    return written;
                }));
            }
            int total = 0;
            for (Future<Integer> f : results) {
                total += f.get();
            }
            pool.shutdown();
            int expected = threads * WRITES_PER_THREAD / 2 + WRITES_PER_THREAD / 2;
            assertThat(total).isEqualTo(expected);
            assertThat(db.jdbi().onDemand(PartnershipDao.class).countByTeam("T1"))
                    .isEqualTo(expected);
        }
    }
}
