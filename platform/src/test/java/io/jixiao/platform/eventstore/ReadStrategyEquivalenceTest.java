package io.jixiao.platform.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.jixiao.platform.eventstore.TestStore.event;
import static io.jixiao.platform.eventstore.TestStore.plainEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadStrategyEquivalenceTest {

    private final TestStore store = new TestStore();
    private final MongoCommitStorageEngine exact = store.engine(b -> b.readStrategy(ReadStrategy.EXACT_KEYS));
    private final MongoCommitStorageEngine range = store.engine(b -> b.readStrategy(ReadStrategy.RANGE));

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void both_strategies_read_the_same_streams_from_every_position() {
        Map<String, List<String>> written = fillWithEveryKindOfCommit();

        for (Map.Entry<String, List<String>> aggregate : written.entrySet()) {
            String id = aggregate.getKey();
            int length = aggregate.getValue().size();
            assertThat(identifiers(exact, id, 0)).isEqualTo(aggregate.getValue());
            for (int from = 0; from <= length + 1; from++) {
                assertThat(identifiers(range, id, from)).as("%s from %d", id, from)
                                                        .isEqualTo(identifiers(exact, id, from))
                                                        .isEqualTo(aggregate.getValue()
                                                                            .subList(Math.min(from, length), length));
            }
            assertThat(range.lastSequenceNumberFor(id)).isEqualTo(exact.lastSequenceNumberFor(id))
                                                       .contains((long) length - 1);
            assertThat(viaEventStore(range, id)).isEqualTo(viaEventStore(exact, id));
        }
        assertThat(exact.lastSequenceNumberFor("never")).isEmpty();
        assertThat(range.lastSequenceNumberFor("never")).isEmpty();
    }

    /** Random commit sizes, units of work over two aggregates, plain events, refused appends and snapshots. */
    private Map<String, List<String>> fillWithEveryKindOfCommit() {
        Random random = new Random(42);
        Map<String, List<String>> written = new HashMap<>();
        for (int round = 0; round < 60; round++) {
            String first = "agg-" + random.nextInt(8);
            String second = "agg-" + random.nextInt(8);
            List<EventMessage<?>> unitOfWork = new ArrayList<>();
            addEvents(unitOfWork, written, first, 1 + random.nextInt(4));
            if (!second.equals(first) && random.nextBoolean()) {
                addEvents(unitOfWork, written, second, 1 + random.nextInt(3));
            }
            if (random.nextInt(4) == 0) {
                unitOfWork.add(plainEvent("plain-" + round));
            }
            exact.appendEvents(unitOfWork);
            if (random.nextInt(5) == 0) {
                int taken = written.get(first).size() - 1;
                assertThatThrownBy(() -> range.appendEvents(event(first, taken))).isNotNull();
            }
            if (random.nextInt(6) == 0) {
                long sequence = written.get(first).size() - 1 - random.nextInt(2);
                if (sequence >= 0) {
                    exact.storeSnapshot(new GenericDomainEventMessage<>("Note", first, sequence,
                                                                        new TestStore.Noted("snapshot")));
                }
            }
        }
        return written;
    }

    private static void addEvents(List<EventMessage<?>> unitOfWork, Map<String, List<String>> written,
                                  String aggregate, int count) {
        List<String> stream = written.computeIfAbsent(aggregate, a -> new ArrayList<>());
        for (int i = 0; i < count; i++) {
            DomainEventMessage<?> event = event(aggregate, stream.size());
            stream.add(event.getIdentifier());
            unitOfWork.add(event);
        }
    }

    private static List<String> identifiers(MongoCommitStorageEngine engine, String aggregate, long from) {
        return engine.readEvents(aggregate, from).asStream().map(EventMessage::getIdentifier).toList();
    }

    private static List<String> viaEventStore(MongoCommitStorageEngine engine, String aggregate) {
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        try {
            return eventStore.readEvents(aggregate).asStream().map(EventMessage::getIdentifier).toList();
        } finally {
            eventStore.shutDown();
        }
    }
}
