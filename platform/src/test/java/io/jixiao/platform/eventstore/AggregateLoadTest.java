package io.jixiao.platform.eventstore;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

class AggregateLoadTest {

    record Opened(String id) {
    }

    record Added(String id, int amount) {
    }

    /** Counts what was added; every add applies two events so that commits hold several. */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    public static class Tally {
        @AggregateIdentifier
        private String id;
        private int total;
        private int events;

        protected Tally() {
        }

        Tally(String id) {
            AggregateLifecycle.apply(new Opened(id));
        }

        void add(int amount) {
            AggregateLifecycle.apply(new Added(id, amount));
            AggregateLifecycle.apply(new Added(id, amount));
        }

        @EventSourcingHandler
        void on(Opened event) {
            id = event.id();
            events++;
        }

        @EventSourcingHandler
        void on(Added event) {
            total += event.amount();
            events++;
        }
    }

    private final TestStore store = new TestStore();
    private final List<EmbeddedEventStore> eventStores = new java.util.ArrayList<>();

    @AfterEach
    void close() {
        eventStores.forEach(EmbeddedEventStore::shutDown);
        store.close();
    }

    @ParameterizedTest
    @EnumSource(ReadStrategy.class)
    void an_aggregate_is_saved_snapshotted_and_loaded_again(ReadStrategy strategy) throws Exception {
        MongoCommitStorageEngine engine = store.engine(b -> b.readStrategy(strategy));
        EventSourcingRepository<Tally> repository = repository(engine, 4);

        inUnitOfWork(() -> repository.newInstance(() -> new Tally("t1")));
        for (int amount = 1; amount <= 10; amount++) {
            int added = amount;
            inUnitOfWork(() -> {
                repository.load("t1").execute(tally -> tally.add(added));
                return null;
            });
        }

        DomainEventMessage<?> snapshot = engine.readSnapshot("t1").orElseThrow();
        assertThat(snapshot.getSequenceNumber()).isGreaterThanOrEqualTo(4);
        assertThat(engine.lastSequenceNumberFor("t1")).contains(20L);

        MongoCommitStorageEngine fresh = store.engine(b -> b.readStrategy(strategy));
        assertThat(eventStore(fresh).readEvents("t1").asStream().findFirst().orElseThrow().getPayload())
                .as("the stream starts from the snapshot").isInstanceOf(Tally.class);
        Tally loaded = load(repository(fresh, 1000), "t1");
        assertThat(loaded.total).isEqualTo(2 * 55);
        assertThat(loaded.events).isEqualTo(21);
    }

    @ParameterizedTest
    @EnumSource(ReadStrategy.class)
    void a_snapshot_inside_a_commit_resumes_at_the_next_event(ReadStrategy strategy) throws Exception {
        MongoCommitStorageEngine engine = store.engine(b -> b.readStrategy(strategy));
        engine.appendEvents(domainEvent(0, new Opened("t2")), domainEvent(1, new Added("t2", 1)),
                            domainEvent(2, new Added("t2", 10)), domainEvent(3, new Added("t2", 100)));
        Tally atOne = new Tally();
        atOne.id = "t2";
        atOne.total = 1;
        atOne.events = 2;
        engine.storeSnapshot(new GenericDomainEventMessage<>("Tally", "t2", 1, atOne));

        Tally loaded = load(repository(engine, 1000), "t2");

        assertThat(loaded.total).isEqualTo(111);
        assertThat(loaded.events).isEqualTo(4);
        EmbeddedEventStore eventStore = eventStore(engine);
        assertThat(eventStore.readEvents("t2").asStream().map(e -> e.getSequenceNumber()).toList())
                .containsExactly(1L, 2L, 3L);
        assertThat(engine.lastSequenceNumberFor("t2")).contains(3L);
    }

    private static DomainEventMessage<?> domainEvent(long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Tally", "t2", sequence, payload);
    }

    private Tally load(EventSourcingRepository<Tally> repository, String id) throws Exception {
        return inUnitOfWork(() -> repository.load(id).invoke(tally -> tally));
    }

    private EventSourcingRepository<Tally> repository(MongoCommitStorageEngine engine, int snapshotThreshold) {
        EmbeddedEventStore eventStore = eventStore(engine);
        AggregateSnapshotter snapshotter = AggregateSnapshotter.builder()
                                                               .eventStore(eventStore)
                                                               .aggregateFactories(
                                                                       new GenericAggregateFactory<>(Tally.class))
                                                               .build();
        return EventSourcingRepository.builder(Tally.class)
                                      .eventStore(eventStore)
                                      .snapshotTriggerDefinition(new EventCountSnapshotTriggerDefinition(
                                              snapshotter, snapshotThreshold))
                                      .build();
    }

    private EmbeddedEventStore eventStore(MongoCommitStorageEngine engine) {
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        eventStores.add(eventStore);
        return eventStore;
    }

    private static <T> T inUnitOfWork(Callable<T> work) throws Exception {
        var result = DefaultUnitOfWork.startAndGet(null).executeWithResult(work);
        if (result.isExceptional()) {
            throw new IllegalStateException(result.exceptionResult());
        }
        return result.getPayload();
    }
}
