package io.jixiao.platform.eventstore;

import io.jixiao.platform.storage.DurabilityBarrier;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.jixiao.platform.eventstore.TestStore.event;
import static io.jixiao.platform.eventstore.TestStore.sequences;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConflictingAppendTest {

    private final TestStore store = new TestStore();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_second_append_at_a_taken_sequence_is_refused_as_axon_refuses_it() {
        MongoCommitStorageEngine engine = store.engine();
        engine.appendEvents(event("a", 0), event("a", 1));

        assertThatThrownBy(() -> engine.appendEvents(event("a", 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
        engine.appendEvents(event("a", 2), event("a", 3));
        assertThat(sequences(engine, "a")).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void an_append_overlapping_the_middle_of_a_stored_commit_is_refused() {
        MongoCommitStorageEngine engine = store.engine();
        engine.appendEvents(event("a", 0), event("a", 1), event("a", 2));

        assertThatThrownBy(() -> engine.appendEvents(event("a", 1)))
                .isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> engine.appendEvents(event("a", 2), event("a", 3)))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(sequences(engine, "a")).containsExactly(0L, 1L, 2L);
    }

    @Test
    void two_engines_racing_for_the_same_sequences_never_both_win() throws Exception {
        List<MongoCommitStorageEngine> engines = List.of(store.engine(), store.engine());
        int rounds = 200;
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int writer = 0; writer < 2; writer++) {
                MongoCommitStorageEngine engine = engines.get(writer);
                String name = "w" + writer;
                Callable<List<String>> race = () -> {
                    List<String> won = new ArrayList<>();
                    for (int round = 0; round < rounds; round++) {
                        String aggregate = "race-" + round;
                        start.await(10, TimeUnit.SECONDS);
                        try {
                            // Two events, so a win needs the claim for sequence 1 and the commit at sequence 0.
                            engine.appendEvents(event(aggregate, 0).andMetaData(java.util.Map.of("by", name)),
                                                event(aggregate, 1).andMetaData(java.util.Map.of("by", name)));
                            won.add(aggregate);
                        } catch (AggregateStreamCreationException | ConcurrencyException lost) {
                            // the other writer got there first
                        }
                    }
                    return won;
                };
                results.add(threads.submit(race));
            }
            List<String> first = results.get(0).get(60, TimeUnit.SECONDS);
            List<String> second = results.get(1).get(60, TimeUnit.SECONDS);

            assertThat(first).doesNotContainAnyElementsOf(second);
            assertThat(first.size() + second.size()).isEqualTo(rounds);
            MongoCommitStorageEngine reader = engines.get(0);
            for (int round = 0; round < rounds; round++) {
                String aggregate = "race-" + round;
                var stream = reader.readEvents(aggregate).asStream().toList();
                assertThat(stream).extracting(e -> e.getSequenceNumber()).containsExactly(0L, 1L);
                assertThat(stream).extracting(e -> e.getMetaData().get("by")).containsOnly(
                        first.contains(aggregate) ? "w0" : "w1");
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_claim_left_by_a_crashed_writer_is_reclaimed_after_the_timeout() {
        MongoCommitStorageEngine engine = store.engine(b -> b.gapTimeout(java.time.Duration.ofSeconds(5)));
        EventCollections collections = new EventCollections(store.newConnection(),
                                                            com.mongodb.WriteConcern.ACKNOWLEDGED);
        GlobalIndexCounter counter = new GlobalIndexCounter(collections, store.clock);
        CommitWriter crashing = new CommitWriter(collections, counter, DurabilityBarrier.NONE,
                                                 java.time.Duration.ofSeconds(5), store.clock);
        CommitWriter.PreparedCommit commit = crashing.prepare(List.of(event("a", 0), event("b", 0)),
                                                              TestStore.SERIALIZER);
        long index = counter.reserve(commit.size());
        // The writer dies after its claims: insert them by hand the way write() would, then stop.
        collections.commits.insertOne(new org.bson.Document("_id", "b:0").append("kind", "claim")
                                              .append("aggregateIdentifier", "b").append("firstSequence", 0L)
                                              .append("lastSequence", 0L).append("commitId", "a:0")
                                              .append("commitGlobalIndex", index)
                                              .append("commitTime", java.util.Date.from(store.clock.instant())));

        assertThat(sequences(engine, "b")).isEmpty();
        assertThatThrownBy(() -> engine.appendEvents(event("b", 0))).isInstanceOf(
                AggregateStreamCreationException.class);

        store.clock.advance(java.time.Duration.ofSeconds(6));
        assertThatThrownBy(() -> engine.appendEvents(event("b", 0))).isInstanceOf(
                AggregateStreamCreationException.class);
        engine.appendEvents(event("b", 0));
        assertThat(sequences(engine, "b")).containsExactly(0L);
        // Had the writer come back: its claim key is taken now, so it is refused.
        assertThatThrownBy(() -> crashing.write(commit, index)).isInstanceOf(CommitWriter.AggregateKeyTaken.class);
        assertThat(sequences(engine, "a")).isEmpty();
    }
}
