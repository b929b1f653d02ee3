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
 * 32 threads write at once, each in a transaction that reads then writes (the pattern that fails with
 * SQLITE_BUSY_SNAPSHOT under default transactions). With the pool's settings none may fail.
 */
@OnEachDatabase
class ConcurrentWritesTest {
    @Parameter
    TestDatabases.Kind kind;

    private static final int THREADS = 32;
    private static final int WRITES_PER_THREAD = 10;

    @TempDir
    Path dir;

    @Test
    void thirtyTwoWritersAtOnceNeverSeeDatabaseIsLocked() throws Exception {
        try (Database db = TestDatabases.open(kind, dir)) {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    int written = 0;
                    for (int i = 0; i < WRITES_PER_THREAD; i++) {
                        String id = thread + "-" + i;
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
            assertThat(total).isEqualTo(THREADS * WRITES_PER_THREAD);
            assertThat(db.jdbi().onDemand(PartnershipDao.class).countByTeam("T1"))
                    .isEqualTo(THREADS * WRITES_PER_THREAD);
        }
    }
}
