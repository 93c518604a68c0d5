package io.jixiao.platform.eventstore;

import com.mongodb.WriteConcern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class GlobalIndexCounterTest {

    private final TestStore store = new TestStore();

    @AfterEach
    void close() {
        store.close();
    }

    /** findOneAndUpdate + $inc hands out duplicates on mongo-java-server under this load; the counter must not. */
    @Test
    void concurrent_reservations_from_separate_clients_never_overlap_and_leave_no_hole() throws Exception {
        int threads = 4;
        int reservationsPerThread = 400;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<long[]>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            GlobalIndexCounter counter = counter();
            results.add(pool.submit(() -> {
                List<long[]> blocks = new ArrayList<>();
                for (int i = 0; i < reservationsPerThread; i++) {
                    int size = 1 + i % 3;
                    blocks.add(new long[]{counter.reserve(size), size});
                }
                return blocks;
            }));
        }
        BitSet taken = new BitSet();
        int total = 0;
        for (Future<List<long[]>> result : results) {
            for (long[] block : result.get(60, TimeUnit.SECONDS)) {
                for (long index = block[0]; index < block[0] + block[1]; index++) {
                    assertThat(taken.get((int) index)).as("index %d handed out twice", index).isFalse();
                    taken.set((int) index);
                    total++;
                }
            }
        }
        pool.shutdownNow();

        assertThat(taken.cardinality()).isEqualTo(total);
        assertThat(taken.nextClearBit(0)).isEqualTo(total);
        assertThat(counter().head().index()).isEqualTo(total - 1);
    }

    @Test
    void an_empty_store_has_head_minus_one() {
        assertThat(counter().head().index()).isEqualTo(-1);
        assertThat(counter().reserve(2)).isZero();
        assertThat(counter().reserve(1)).isEqualTo(2);
    }

    private GlobalIndexCounter counter() {
        return new GlobalIndexCounter(new EventCollections(store.newConnection(), WriteConcern.ACKNOWLEDGED),
                                      store.clock);
    }
}
