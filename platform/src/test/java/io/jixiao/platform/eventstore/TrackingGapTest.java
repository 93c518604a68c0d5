package io.jixiao.platform.eventstore;

import com.mongodb.WriteConcern;
import io.jixiao.platform.storage.DurabilityBarrier;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static io.jixiao.platform.eventstore.AppendAtomicityTest.payloads;
import static io.jixiao.platform.eventstore.TestStore.event;
import static io.jixiao.platform.eventstore.TestStore.readAfter;
import static io.jixiao.platform.eventstore.TestStore.sequences;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrackingGapTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(60);

    private final TestStore store = new TestStore();
    private final MongoCommitStorageEngine reader = store.engine(b -> b.gapTimeout(GAP_TIMEOUT).batchSize(7));
    private final EventCollections collections = new EventCollections(store.newConnection(), WriteConcern.ACKNOWLEDGED);
    private final GlobalIndexCounter counter = new GlobalIndexCounter(collections, store.clock);
    private final CommitWriter stalledWriter = new CommitWriter(collections, counter, DurabilityBarrier.NONE,
                                                                GAP_TIMEOUT, store.clock);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_reader_sees_every_commit_once_while_writers_race_and_one_commit_is_late() throws Exception {
        CommitWriter.PreparedCommit late = stalledWriter.prepare(List.of(event("late", 0), event("late", 1)),
                                                                 TestStore.SERIALIZER);
        long lateIndex = counter.reserve(late.size());
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        int writers = 4;
        int commitsPerWriter = 60;
        CountDownLatch halfway = new CountDownLatch(writers);
        ExecutorService threads = Executors.newFixedThreadPool(writers + 1);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            MongoCommitStorageEngine engine = store.engine(b -> b.gapTimeout(GAP_TIMEOUT));
            String aggregate = "writer-" + w;
            running.add(threads.submit(() -> {
                long sequence = 0;
                for (int c = 0; c < commitsPerWriter; c++) {
                    List<EventMessage<?>> commit = new ArrayList<>();
                    for (int e = 0; e <= c % 3; e++) {
                        commit.add(event(aggregate, sequence++));
                    }
                    engine.appendEvents(commit);
                    commit.forEach(event -> acknowledged.add(event.getIdentifier()));
                    if (c == commitsPerWriter / 2) {
                        halfway.countDown();
                    }
                }
                return null;
            }));
        }
        Map<String, Integer> deliveries = new ConcurrentHashMap<>();
        AtomicReference<TrackingToken> token = new AtomicReference<>();
        List<TrackingToken> tokens = Collections.synchronizedList(new ArrayList<>());
        halfway.await(30, TimeUnit.SECONDS);
        readInto(token, deliveries, tokens);
        stalledWriter.write(late, lateIndex);
        late.events().forEach(e -> acknowledged.add(e.getString(EventDocuments.EVENT_IDENTIFIER)));
        while (running.stream().anyMatch(writer -> !writer.isDone())) {
            readInto(token, deliveries, tokens);
        }
        for (Future<?> writer : running) {
            writer.get(60, TimeUnit.SECONDS);
        }
        threads.shutdownNow();
        for (int poll = 0; poll < 5; poll++) {
            readInto(token, deliveries, tokens);
        }

        assertThat(deliveries.keySet()).isEqualTo(acknowledged);
        assertThat(deliveries.values()).containsOnly(1);
        assertThat(((GapAwareTrackingToken) token.get()).getGaps()).isEmpty();
        for (int i = 1; i < tokens.size(); i++) {
            assertThat(tokens.get(i).covers(tokens.get(i - 1))).isTrue();
        }
    }

    @Test
    void a_commit_late_within_the_timeout_is_delivered_once() {
        CommitWriter.PreparedCommit late = stalledWriter.prepare(List.of(event("late", 0)), TestStore.SERIALIZER);
        long lateIndex = counter.reserve(late.size());
        reader.appendEvents(event("on-time", 0));
        AtomicReference<TrackingToken> token = new AtomicReference<>();

        assertThat(payloads(readAfter(reader, token))).containsExactly("on-time#0");
        assertThat(((GapAwareTrackingToken) token.get()).getGaps()).containsExactly(lateIndex);

        store.clock.advance(GAP_TIMEOUT.minusSeconds(1));
        assertThat(readAfter(reader, token)).isEmpty();
        stalledWriter.write(late, lateIndex);

        assertThat(payloads(readAfter(reader, token))).containsExactly("late#0");
        assertThat(((GapAwareTrackingToken) token.get()).getGaps()).isEmpty();
        assertThat(readAfter(reader, token)).isEmpty();
    }

    @Test
    void a_commit_late_past_the_timeout_is_refused_and_never_delivered() {
        CommitWriter.PreparedCommit late = stalledWriter.prepare(List.of(event("late", 0), event("late", 1)),
                                                                 TestStore.SERIALIZER);
        long lateIndex = counter.reserve(late.size());
        reader.appendEvents(event("on-time", 0));
        AtomicReference<TrackingToken> token = new AtomicReference<>();
        assertThat(payloads(readAfter(reader, token))).containsExactly("on-time#0");

        store.clock.advance(GAP_TIMEOUT.plusSeconds(1));
        assertThat(readAfter(reader, token)).isEmpty(); // closes the gap with a tombstone
        assertThatThrownBy(() -> stalledWriter.write(late, lateIndex))
                .isInstanceOf(EventStoreException.class)
                .hasMessageContaining("gap timeout");

        reader.appendEvents(event("on-time", 1));
        assertThat(payloads(readAfter(reader, token))).containsExactly("on-time#1");
        assertThat(((GapAwareTrackingToken) token.get()).getGaps()).isEmpty();
        assertThat(sequences(reader, "late")).isEmpty();
        assertThat(payloads(readAfter(reader, new AtomicReference<>()))).containsExactly("on-time#0", "on-time#1");
        reader.appendEvents(event("late", 0));
        assertThat(sequences(reader, "late")).containsExactly(0L);
    }

    @Test
    void a_fresh_engine_judges_old_gaps_by_the_commit_after_them() {
        CommitWriter.PreparedCommit late = stalledWriter.prepare(List.of(event("late", 0)), TestStore.SERIALIZER);
        long lateIndex = counter.reserve(late.size());
        reader.appendEvents(event("on-time", 0));
        AtomicReference<TrackingToken> token = new AtomicReference<>();
        readAfter(reader, token);
        store.clock.advance(GAP_TIMEOUT.plusSeconds(1));

        MongoCommitStorageEngine restarted = store.engine(b -> b.gapTimeout(GAP_TIMEOUT));
        assertThat(readAfter(restarted, token)).isEmpty();

        assertThatThrownBy(() -> stalledWriter.write(late, lateIndex)).isInstanceOf(EventStoreException.class);
    }

    @Test
    void indexes_reserved_by_a_writer_that_died_do_not_stop_the_reader() {
        counter.reserve(3); // reserved, never written
        AtomicReference<TrackingToken> token = new AtomicReference<>();
        assertThat(readAfter(reader, token)).isEmpty();

        store.clock.advance(GAP_TIMEOUT.plusSeconds(1));
        assertThat(readAfter(reader, token)).isEmpty();
        reader.appendEvents(event("after", 0));

        assertThat(payloads(readAfter(reader, token))).containsExactly("after#0");
        assertThat(((GapAwareTrackingToken) token.get()).getGaps()).isEmpty();
        assertThat(((GapAwareTrackingToken) token.get()).getIndex()).isEqualTo(3);
    }

    @Test
    void head_tail_and_time_tokens_point_where_they_should() {
        reader.appendEvents(event("t", 0));
        store.clock.advance(Duration.ofMinutes(1));
        reader.appendEvents(event("t", 1), event("t", 2));
        store.clock.advance(Duration.ofMinutes(1));
        reader.appendEvents(event("t", 3));

        assertThat(payloads(readAfter(reader, new AtomicReference<>(reader.createTailToken()))))
                .containsExactly("t#0", "t#1", "t#2", "t#3");
        assertThat(readAfter(reader, new AtomicReference<>(reader.createHeadToken()))).isEmpty();
        assertThat(payloads(readAfter(reader, new AtomicReference<>(
                reader.createTokenAt(store.clock.instant().minusSeconds(90)))))).containsExactly("t#1", "t#2", "t#3");
        assertThat(payloads(readAfter(reader, new AtomicReference<>(
                reader.createTokenAt(store.clock.instant()))))).containsExactly("t#3");
        assertThat(readAfter(reader, new AtomicReference<>(
                reader.createTokenAt(store.clock.instant().plusSeconds(1))))).isEmpty();
    }

    private void readInto(AtomicReference<TrackingToken> token, Map<String, Integer> deliveries,
                          List<TrackingToken> tokens) {
        for (TrackedEventMessage<?> event : readAfter(reader, token)) {
            deliveries.merge(event.getIdentifier(), 1, Integer::sum);
            tokens.add(event.trackingToken());
        }
    }
}
